/**
 * Keeps the run in step with the chosen strategy: whenever the parameters, the seed or the
 * horizon change, the worker re-simulates the whole run from day 0 with the same seed. While a
 * run is computing, further changes wait and only the latest is sent, so curves follow a
 * dragged slider without a queue building up.
 */
import type { SimulationClient } from '../worker/client';
import { WorkerFault } from '../worker/fault';
import type { DayFrame } from '../engine/simulation';
import { METRICS } from '../engine/metrics';
import { STATES } from '../model/agent';
import { checkedRuns, seedCheckDone, type AppState, type AppStoreApi, type RunId } from './app-store';
import { toRunData } from './run-data';

export interface RunOptions {
  /**
   * How many agents the animation's moves are kept for: every k-th agent at this audience size
   * (default 1, every agent). How many dots to draw is the view's choice, so the composition root
   * passes it in; the run records it, and the view reads it back from the run.
   */
  moveSample?: (audienceSize: number) => number;
}

/**
 * Tells the user that a run could not be computed and why: the worker failed, or it refused the
 * run. The page says so in its language and offers to restart the simulation.
 */
function notifyFailure(store: AppStoreApi, error: unknown): void {
  store
    .getState()
    .reportFault(
      error instanceof WorkerFault
        ? { kind: error.kind, detail: error.message }
        : { kind: 'failed', detail: error instanceof Error ? error.message : String(error) },
    );
}

/**
 * Runs the page's simulation on a worker of its own, kept in step with the store: the run, the
 * comparison and the journey (see connectRuns and connectComparison). When the worker fails the
 * store's `fault` says so (the strategy, its changes and the runs compared stay as they are);
 * `restartSimulation` stops it and starts a new client, which runs the scenario on screen again
 * and whatever the comparison still misses. Returns a function that stops it all.
 */
export function connectSimulation(
  store: AppStoreApi,
  createClient: () => SimulationClient,
  options: RunOptions = {},
): () => void {
  let stopCurrent = () => {};
  const start = () => {
    const client = createClient();
    const offFault = client.onFault((fault) =>
      store.getState().reportFault({ kind: fault.kind, detail: fault.message }),
    );
    const stopRuns = connectRuns(store, client, options);
    const stopComparing = connectComparison(store, client);
    stopCurrent = () => {
      offFault();
      stopRuns();
      stopComparing();
      client.terminate();
    };
  };
  start();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.restarts === prev.restarts) return;
    stopCurrent();
    start();
  });
  return () => {
    unsubscribe();
    stopCurrent();
  };
}

/**
 * Starts following the store: the run of the strategy on screen at once, and the runs of the
 * strategies pinned beside A still without one; returns a function that stops.
 */
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
    const { params: now, startParams, changes, seed, days } = store.getState();
    // the strategy on day 1, and how it changes during the run
    const params = startParams ?? now;
    const sample = Math.max(1, Math.floor(moveSample(params['audience.size'])));
    try {
      const loaded = await client.ask({ type: 'load', params, seed, days, moveSample: sample, changes });
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
        notifyFailure(store, e);
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

  let othersBusy = false;
  const computeOthers = async () => {
    if (othersBusy) return; // the loop running picks up every run still missing
    othersBusy = true;
    const ok = await computeMissingOthers().finally(() => (othersBusy = false));
    if (ok && !stopped && store.getState().others.some((o) => !o.run)) void computeOthers();
  };
  /** Runs the pinned strategies still without a run; false when one failed (the notice says why). */
  const computeMissingOthers = async (): Promise<boolean> => {
    for (const other of store.getState().others) {
      if (other.run) continue;
      const { seed, days } = store.getState();
      try {
        const { frames, initial } = await horizonRun(client, other.strategy, seed, days);
        if (stopped) return true;
        const now = store.getState();
        // dropped, or asked again for another seed or horizon meanwhile
        if (
          now.seed !== seed ||
          now.days !== days ||
          !now.others.some((o) => o.strategy === other.strategy && !o.run)
        )
          continue;
        now.receiveOtherRun(
          other.strategy,
          toRunData(frames, { params: other.strategy.params, seed, initial }),
        );
      } catch (e) {
        if (!stopped) {
          notifyFailure(store, e);
        }
        return false;
      }
    }
    return true;
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.others !== prev.others && state.others.some((o) => !o.run)) void computeOthers();
    if (
      state.params !== prev.params ||
      state.changes !== prev.changes ||
      state.seed !== prev.seed ||
      state.days !== prev.days
    )
      void compute();
  });
  void compute();
  if (store.getState().others.some((o) => !o.run)) void computeOthers();
  const stopJourney = connectJourney(store, client);
  return () => {
    stopped = true;
    unsubscribe();
    stopJourney();
  };
}

/**
 * Keeps the followed agent's journey in step with the run: traced by the worker when an agent is
 * followed, and again with every new run (the same scenario, seed and horizon as the run, so the
 * journey is exactly that run's); an agent the new audience no longer has is no longer followed.
 */
export function connectJourney(store: AppStoreApi, client: SimulationClient): () => void {
  let stopped = false;
  let token = 0;

  const trace = async () => {
    const mine = ++token;
    const { followed, params: now, startParams, changes, seed, days } = store.getState();
    if (!followed) return;
    const params = startParams ?? now;
    if (followed.agent >= params['audience.size']) {
      store.getState().follow(null);
      return;
    }
    try {
      const { journey } = await client.ask({
        type: 'trace',
        params,
        seed,
        days,
        changes,
        agent: followed.agent,
      });
      if (stopped || mine !== token) return;
      store.getState().receiveJourney(journey);
    } catch (e) {
      if (!stopped) notifyFailure(store, e);
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    const agentChanged = state.followed !== prev.followed && state.followed?.journey === null;
    if (agentChanged || (state.run !== prev.run && state.run && state.followed)) void trace();
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** A strategy over a run: on day 1 (`startParams`, or `params` when it never changes) and its changes. */
export type Strategy = Pick<AppState, 'params' | 'startParams' | 'changes'>;

/** A whole run computed off the page's thread, without moves: its days and its agents before day 1. */
export async function horizonRun(
  client: SimulationClient,
  strategy: Strategy,
  seed: number,
  days: number,
): Promise<{ frames: DayFrame[]; initial: Uint8Array }> {
  const params = strategy.startParams ?? strategy.params;
  const r = await client.ask({ type: 'horizon', params, seed, days, changes: strategy.changes });
  const M = METRICS.length;
  const S = STATES.length;
  const noMoves = {
    agent: new Int32Array(0),
    from: new Uint8Array(0),
    to: new Uint8Array(0),
    channel: new Uint8Array(0),
  };
  const frames = Array.from({ length: r.days }, (_, d) => ({
    day: d + 1,
    metrics: r.metrics.subarray(d * M, (d + 1) * M),
    counts: r.counts.subarray(d * S, (d + 1) * S),
    moves: noMoves,
  }));
  return { frames, initial: r.initial };
}

/**
 * Keeps the comparison in step with the page: A's run (the pinned strategy) on the current seed
 * and horizon, and, when asked, every compared run (A, B, C, D) on several seeds, one run at a
 * time so the page can show the progress. A run that comes back after what it was for has changed is dropped.
 * What is missing when it starts (A's run, the rest of a check) is asked for at once.
 */
export function connectComparison(store: AppStoreApi, client: SimulationClient): () => void {
  let stopped = false;
  let baselineToken = 0;

  const computeBaseline = async () => {
    const token = ++baselineToken;
    const { baseline, seed, days } = store.getState();
    if (!baseline) return;
    try {
      const { frames, initial } = await horizonRun(client, baseline, seed, days);
      if (stopped || token !== baselineToken || store.getState().baseline !== baseline) return;
      // A's run is read for its figures, curves and counts: it has no moves.
      store.getState().receiveBaselineRun(toRunData(frames, { params: baseline.params, seed, initial }));
    } catch (e) {
      if (!stopped) {
        notifyFailure(store, e);
      }
    }
  };

  const runCheck = async () => {
    const { seedCheck: check, baseline, params, startParams, changes, days, others } = store.getState();
    if (!check || !baseline) return;
    const strategies: Record<RunId, Strategy | undefined> = {
      a: baseline,
      b: { params, startParams, changes },
      c: others[0]?.strategy,
      d: others[1]?.strategy,
    };
    // each seed's runs together, so that every run is paired with A's on the same audience
    const asked = checkedRuns(check).flatMap((which) => {
      const strategy = strategies[which];
      return strategy ? [[which, strategy] as const] : [];
    });
    const current = () => store.getState().seedCheck?.seeds === check.seeds;
    try {
      for (const [k, seed] of check.seeds.entries()) {
        for (const [which, strategy] of asked) {
          // a check taken up again (a restarted simulation) keeps the runs it has
          if (store.getState().seedCheck?.runs[which]?.[k]) continue;
          const { frames } = await horizonRun(client, strategy, seed, days);
          if (stopped || !current()) return;
          store.getState().receiveSeedRun(which, seed, frames);
        }
      }
    } catch (e) {
      if (!stopped && current()) {
        notifyFailure(store, e);
      }
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.baseline &&
      !state.baselineRun &&
      (state.baseline !== prev.baseline || state.baselineRun !== prev.baselineRun)
    )
      void computeBaseline();
    if (state.seedCheck && state.seedCheck.seeds !== prev.seedCheck?.seeds) void runCheck();
  });
  const { baseline, baselineRun, seedCheck } = store.getState();
  if (baseline && !baselineRun) void computeBaseline();
  if (seedCheck && !seedCheckDone(seedCheck)) void runCheck();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
