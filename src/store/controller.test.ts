import { describe, expect, it } from 'vitest';
import { defaultParameters, type Parameters } from '../model/parameters';
import { SimulationHandler } from '../worker/handler';
import type { SimulationClient } from '../worker/client';
import type { Request } from '../worker/protocol';
import { createAppStore, seedCheckDone, seedRunsDone, type AppStoreApi } from './app-store';
import { connectComparison, connectRuns } from './controller';
import { simulateTraced } from '../engine/run';
import { STATE_INDEX } from '../model/agent';

/** A client that answers through the worker's own handler, in this thread. */
function localClient(fail = false): SimulationClient {
  const handler = new SimulationHandler();
  let id = 1;
  return {
    ask: async (request: Omit<Request, 'id'>) => {
      if (fail) throw new Error('out of memory');
      const { response } = handler.handle({ ...request, id: id++ } as Request, () => 0);
      return response;
    },
  } as unknown as SimulationClient;
}

/** Resolves once `done` holds for the store. */
function until(store: AppStoreApi, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const off = store.subscribe(() => {
      if (done()) {
        off();
        resolve();
      }
    });
  });
}

/** Whether the store's check over seeds has every run back. */
function checkDone(store: AppStoreApi): boolean {
  const check = store.getState().seedCheck;
  return !!check && seedCheckDone(check);
}

/** The last day's metrics of a run of `params` on `seed`, computed directly by the worker's handler. */
function lastDay(params: Parameters, seed: number, days: number): number[] {
  const r = new SimulationHandler().handle({ type: 'horizon', id: 1, params, seed, days }, () => 0).response;
  if (r.type !== 'horizon') throw new Error(`unexpected answer ${r.type}`);
  const M = r.metrics.length / r.days;
  return Array.from(r.metrics.subarray((r.days - 1) * M));
}

/** Resolves once the store holds a run or a fault. */
function settled(store: AppStoreApi): Promise<void> {
  return until(store, () => store.getState().run !== null || store.getState().fault !== null);
}

describe('the run controller', () => {
  it('brings the run of the chosen strategy, with the moves of the agents the view draws', async () => {
    const params = { ...defaultParameters(), 'audience.size': 900, 'ads.dailyBudget': 300 };
    const store = createAppStore({ params, seed: 5, days: 30 });
    const stop = connectRuns(store, localClient(), { moveSample: (size) => size / 300 });
    await settled(store);
    stop();
    const run = store.getState().run!;
    expect(run).toMatchObject({ seed: 5, days: 30, moveSample: 3 });
    expect(run.initial).toHaveLength(900);
    const moved = run.frames.flatMap((f) => [...f.moves.agent]);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((a) => a % 3 === 0)).toBe(true);
    expect(store.getState().computing).toBe(false);
  });

  it('keeps every agent’s moves unless told otherwise', async () => {
    const params = { ...defaultParameters(), 'audience.size': 600, 'ads.dailyBudget': 300 };
    const store = createAppStore({ params, days: 20 });
    const stop = connectRuns(store, localClient());
    await settled(store);
    stop();
    const run = store.getState().run!;
    expect(run.moveSample).toBe(1);
    expect(run.frames.some((f) => [...f.moves.agent].some((a) => a % 2 === 1))).toBe(true);
  });

  it('says that a run failed, and why', async () => {
    const store = createAppStore({ lang: 'ru', days: 10 });
    const stop = connectRuns(store, localClient(true));
    await settled(store);
    stop();
    expect(store.getState().fault).toEqual({ kind: 'failed', detail: 'out of memory' });
  });
});

/**
 * A client whose answers wait until the test releases them, one at a time, in order; each answer
 * is computed by the worker's own handler when released. The requests it was asked are kept.
 */
function heldClient() {
  const handler = new SimulationHandler();
  const asked: Request[] = [];
  const waiting: { request: Request; resolve: (r: unknown) => void; reject: (e: Error) => void }[] = [];
  let id = 1;
  const client = {
    ask: (fields: Omit<Request, 'id'>) => {
      const request = { ...fields, id: id++ } as Request;
      asked.push(request);
      return new Promise((resolve, reject) => waiting.push({ request, resolve, reject }));
    },
  } as unknown as SimulationClient;
  /** Lets the controller react to everything resolved so far. */
  const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    client,
    /** the parameters, seed and horizon of every run asked for, in order */
    loads: () =>
      asked.flatMap((r) => (r.type === 'load' ? [{ params: r.params, seed: r.seed, days: r.days }] : [])),
    waiting: () => waiting.length,
    /** Answers the oldest waiting request, or fails it with `error`. */
    async release(error?: string) {
      const next = waiting.shift();
      if (!next) throw new Error('no request is waiting');
      if (error) next.reject(new Error(error));
      else next.resolve(handler.handle(next.request, () => 0).response);
      await flush();
    },
    /** Answers every request until none waits (a run takes a load and a step). */
    async settle() {
      await flush();
      while (waiting.length > 0) await this.release();
    },
  };
}

describe('the run controller, while the strategy changes faster than runs compute', () => {
  const small = { ...defaultParameters(), 'audience.size': 300 };
  const BURST = [60, 70, 80, 90, 100];
  /** The budget of the first run: the declared default (a burst that repeated it would be one change short). */
  const first = small['ads.dailyBudget'];

  it('sends the first change of a burst at once and then only the last, and ends on the latest strategy', async () => {
    const store = createAppStore({ params: small, seed: 2, days: 12 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    await held.settle();
    expect(held.loads()).toHaveLength(1);
    const computingSeen: boolean[] = [];
    const off = store.subscribe(
      (s, prev) => s.computing !== prev.computing && computingSeen.push(s.computing),
    );

    expect(BURST).not.toContain(first);
    for (const budget of BURST) store.getState().setParam('ads.dailyBudget', budget);
    expect(held.loads().map((l) => l.params['ads.dailyBudget'])).toEqual([first, 60]);
    expect(store.getState().computing).toBe(true);
    await held.settle();
    off();
    stop();

    expect(held.loads().map((l) => l.params['ads.dailyBudget'])).toEqual([first, 60, 100]);
    const { run, params, computing } = store.getState();
    expect(params['ads.dailyBudget']).toBe(100);
    expect(run?.params).toEqual(params);
    expect(run?.days).toBe(12);
    expect(computing).toBe(false);
    expect(computingSeen[computingSeen.length - 1]).toBe(false);
  });

  it('does not lose a change that arrives while the previous run is on its last request', async () => {
    const store = createAppStore({ params: small, seed: 2, days: 8 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    await held.release(); // the load is answered; the step is still waiting
    store.getState().setSeed(9);
    store.getState().setParam('wom.persuasion', 0.5);
    await held.settle();
    stop();
    expect(held.loads().map((l) => [l.seed, l.params['wom.persuasion']])).toEqual([
      [2, 0.25],
      [9, 0.5],
    ]);
    expect(store.getState().run).toMatchObject({ seed: 9, params: { 'wom.persuasion': 0.5 } });
    expect(store.getState().computing).toBe(false);
  });

  it('still sends the latest change when the run before it fails, and says that it failed', async () => {
    const store = createAppStore({ params: small, seed: 2, days: 8 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    expect(BURST).not.toContain(first);
    for (const budget of BURST) store.getState().setParam('ads.dailyBudget', budget);
    await held.release('worker crashed');
    await held.settle();
    stop();
    expect(held.loads().map((l) => l.params['ads.dailyBudget'])).toEqual([first, 100]);
    expect(store.getState().fault).toEqual({ kind: 'failed', detail: 'worker crashed' });
    expect(store.getState().run?.params['ads.dailyBudget']).toBe(100);
    expect(store.getState().computing).toBe(false);
  });

  it('stops computing after a failed run when nothing else waits', async () => {
    const store = createAppStore({ params: small, days: 8 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    await held.release('worker crashed');
    stop();
    expect(store.getState()).toMatchObject({ computing: false, run: null });
    expect(held.waiting()).toBe(0);
  });

  it('drops the answer of a run still computing when stopped, and follows no later change', async () => {
    const store = createAppStore({ params: small, seed: 2, days: 8 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    await held.release(); // load answered, step in flight
    stop();
    await held.settle();
    expect(store.getState().run).toBeNull();
    store.getState().setParam('ads.dailyBudget', 70);
    await held.settle();
    expect(held.loads()).toHaveLength(1);
    expect(held.waiting()).toBe(0);
  });

  it('stays silent about a failure that arrives after it was stopped', async () => {
    const store = createAppStore({ params: small, days: 8 });
    const held = heldClient();
    const stop = connectRuns(store, held.client);
    stop();
    await held.release('worker stopped');
    expect(store.getState().fault).toBeNull();
  });
});

describe('the comparison controller', () => {
  const params = { ...defaultParameters(), 'audience.size': 800, 'ads.dailyBudget': 100 };

  /**
   * A store with runs and the comparison connected through the worker's handler, its first run
   * in; with `budget`, A pinned at the store's strategy and B's budget set to it, B's run in.
   */
  async function comparing(days: number, budget?: number) {
    const store = createAppStore({ params, seed: 5, days });
    const client = localClient();
    const stopRuns = connectRuns(store, client);
    const stopComparing = connectComparison(store, client);
    await settled(store);
    if (budget !== undefined) {
      store.getState().pinBaseline();
      store.getState().setParam('ads.dailyBudget', budget);
      await until(store, () => store.getState().run?.params['ads.dailyBudget'] === budget);
    }
    const stop = () => {
      stopComparing();
      stopRuns();
    };
    return { store, stop };
  }

  it('keeps A’s run on the shown seed: pinned from the run on screen, rerun when the seed changes', async () => {
    const { store, stop } = await comparing(30);
    store.getState().pinBaseline();
    expect(store.getState().baselineRun).toBe(store.getState().run);
    store.getState().setParam('ads.dailyBudget', 200);
    await until(store, () => store.getState().run?.params['ads.dailyBudget'] === 200);
    // A stays what was pinned, and is what B is measured against
    expect(store.getState().baselineRun?.params['ads.dailyBudget']).toBe(100);
    expect(store.getState().ghost).toBe(store.getState().baselineRun);
    store.getState().setSeed(6);
    await until(store, () => store.getState().baselineRun?.seed === 6 && store.getState().run?.seed === 6);
    const direct = new SimulationHandler().handle(
      { type: 'horizon', id: 1, params, seed: 6, days: 30 },
      () => 0,
    ).response;
    expect(direct.type === 'horizon' && Array.from(direct.metrics)).toEqual(
      Array.from(store.getState().baselineRun!.metrics),
    );
    stop();
  });

  it('runs A and B on ten seeds when asked, and drops the check when B changes', async () => {
    const { store, stop } = await comparing(20, 200);
    store.getState().checkSeeds();
    await until(store, () => checkDone(store));
    const check = store.getState().seedCheck!;
    expect(check.seeds).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(Object.keys(check.runs)).toEqual(['a', 'b']);
    expect(seedRunsDone(check)).toBe(20);
    // the first seed is the pair on screen
    expect(Array.from(check.runs.b![0]!.at(-1)!.metrics)).toEqual(
      Array.from(store.getState().run!.frames.at(-1)!.metrics),
    );
    store.getState().setParam('ads.dailyBudget', 300);
    expect(store.getState().seedCheck).toBeNull();
    stop();
  });

  it('runs C and D on the same seeds as A and B when they are pinned, counting every run in the progress', async () => {
    const { store, stop } = await comparing(15, 200);
    store.getState().pinAnother(); // C: the budget of 200
    store.getState().setParam('ads.dailyBudget', 300);
    store.getState().pinAnother(); // D: 300
    store.getState().setParam('ads.dailyBudget', 50); // B
    await until(store, () => store.getState().run?.params['ads.dailyBudget'] === 50);
    const progress: number[] = [];
    const off = store.subscribe((s, prev) => {
      if (s.seedCheck && s.seedCheck !== prev.seedCheck) progress.push(seedRunsDone(s.seedCheck));
    });
    store.getState().checkSeeds();
    await until(store, () => checkDone(store));
    off();
    const check = store.getState().seedCheck!;
    expect(Object.keys(check.runs)).toEqual(['a', 'b', 'c', 'd']);
    // one run at a time, 4 runs on each of 10 seeds
    expect(progress).toEqual(Array.from({ length: 41 }, (_, k) => k));
    // each pinned run on each seed is its own strategy on that seed: paired with A's
    const budgets = { a: 100, b: 50, c: 200, d: 300 } as const;
    for (const [k, seed] of [
      [0, 5],
      [9, 14],
    ] as const)
      for (const id of ['a', 'b', 'c', 'd'] as const)
        expect(Array.from(check.runs[id]![k]!.at(-1)!.metrics)).toEqual(
          lastDay({ ...params, 'ads.dailyBudget': budgets[id] }, seed, 15),
        );
    stop();
  });

  it('drops the check when C or D is pinned or unpinned', async () => {
    const { store, stop } = await comparing(10, 200);
    store.getState().pinAnother();
    store.getState().setParam('ads.dailyBudget', 300);
    await until(store, () => store.getState().run?.params['ads.dailyBudget'] === 300);
    store.getState().checkSeeds();
    expect(Object.keys(store.getState().seedCheck!.runs)).toEqual(['a', 'b', 'c']);
    store.getState().pinAnother();
    expect(store.getState().seedCheck).toBeNull();
    store.getState().checkSeeds();
    await until(store, () => checkDone(store));
    expect(seedRunsDone(store.getState().seedCheck!)).toBe(40);
    store.getState().unpinOther(0);
    expect(store.getState().seedCheck).toBeNull();
    // a check asked for after the unpinning covers the runs left
    store.getState().checkSeeds();
    await until(store, () => checkDone(store));
    expect(Object.keys(store.getState().seedCheck!.runs)).toEqual(['a', 'b', 'c']);
    expect(Array.from(store.getState().seedCheck!.runs.c![3]!.at(-1)!.metrics)).toEqual(
      lastDay({ ...params, 'ads.dailyBudget': 300 }, 8, 10),
    );
    stop();
  });

  it('runs the strategies pinned beside A on the shown seed, again when the seed changes, four runs at most', async () => {
    const { store, stop } = await comparing(20, 200);
    store.getState().pinAnother();
    store.getState().setParam('ads.dailyBudget', 300);
    store.getState().pinAnother();
    store.getState().pinAnother(); // a fifth run has no place
    expect(store.getState().others.map((o) => o.strategy.params['ads.dailyBudget'])).toEqual([200, 300]);
    store.getState().setSeed(7);
    await until(store, () => store.getState().others.every((o) => o.run?.seed === 7));
    const direct = new SimulationHandler().handle(
      { type: 'horizon', id: 1, params: { ...params, 'ads.dailyBudget': 300 }, seed: 7, days: 20 },
      () => 0,
    ).response;
    expect(direct.type === 'horizon' && Array.from(direct.metrics)).toEqual(
      Array.from(store.getState().others[1]!.run!.metrics),
    );
    store.getState().clearBaseline();
    expect(store.getState().others).toEqual([]);
    stop();
  });
});

describe('following one customer', () => {
  it('traces a random buyer of the run through the worker, and traces again when the run changes', async () => {
    const params = { ...defaultParameters(), 'audience.size': 600, 'ads.dailyBudget': 300 };
    const store = createAppStore({ params, seed: 3, days: 40 });
    const stop = connectRuns(store, localClient(), { moveSample: () => 2 });
    await settled(store);
    store.getState().followRandomBuyer();
    const followed = store.getState().followed!;
    expect(followed.agent % 2).toBe(0);
    await until(store, () => store.getState().followed?.journey != null);
    const journey = store.getState().followed!.journey!;
    expect(journey.agent).toBe(followed.agent);
    expect(journey.steps.some((s) => s.to === STATE_INDEX.customer)).toBe(true);
    expect(journey).toEqual(simulateTraced(params, 3, 40, { traceAgent: followed.agent }).journey);
    // The same seed picks the same buyers, press after press.
    const again = createAppStore({ run: store.getState().run });
    again.getState().followRandomBuyer();
    expect(again.getState().followed!.agent).toBe(followed.agent);

    store.getState().setSeed(4);
    await until(store, () => {
      const j = store.getState().followed?.journey;
      return !!j && JSON.stringify(j) !== JSON.stringify(journey);
    });
    expect(store.getState().followed!.journey).toEqual(
      simulateTraced(params, 4, 40, { traceAgent: followed.agent }).journey,
    );
    store.getState().follow(null);
    expect(store.getState().followed).toBeNull();
    stop();
  });
});
