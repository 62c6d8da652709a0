/** A failed simulation worker, in a module of its own: code that reads a failure need not load the worker. */

/**
 * How a worker failed: it could not be started or its script not loaded (`load`), it threw an
 * exception nothing caught or stopped (`crash`), or it sent a message that is not an answer
 * (`unreadable`).
 */
export type FaultKind = 'load' | 'crash' | 'unreadable';

/** The simulation worker can no longer answer: every request to it is rejected with this. */
export class WorkerFault extends Error {
  constructor(
    readonly kind: FaultKind,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerFault';
  }
}
