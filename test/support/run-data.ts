/**
 * Runs for the page's tests, built the way the page builds them: the worker's handler loads the
 * strategy (the agents' day-0 states come back) and steps the horizon, then the store's
 * `toRunData` assembles the frames. No Worker thread: the handler is a plain class.
 */
import type { DayFrame } from '../../src/engine/simulation';
import type { Parameters } from '../../src/model/parameters';
import { toRunData, type RunData } from '../../src/store/run-data';
import { SimulationHandler } from '../../src/worker/handler';
import type { Response } from '../../src/worker/protocol';

function answer<T extends Response['type']>(response: Response, type: T): Extract<Response, { type: T }> {
  if (response.type === 'error') throw new Error(response.message);
  if (response.type !== type) throw new Error(`expected a ${type} answer, got ${response.type}`);
  return response as Extract<Response, { type: T }>;
}

/** A whole run of `days` days of `params` on `seed`, moves of every `moveSample`-th agent kept. */
export function simulateRun(params: Parameters, seed: number, days: number, moveSample = 1): RunData {
  const handler = new SimulationHandler();
  const clock = () => 0;
  const loaded = answer(
    handler.handle({ type: 'load', id: 1, params, seed, days, moveSample }, clock).response,
    'loaded',
  );
  const { frames } = answer(handler.handle({ type: 'step', id: 2, count: days }, clock).response, 'frames');
  return toRunData(frames as DayFrame[], { params, seed, initial: loaded.initial, moveSample });
}
