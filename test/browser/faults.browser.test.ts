/**
 * In a real browser (Chromium), with real Web Workers: what the page's side does when the
 * simulation worker fails — its script does not load, it throws an exception nothing catches, it
 * sends what is no answer — for one request (the client), for the page's runs (the controller and
 * its restart) and for a batch on the pool. The failing worker is the simulation worker's own
 * handler in test/browser/faulty.worker.ts, told to fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultParameters } from '../../src/model/parameters';
import { createAppStore, type AppStoreApi } from '../../src/store/app-store';
import { connectSimulation } from '../../src/store/controller';
import { SimulationClient, WorkerFault } from '../../src/worker/client';
import { SimulationHandler } from '../../src/worker/handler';
import { WorkerPool, type PoolJob } from '../../src/worker/pool';

const params = { ...defaultParameters(), 'audience.size': 300 };
const started: Worker[] = [];

/** A worker running the simulation's handler that can be told to fail. */
function faultyWorker(): Worker {
  const worker = new Worker(new URL('./faulty.worker.ts', import.meta.url), { type: 'module' });
  started.push(worker);
  return worker;
}

/** Tells a worker of faulty.worker.ts to fail, in one of its ways. */
const fail = (worker: Worker, how: 'throw' | 'garbage' | 'throw on next') =>
  worker.postMessage({ fault: how });

afterEach(() => {
  for (const w of started) w.terminate();
  started.length = 0;
});

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

/** The last day's metrics of a whole run computed on this thread by the worker's own handler. */
function lastDay(p: typeof params, seed: number, days: number): number[] {
  const r = new SimulationHandler().handle(
    { type: 'horizon', id: 1, params: p, seed, days },
    () => 0,
  ).response;
  if (r.type !== 'horizon') throw new Error(r.type);
  const M = r.metrics.length / r.days;
  return Array.from(r.metrics.subarray((r.days - 1) * M));
}

describe('the simulation client when its worker fails', () => {
  it('rejects what waits and what comes after with a WorkerFault, and says so once, when the worker throws', async () => {
    const worker = faultyWorker();
    const client = new SimulationClient(worker);
    const heard: WorkerFault[] = [];
    client.onFault((f) => heard.push(f));
    // it serves as the real worker does
    const ok = await client.ask({ type: 'horizon', params, seed: 1, days: 5 });
    expect(ok.days).toBe(5);
    // an answer that throws while being sent: the request waiting is rejected, not left hanging
    fail(worker, 'throw on next');
    const waiting = client.ask({ type: 'horizon', params, seed: 1, days: 5 });
    await expect(waiting).rejects.toBeInstanceOf(WorkerFault);
    await expect(waiting).rejects.toMatchObject({ kind: 'crash' });
    expect(((await waiting.catch((e: unknown) => e)) as Error).message).toMatch(
      /simulated fault while answering/,
    );
    // and every later request at once, without reaching a worker that may be in any state
    await expect(client.ask({ type: 'horizon', params, seed: 1, days: 5 })).rejects.toBe(client.fault);
    expect(heard).toEqual([client.fault]);
    // a listener that comes late hears it too
    const late = await new Promise<WorkerFault>((resolve) => client.onFault(resolve));
    expect(late).toBe(client.fault);
    client.terminate();
  });

  it('reports an exception between requests, with nothing waiting', async () => {
    const worker = faultyWorker();
    const client = new SimulationClient(worker);
    const fault = new Promise<WorkerFault>((resolve) => client.onFault(resolve));
    fail(worker, 'throw');
    expect(await fault).toMatchObject({ kind: 'crash', message: expect.stringMatching(/simulated fault/) });
    client.terminate();
  });

  it('stops a worker that sends what is no answer', async () => {
    const worker = faultyWorker();
    const client = new SimulationClient(worker);
    fail(worker, 'garbage');
    const waiting = client.ask({ type: 'horizon', params, seed: 1, days: 5 });
    await expect(waiting).rejects.toMatchObject({ kind: 'unreadable' });
    client.terminate();
  });

  it('says that a worker whose script does not load could not be loaded', async () => {
    const worker = new Worker(new URL('./no-such.worker.js', import.meta.url), { type: 'module' });
    started.push(worker);
    const client = new SimulationClient(worker);
    await expect(client.ask({ type: 'horizon', params, seed: 1, days: 5 })).rejects.toMatchObject({
      kind: 'load',
    });
  });

  it('tells a refused request from a failed worker: the request fails, the worker serves on', async () => {
    const client = new SimulationClient();
    await expect(client.ask({ type: 'step', count: 1 })).rejects.toThrow('no run loaded');
    expect(client.fault).toBeUndefined();
    expect((await client.ask({ type: 'horizon', params, seed: 1, days: 5 })).days).toBe(5);
    client.terminate();
  });
});

describe('the page’s runs when the worker fails', () => {
  it('keep the strategy and the comparison, and a restart runs them again on a new worker', async () => {
    const workers: Worker[] = [];
    const store = createAppStore({ params, seed: 4, days: 20 });
    const stop = connectSimulation(store, () => {
      workers.push(faultyWorker());
      return new SimulationClient(workers.at(-1));
    });
    await until(store, () => store.getState().run !== null);
    store.getState().pinBaseline();
    store.getState().setParam('ads.dailyBudget', 120);
    await until(store, () => store.getState().run?.params['ads.dailyBudget'] === 120);
    const before = store.getState();

    fail(workers[0]!, 'throw');
    await until(store, () => store.getState().fault !== null);
    expect(store.getState().fault).toMatchObject({ kind: 'crash' });
    // nothing the user had is lost: the strategy, A, the run on screen
    expect(store.getState()).toMatchObject({
      params: before.params,
      baseline: before.baseline,
      run: before.run,
      baselineRun: before.baselineRun,
      computing: false,
    });
    // a change while the worker is down stays on screen, and the notice stays
    store.getState().setParam('ads.dailyBudget', 150);
    store.getState().setSeed(6);
    await until(store, () => !store.getState().computing);
    expect(store.getState()).toMatchObject({ fault: { kind: 'crash' }, run: before.run });

    store.getState().restartSimulation();
    expect(workers).toHaveLength(2);
    expect(store.getState().fault).toBeNull();
    await until(store, () => store.getState().run?.seed === 6 && store.getState().baselineRun?.seed === 6);
    const { run, baselineRun } = store.getState();
    expect(Array.from(run!.frames.at(-1)!.metrics)).toEqual(
      lastDay({ ...params, 'ads.dailyBudget': 150 }, 6, 20),
    );
    expect(Array.from(baselineRun!.frames.at(-1)!.metrics)).toEqual(lastDay(params, 6, 20));
    stop();
  });
});

describe('the sensitivity pool when a worker fails', () => {
  it('fails the batch with the message instead of waiting forever, and the next batch runs on new workers', async () => {
    const workers: Worker[] = [];
    const clients: SimulationClient[] = [];
    const pool = new WorkerPool(1, () => {
      workers.push(faultyWorker());
      clients.push(new SimulationClient(workers.at(-1)));
      return clients.at(-1)!;
    });
    const jobs: PoolJob[] = Array.from({ length: 4 }, (_, k) => ({ params, seed: k + 1, days: 10 }));
    let arrived = 0;
    const batch = pool.run(jobs, () => {
      // the worker that brought this run is given the next one after this: it dies holding it
      if (++arrived === 1) for (const w of workers) fail(w, 'throw');
    });
    await expect(batch).rejects.toMatchObject({
      kind: 'crash',
      message: expect.stringMatching(/simulated fault/),
    });
    expect(arrived).toBeLessThan(jobs.length);
    const done = new Set<number>();
    await pool.run(jobs, (i) => done.add(i));
    expect(done.size).toBe(jobs.length);
    expect(workers).toHaveLength(2);
    // a worker that dies between batches is replaced before the next
    const died = new Promise((resolve) => clients[1]!.onFault(resolve));
    fail(workers[1]!, 'throw');
    await died;
    done.clear();
    await pool.run(jobs, (i) => done.add(i));
    expect(done.size).toBe(jobs.length);
    expect(workers).toHaveLength(3);
    pool.terminate();
  });
});
