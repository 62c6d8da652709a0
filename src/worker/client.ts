/**
 * The page's side of the simulation worker: requests in, promises of responses out.
 *
 * A worker that fails is never waited on: when it cannot be started or loaded, throws outside a
 * request's answer (its `error` event), or sends a message the page cannot read, the client stops
 * it, rejects every request waiting and every later one with a WorkerFault, and tells the
 * listeners of `onFault` once. A new client (a new worker) is the way back.
 */
import { createSimulationWorker } from './create-worker';
import { WorkerFault } from './fault';
import type { Request, Response } from './protocol';

export { WorkerFault, type FaultKind } from './fault';

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

const RESPONSE_TYPES: ReadonlySet<string> = new Set<Response['type']>([
  'loaded',
  'frames',
  'horizon',
  'journey',
  'error',
]);

/** Whether a message from the worker is an answer of the protocol (its type and id at least). */
function isResponse(data: unknown): data is Response {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, message } = data as { type?: unknown; id?: unknown; message?: unknown };
  return (
    typeof type === 'string' &&
    RESPONSE_TYPES.has(type) &&
    typeof id === 'number' &&
    (type !== 'error' || typeof message === 'string')
  );
}

/** A short description of a message that is not an answer, for the fault's message. */
function described(data: unknown): string {
  if (data === null || typeof data !== 'object') return typeof data === 'string' ? 'a string' : String(data);
  return Array.isArray(data) ? 'a list' : 'an object without a known type and id';
}

/** A running simulation worker. Requests are answered in order. */
export class SimulationClient {
  private readonly worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(fault: WorkerFault) => void>();
  private nextId = 1;
  private answered = false;
  private stopped = false;
  private failure: WorkerFault | undefined;

  /** `worker`: the worker to talk to (default: a new simulation worker, started here). */
  constructor(worker?: Worker) {
    try {
      this.worker = worker ?? createSimulationWorker();
    } catch (e) {
      // no worker at all (workers unavailable, or refused by the page's policy)
      this.failure = new WorkerFault('load', `the simulation worker could not be started: ${messageOf(e)}`);
      return;
    }
    this.worker.onmessage = (e: MessageEvent<unknown>) => {
      const data = e.data;
      if (!isResponse(data)) {
        this.fail(new WorkerFault('unreadable', `the simulation worker sent ${described(data)}`));
        return;
      }
      this.answered = true;
      const p = this.pending.get(data.id);
      if (!p) return;
      this.pending.delete(data.id);
      if (data.type === 'error') p.reject(new Error(data.message));
      else p.resolve(data);
    };
    this.worker.onmessageerror = () =>
      this.fail(new WorkerFault('unreadable', 'the simulation worker sent a message that could not be read'));
    this.worker.onerror = (e: Event) => {
      // Handled here: the page says so itself, instead of an uncaught error.
      e.preventDefault();
      const message = (e as ErrorEvent).message;
      if (!message && !this.answered)
        this.fail(new WorkerFault('load', 'the simulation worker could not be loaded'));
      else this.fail(new WorkerFault('crash', `the simulation worker stopped: ${message || 'an error'}`));
    };
  }

  /** Why the worker can no longer answer, once it failed. */
  get fault(): WorkerFault | undefined {
    return this.failure;
  }

  /**
   * Calls `listener` once if the worker fails (at once, asynchronously, if it already has);
   * returns a function that stops listening.
   */
  onFault(listener: (fault: WorkerFault) => void): () => void {
    const failure = this.failure;
    if (failure) queueMicrotask(() => listener(failure));
    else this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Sends a request; resolves with the worker's answer of the matching type. */
  ask<T extends Request['type']>(request: Ask<T> & { type: T }): Promise<Answer<T>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.stopped || !this.worker) return Promise.reject(new Error('simulation worker stopped'));
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Response) => void, reject });
      try {
        worker.postMessage({ ...request, id } as unknown as Request);
      } catch (e) {
        // a request that cannot be sent (not cloneable): that request fails, the worker is fine
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Stops the worker; pending requests are rejected. */
  terminate(): void {
    this.stopped = true;
    this.listeners.clear();
    this.worker?.terminate();
    this.rejectAll(new Error('simulation worker stopped'));
  }

  private fail(fault: WorkerFault): void {
    if (this.failure || this.stopped) return;
    this.failure = fault;
    this.worker?.terminate();
    this.rejectAll(fault);
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) listener(fault);
  }

  private rejectAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
