/// <reference lib="webworker" />
/**
 * The simulation worker as the page runs it (the same handler), which can also be told to fail
 * for real, for the tests of what the page does then: `{ fault: 'throw' }` throws an exception
 * nothing catches, `{ fault: 'garbage' }` sends a message that is no answer, and `{ fault: 'throw
 * on next' }` makes the next request's answer throw while being sent.
 */
import { SimulationHandler } from '../../src/worker/handler';
import type { Request } from '../../src/worker/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = new SimulationHandler();
let throwOnNext = false;

scope.onmessage = (event: MessageEvent<Request | { fault: string }>) => {
  const data = event.data;
  if ('fault' in data) {
    if (data.fault === 'throw') throw new Error('simulated fault');
    if (data.fault === 'garbage') scope.postMessage('garbage');
    if (data.fault === 'throw on next') throwOnNext = true;
    return;
  }
  const { response, transfer } = handler.handle(data, () => performance.now());
  if (throwOnNext) throw new Error('simulated fault while answering');
  scope.postMessage(response, transfer as ArrayBuffer[]);
};
