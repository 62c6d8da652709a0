/// <reference lib="webworker" />
/** The Web Worker the page runs the simulation in, so the animation never waits for it. */
import { SimulationHandler } from './handler';
import type { Request } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = new SimulationHandler();

scope.onmessage = (event: MessageEvent<Request>) => {
  const { response, transfer } = handler.handle(event.data, () => performance.now());
  scope.postMessage(response, transfer as ArrayBuffer[]);
};
