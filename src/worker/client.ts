/** The page's side of the simulation worker: requests in, promises of responses out. */
import { createSimulationWorker } from './create-worker';
import type { Request, Response } from './protocol';

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void };
type Ask<T extends Request['type']> = Omit<Extract<Request, { type: T }>, 'id'>;
/** The answer each request type gets. */
interface Answers {
  load: 'loaded';
  step: 'frames';
  horizon: 'horizon';
  trace: 'journey';
}
type Answer<T extends Request['type']> = Extract<Response, { type: Answers[T] }>;

/** A running simulation worker. Requests are answered in order. */
export class SimulationClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(worker: Worker = createSimulationWorker()) {
    this.worker = worker;
    this.worker.onmessage = (e: MessageEvent<Response>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    this.worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'simulation worker failed'));
      this.pending.clear();
    };
  }

  /** Sends a request; resolves with the worker's answer of the matching type. */
  ask<T extends Request['type']>(request: Ask<T> & { type: T }): Promise<Answer<T>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Response) => void, reject });
      this.worker.postMessage({ ...request, id } as unknown as Request);
    });
  }

  /** Stops the worker; pending requests are rejected. */
  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('simulation worker stopped'));
    this.pending.clear();
  }
}
