/** The worker's request handler, without a worker: strategy changes in animated and whole runs. */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../engine/metrics';
import { simulate, simulateTraced } from '../engine/run';
import { defaultParameters } from '../model/parameters';
import type { StrategyChange } from '../model/scenario';
import { SimulationHandler } from './handler';
import type { FrameMessage, Request, Response } from './protocol';

const params = { ...defaultParameters(), 'audience.size': 600 };
const changes: StrategyChange[] = [
  { day: 8, parameters: { 'ads.dailyBudget': 0 } },
  { day: 15, parameters: { 'ads.dailyBudget': 150, 'feedback.answeredShare': 1 } },
];
const clock = () => 0;

function answer<T extends Response['type']>(response: Response, type: T): Extract<Response, { type: T }> {
  if (response.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(response)}`);
  return response as Extract<Response, { type: T }>;
}

const ask = (handler: SimulationHandler, request: Request) => handler.handle(request, clock).response;

describe('SimulationHandler with strategy changes', () => {
  const expected = simulate(params, 5, 20, { changes, recordMoves: true });

  it('applies them at the start of their day in an animated run, stepped in any chunks', () => {
    const handler = new SimulationHandler();
    answer(ask(handler, { type: 'load', id: 1, params, seed: 5, days: 20, changes }), 'loaded');
    const frames: FrameMessage[] = [];
    for (const count of [3, 4, 1, 9, 10]) {
      frames.push(...answer(ask(handler, { type: 'step', id: 2, count }), 'frames').frames);
    }
    expect(frames).toHaveLength(20);
    expect(frames.map((f) => [...f.metrics])).toEqual(expected.map((f) => [...f.metrics]));
    expect(frames.map((f) => f.moves)).toEqual(expected.map((f) => f.moves));
    const impressions = METRICS.indexOf('impressions');
    expect(frames.map((f) => f.metrics[impressions]! > 0)).toEqual(
      Array.from({ length: 20 }, (_, d) => d + 1 < 8 || d + 1 >= 15),
    );
  });

  it('applies them in a whole-horizon run', () => {
    const handler = new SimulationHandler();
    const horizon = answer(
      ask(handler, { type: 'horizon', id: 1, params, seed: 5, days: 20, changes }),
      'horizon',
    );
    const flat = new Float64Array(20 * METRICS.length);
    expected.forEach((f, d) => flat.set(f.metrics, d * METRICS.length));
    expect([...horizon.metrics]).toEqual([...flat]);
  });

  it('without changes, runs the strategy as loaded', () => {
    const handler = new SimulationHandler();
    const horizon = answer(ask(handler, { type: 'horizon', id: 1, params, seed: 5, days: 20 }), 'horizon');
    const plain = simulate(params, 5, 20);
    expect([...horizon.metrics.subarray(19 * METRICS.length)]).toEqual([...plain[19]!.metrics]);
  });

  it('refuses bad changes with the field and what is allowed, and leaves no run to step', () => {
    const handler = new SimulationHandler();
    answer(ask(handler, { type: 'load', id: 1, params, seed: 5, days: 20 }), 'loaded');
    const late = [{ day: 21, parameters: { 'ads.ctr': 0.02 } }];
    expect(
      answer(ask(handler, { type: 'load', id: 2, params, seed: 5, days: 20, changes: late }), 'error')
        .message,
    ).toBe("changes[0].day: must be a whole number from 1 to 20, got 21 (the run's days)");
    // the run loaded before is gone: stepping it would show the old strategy as the new one
    expect(answer(ask(handler, { type: 'step', id: 3, count: 1 }), 'error').message).toBe('no run loaded');
    const resize = [{ day: 3, parameters: { 'audience.size': 800 } }];
    expect(
      answer(ask(handler, { type: 'horizon', id: 4, params, seed: 5, days: 20, changes: resize }), 'error')
        .message,
    ).toMatch(/^changes\[0\]\.parameters\.audience\.size: audience\.size cannot change during a run/);
  });
});

describe('SimulationHandler tracing one agent', () => {
  it('answers with the journey the engine records, changes included, and refuses an agent not there', () => {
    const handler = new SimulationHandler();
    const r = answer(
      ask(handler, { type: 'trace', id: 1, params, seed: 5, days: 20, changes, agent: 17 }),
      'journey',
    );
    expect(r.journey).toEqual(simulateTraced(params, 5, 20, { changes, traceAgent: 17 }).journey);
    expect(ask(handler, { type: 'trace', id: 2, params, seed: 5, days: 20, agent: 600 }).type).toBe('error');
  });
});

describe('SimulationHandler with messages it does not know', () => {
  it('answers them with an error instead of throwing, so the worker serves on', () => {
    const handler = new SimulationHandler();
    for (const message of [{ type: 'explode', id: 4 }, { id: 5 }, null, 'text', 42]) {
      const { response } = handler.handle(message as unknown as Request, clock);
      expect(response.type, JSON.stringify(message)).toBe('error');
    }
    expect(ask(handler, { type: 'explode', id: 4 } as unknown as Request)).toEqual({
      type: 'error',
      id: 4,
      message: 'unknown request: "explode"',
    });
    expect(ask(handler, { type: 'horizon', id: 6, params, seed: 1, days: 3 }).type).toBe('horizon');
  });
});
