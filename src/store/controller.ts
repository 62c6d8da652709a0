/**
 * Keeps the run in step with the chosen strategy: whenever the parameters, the seed or the
 * horizon change, the worker re-simulates the whole run from day 0 with the same seed. While a
 * run is computing, further changes wait and only the latest is sent, so curves follow a
 * dragged slider without a queue building up.
 */
import type { SimulationClient } from '../worker/client';
import type { DayFrame } from '../engine/simulation';
import { STRINGS } from '../i18n/strings';
import type { AppStoreApi } from './app-store';
import { toRunData } from './run-data';

export interface RunOptions {
  /**
   * How many agents the animation's moves are kept for: every k-th agent at this audience size
   * (default 1, every agent). How many dots to draw is the view's choice, so the composition root
   * passes it in; the run records it, and the view reads it back from the run.
   */
  moveSample?: (audienceSize: number) => number;
}

/** Starts following the store; returns a function that stops. */
export function connectRuns(
  store: AppStoreApi,
  client: SimulationClient,
  { moveSample = () => 1 }: RunOptions = {},
): () => void {
  let busy = false;
  let again = false;
  let stopped = false;

  const compute = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    store.getState().setComputing(true);
    const { params, seed, days } = store.getState();
    const sample = Math.max(1, Math.floor(moveSample(params['audience.size'])));
    try {
      const loaded = await client.ask({ type: 'load', params, seed, days, moveSample: sample });
      const { frames } = await client.ask({ type: 'step', count: days });
      if (stopped) return;
      const run = toRunData(frames as DayFrame[], {
        params,
        seed,
        initial: loaded.initial,
        moveSample: sample,
      });
      store.getState().receiveRun(run);
    } catch (e) {
      if (!stopped) {
        const { lang, setNotice } = store.getState();
        setNotice(STRINGS[lang].simulationFailed((e as Error).message));
      }
    } finally {
      busy = false;
    }
    if (again && !stopped) {
      again = false;
      void compute();
    } else if (!stopped) {
      store.getState().setComputing(false);
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.params !== prev.params || state.seed !== prev.seed || state.days !== prev.days) void compute();
  });
  void compute();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
