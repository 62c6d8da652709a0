import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { SimulationHandler } from '../worker/handler';
import type { SimulationClient } from '../worker/client';
import type { Request } from '../worker/protocol';
import { createAppStore, type AppStoreApi } from './app-store';
import { connectRuns } from './controller';

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

/** Resolves once the store holds a run or a notice. */
function settled(store: AppStoreApi): Promise<void> {
  return new Promise((resolve) => {
    const done = () => store.getState().run !== null || store.getState().notice !== null;
    if (done()) return resolve();
    const off = store.subscribe(() => {
      if (done()) {
        off();
        resolve();
      }
    });
  });
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

  it('says in the page’s language that a run failed', async () => {
    const store = createAppStore({ lang: 'ru', days: 10 });
    const stop = connectRuns(store, localClient(true));
    await settled(store);
    stop();
    expect(store.getState().notice).toBe('Не удалось рассчитать прогон: out of memory');
  });
});
