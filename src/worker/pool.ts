/**
 * A small pool of simulation workers for work that runs many whole runs at once (a sensitivity
 * sweep, a tornado): as many workers as the machine has cores (at least 1, at most 8), each
 * taking the next run as soon as it has finished its last. Cancelling stops the workers at once
 * (their outstanding runs are dropped) and the next batch starts fresh ones. A run that fails (a
 * worker that dies, cannot load or answers with an error) fails the batch with its message, never
 * leaves it waiting: the pool's workers are stopped and the next batch starts fresh ones too.
 */
import { SimulationClient } from './client';
import type { Request, Response } from './protocol';

/** One whole run asked of the pool. */
export type PoolJob = Omit<Extract<Request, { type: 'horizon' }>, 'id' | 'type'>;
export type PoolResult = Extract<Response, { type: 'horizon' }>;

/** The pool's size on this machine: its cores, at least 1, at most 8. */
export function poolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(8, Math.floor(cores || 1)));
}

/** Thrown by `run` when the batch was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * A worker the pool can ask for runs (a SimulationClient, or a stand-in in tests); one with a
 * `fault` has died and is replaced before the next batch.
 */
export type PoolClient = Pick<SimulationClient, 'ask' | 'terminate'> &
  Partial<Pick<SimulationClient, 'fault'>>;

export class WorkerPool {
  private clients: PoolClient[] = [];
  private batch = 0;
  private cancelCurrent: (() => void) | undefined;

  constructor(
    readonly size = poolSize(),
    private readonly create: () => PoolClient = () => new SimulationClient(),
  ) {}

  /**
   * Runs every job on the pool; `onResult(i, result)` as each one arrives (in any order). Resolves
   * when all are done; rejects with Cancelled when `cancel` is called (or another batch starts) first.
   */
  run(jobs: readonly PoolJob[], onResult: (index: number, result: PoolResult) => void): Promise<void> {
    this.cancel();
    const batch = ++this.batch;
    // a worker that died since the last batch is replaced
    for (const c of this.clients.filter((c) => c.fault)) c.terminate();
    this.clients = this.clients.filter((c) => !c.fault);
    while (this.clients.length < Math.min(this.size, Math.max(1, jobs.length)))
      this.clients.push(this.create());
    let next = 0;
    let done = 0;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        if (this.cancelCurrent === stop) this.cancelCurrent = undefined;
        if (error) reject(error);
        else resolve();
      };
      const stop = () => finish(new Cancelled());
      this.cancelCurrent = stop;
      if (jobs.length === 0) return finish();
      const feed = (client: PoolClient) => {
        if (settled || next >= jobs.length) return;
        const index = next++;
        client.ask({ type: 'horizon', ...jobs[index]! }).then(
          (result) => {
            if (settled || batch !== this.batch) return;
            onResult(index, result);
            if (++done === jobs.length) finish();
            else feed(client);
          },
          (e: unknown) => {
            if (settled || batch !== this.batch) return;
            // the other workers' runs are of no use now: stopped, so that nothing waits on them
            this.terminate();
            finish(e instanceof Error ? e : new Error(String(e)));
          },
        );
      };
      for (const client of this.clients) feed(client);
    });
  }

  /** Stops the batch running: its workers are stopped, so nothing more is computed for it. */
  cancel(): void {
    const stop = this.cancelCurrent;
    if (!stop) return;
    this.cancelCurrent = undefined;
    this.terminate();
    stop();
  }

  /** Stops every worker (a later batch starts new ones). */
  terminate(): void {
    for (const c of this.clients) c.terminate();
    this.clients = [];
  }
}
