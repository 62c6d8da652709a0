/**
 * A pool client that runs the real worker handler on this thread, answering asynchronously: the
 * worker pool's batches tested in Node, where there are no Web Workers (the browser and e2e
 * projects run the real ones).
 */
import { SimulationHandler } from '../../src/worker/handler';
import type { PoolClient } from '../../src/worker/pool';
import type { Request, Response } from '../../src/worker/protocol';

/** Counts of what the pool did with its clients. */
export interface PoolLog {
  terminated: number;
  asked: number;
}

export function handlerClient(log: PoolLog = { terminated: 0, asked: 0 }): PoolClient {
  const handler = new SimulationHandler();
  let alive = true;
  let id = 0;
  return {
    ask: ((request: Omit<Request, 'id'>) =>
      new Promise<Response>((resolve, reject) => {
        log.asked++;
        setTimeout(() => {
          if (!alive) return reject(new Error('stopped'));
          const { response } = handler.handle({ ...request, id: ++id } as Request, () => 0);
          resolve(response);
        }, 0);
      })) as PoolClient['ask'],
    terminate: () => {
      alive = false;
      log.terminated++;
    },
  };
}
