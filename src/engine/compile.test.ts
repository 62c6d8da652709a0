/**
 * The compiled table is the statechart: for any state, flags, event, draws and odds, it takes
 * the same transition as XState's own `transition()`, and it refuses what it cannot represent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { AGENT_EVENTS, CHANNELS, COUNTERS, FLAGS, STATES } from '../model/agent';
import { ODDS_COUNT } from '../model/odds';
import { agentTable, compileMachine, findTransition } from './compile';
import { machineStep } from '../../test/support/machine';

const MAX_DRAWS = 4;

/** XState's answer: next state index, flags, channel index and counter indices, or null when ignored. */
function viaXState(state: number, flags: number, event: number, draws: number[], odds: Float64Array) {
  const r = machineStep(STATES[state]!, flags, AGENT_EVENTS[event]!, draws, odds);
  if (!r.recorded) return null;
  return {
    state: STATES.indexOf(r.state),
    flags: r.flags,
    channel: CHANNELS.indexOf(r.recorded.channel),
    counters: r.recorded.count.map((c) => COUNTERS.indexOf(c)),
  };
}

function viaTable(state: number, flags: number, event: number, draws: number[], odds: Float64Array) {
  const t = agentTable();
  const c = findTransition(t, state, flags, event, draws, odds);
  if (c < 0) return null;
  return {
    state: t.target[c]!,
    flags: t.nextFlags[c]!,
    channel: t.channel[c]!,
    counters: Array.from(t.counters[c]!),
  };
}

// Probabilities and draws concentrate on the edges, where an off-by-one comparison would show.
const EDGES = [0, 1, 0.5, 0.25, 0.75];
const probability = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: 0, max: 1, noNaN: true }));
const draw = fc.oneof(
  fc.constantFrom(0, 0.5, 0.25, 0.75, 1 - 2 ** -32),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((k) => k / 2 ** 32),
);

describe('the compiled table', () => {
  it('takes the same transition as the XState machine for any state, flags, event, draws and odds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: STATES.length - 1 }),
        fc.integer({ min: 0, max: (1 << FLAGS.length) - 1 }),
        fc.integer({ min: 0, max: AGENT_EVENTS.length - 1 }),
        fc.array(draw, { minLength: MAX_DRAWS, maxLength: MAX_DRAWS }),
        fc.array(probability, { minLength: 2 * ODDS_COUNT, maxLength: 2 * ODDS_COUNT }),
        (state, flags, event, draws, oddsList) => {
          const odds = Float64Array.from(oddsList);
          expect(viaTable(state, flags, event, draws, odds)).toEqual(
            viaXState(state, flags, event, draws, odds),
          );
        },
      ),
      { numRuns: 20_000, seed: 20261126 },
    );
  });

  it('agrees when a draw equals its probability exactly (a roll passes only when draw < chance)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: STATES.length - 1 }),
        fc.integer({ min: 0, max: (1 << FLAGS.length) - 1 }),
        fc.integer({ min: 0, max: AGENT_EVENTS.length - 1 }),
        fc.constantFrom(0, 0.25, 0.5),
        (state, flags, event, p) => {
          const draws = [p, p, p, p];
          const odds = new Float64Array(2 * ODDS_COUNT).fill(p);
          expect(viaTable(state, flags, event, draws, odds)).toEqual(
            viaXState(state, flags, event, draws, odds),
          );
        },
      ),
      { numRuns: 3_000, seed: 7 },
    );
  });

  it('covers every state, flag combination and event', () => {
    const t = agentTable();
    expect(t.cellStart).toHaveLength(STATES.length * (1 << FLAGS.length) * AGENT_EVENTS.length + 1);
    expect(t.target.length).toBeGreaterThan(0);
  });

  describe('refuses, when it compiles, what it cannot represent exactly', () => {
    const base = setup({
      guards: { passes: () => true, other: () => true },
      actions: { record: () => undefined, setFlags: () => undefined, log: () => undefined },
    });
    const machineWith = (on: object, extra: object = {}) =>
      base.createMachine({ initial: 'a', states: { a: { on, ...extra }, b: {} } } as never);
    const record = { type: 'record', params: { channel: 'ads', count: [] } };

    it.each([
      [
        'an unknown guard',
        { DAY: { target: 'b', guard: 'other', actions: [record] } },
        {},
        /only the "passes" guard/,
      ],
      [
        'an inline guard function',
        { DAY: { target: 'b', guard: () => true, actions: [record] } },
        {},
        /a function/,
      ],
      [
        'an unknown action',
        { DAY: { target: 'b', actions: [record, 'log'] } },
        {},
        /only "setFlags" and "record"/,
      ],
      ['a transition without a channel', { DAY: { target: 'b' } }, {}, /must "record" its channel/],
      ['an unknown event', { TICK: { target: 'b', actions: [record] } }, {}, /unknown event "TICK"/],
      ['an entry action', {}, { entry: ['log'] }, /uses "entry"/],
      ['a delayed transition', {}, { after: { 1000: 'b' } }, /uses "after"/],
      [
        'a chance that does not exist',
        {
          DAY: { target: 'b', guard: { type: 'passes', params: { rolls: { luck: 0 } } }, actions: [record] },
        },
        {},
        /unknown chance "luck"/,
      ],
    ])('%s', (_, on, extra, message) => {
      expect(() => compileMachine(machineWith(on, extra))).toThrow(message);
    });
  });
});
