/**
 * Keeps the run in step with the chosen strategy: whenever the parameters, the seed or the
 * horizon change, the worker re-simulates the whole run from day 0 with the same seed. While a
 * run is computing, further changes wait and only the latest is sent, so curves follow a
 * dragged slider without a queue building up.
 */
import type { SimulationClient } from '../worker/client';
import { toRunData } from '../view/run-data';
import type { DayFrame } from '../engine/simulation';
import type { AppStoreApi } from './app-store';

/** The animation draws at most this many agents; larger audiences show every k-th. */
export const DOT_LIMIT = 20_000;

/** How many agents one dot stands for at this audience size. */
export function dotSample(size: number): number {
  return Math.max(1, Math.ceil(size / DOT_LIMIT));
}

/** Starts following the store; returns a function that stops. */
export function connectRuns(store: AppStoreApi, client: SimulationClient): () => void {
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
    try {
      const loaded = await client.ask({
        type: 'load',
        params,
        seed,
        days,
        moveSample: dotSample(params['audience.size']),
      });
      const { frames } = await client.ask({ type: 'step', count: days });
      if (stopped) return;
      const run = toRunData(frames as DayFrame[], params, seed, loaded.initial);
      store.getState().receiveRun(run);
    } catch (e) {
      if (!stopped) store.getState().setNotice(`The simulation failed: ${(e as Error).message}`);
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
