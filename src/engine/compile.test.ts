/**
 * The compiled table is the statechart: for any state, flags, event, draws and odds, it takes
 * the same transition as XState's own `transition()`, and it refuses what it cannot represent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, createActor, setup } from 'xstate';
import {
  AGENT_EVENTS,
  CHANNELS,
  COUNTERS,
  FLAGS,
  GUARDS,
  GUARD_IMPLEMENTATIONS,
  STATES,
  agentMachine,
  type AgentContext,
  type AgentEvent,
  type Condition,
  type FlagChange,
  type GuardName,
} from '../model/agent';
import { ODDS_COUNT } from '../model/odds';
import { agentTable, compileMachine, findTransition } from './compile';
import { machineStep } from '../../test/support/machine';

const MAX_DRAWS = 4;

/** The definition of a transition's guard, by the name XState parsed (no guard: no condition). */
const conditionOf = (guard: unknown): Condition => (guard === undefined ? {} : GUARDS[guard as GuardName]);

/**
 * What the machine itself knows, read from XState's parsed state nodes (not from `readMachine`,
 * which the compiler uses): its states, the events any state handles, and every flag a guard
 * reads, an action sets or clears, or the initial context sets from the input.
 */
function machineVocabulary(): { states: string[]; flags: string[]; events: string[] } {
  const states = Object.keys(agentMachine.root.states);
  const events = [...new Set(agentMachine.events)];
  const flags = new Set<string>();
  for (const s of states) {
    for (const list of agentMachine.root.states[s]!.transitions.values()) {
      for (const t of list) {
        const guard = conditionOf(t.guard);
        for (const f of [...(guard.flagged ?? []), ...(guard.unflagged ?? [])]) flags.add(f);
        for (const a of t.actions as { type: string; params?: FlagChange }[]) {
          if (a.type === 'setFlags')
            for (const f of [...(a.params?.on ?? []), ...(a.params?.off ?? [])]) flags.add(f);
        }
      }
    }
  }
  for (const target of [true, false]) {
    const actor = createActor(agentMachine, { input: { target } }).start();
    const start = actor.getSnapshot().context.flags;
    actor.stop();
    FLAGS.forEach((f, i) => start & (1 << i) && flags.add(f));
  }
  return { states, flags: [...flags], events };
}

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
      { numRuns: 10_000, seed: 20261126 },
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

  it('has one cell for every state, flag combination and event the machine knows, and no more', () => {
    const { states, flags, events } = machineVocabulary();
    const t = agentTable();
    expect(t.cellStart.length - 1).toBe(states.length * 2 ** flags.length * events.length);
    expect(t.flagCombos).toBe(2 ** flags.length);
    expect(t.states).toEqual(states);
  });

  it('holds, per cell, exactly the machine’s transitions that the flags allow, up to the first without a roll', () => {
    const { states, flags, events } = machineVocabulary();
    const bit = (name: string) => 1 << FLAGS.indexOf(name as (typeof FLAGS)[number]);
    let expected = 0;
    for (const s of states) {
      for (const e of events) {
        const candidates = agentMachine.root.states[s]!.transitions.get(e) ?? [];
        for (let f = 0; f < 2 ** flags.length; f++) {
          for (const c of candidates) {
            const guard = conditionOf(c.guard);
            const need = (guard.flagged ?? []).reduce((m, n) => m | bit(n), 0);
            const forbid = (guard.unflagged ?? []).reduce((m, n) => m | bit(n), 0);
            if ((f & need) !== need || f & forbid) continue;
            expected++;
            if ((guard.chances ?? []).length === 0) break;
          }
        }
      }
    }
    expect(agentTable().target.length).toBe(expected);
  });

  it('agrees with XState in every cell when every roll passes, when none does, and when some draws pass', () => {
    const { states, flags, events } = machineVocabulary();
    const all = (p: number) => new Float64Array(2 * ODDS_COUNT).fill(p);
    // The third pattern passes rolls on draws 0 and 2 only, so a roll read from the wrong draw shows.
    const patterns: [string, number[], Float64Array][] = [
      ['every roll passes', [0, 0, 0, 0], all(1)],
      ['every roll fails', [0, 0, 0, 0], all(0)],
      ['rolls on draws 0 and 2 pass', [0.1, 0.9, 0.1, 0.9], all(0.5)],
    ];
    const differ: string[] = [];
    for (const state of states) {
      const si = STATES.indexOf(state as (typeof STATES)[number]);
      for (const event of events) {
        const ei = AGENT_EVENTS.indexOf(event as (typeof AGENT_EVENTS)[number]);
        for (let f = 0; f < 2 ** flags.length; f++) {
          for (const [name, draws, odds] of patterns) {
            const a = JSON.stringify(viaTable(si, f, ei, draws, odds));
            const b = JSON.stringify(viaXState(si, f, ei, draws, odds));
            if (a !== b) differ.push(`${state} flags ${f} ${event}, ${name}: table ${a}, XState ${b}`);
          }
        }
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  describe('refuses, when it compiles, what it cannot represent exactly', () => {
    const types = {} as { context: AgentContext; events: AgentEvent };
    const actions = { record: () => undefined, setFlags: () => undefined, log: () => undefined };
    const base = setup({ types, guards: { ...GUARD_IMPLEMENTATIONS, other: () => true }, actions });
    const config = (on: object, extra: object = {}) =>
      ({ initial: 'a', states: { a: { on, ...extra }, b: {} } }) as never;
    const machineWith = (on: object, extra: object = {}) => base.createMachine(config(on, extra));
    const record = { type: 'record', params: { channel: 'ads', count: [] } };

    it('a machine of named guards and recorded moves, as a check that the cases below fail for their own reason', () => {
      const on = {
        DAY: [
          { target: 'b', guard: 'clicksAd', actions: [record] },
          { target: 'b', actions: [record] },
        ],
      };
      expect(() => compileMachine(machineWith(on))).not.toThrow();
    });

    it.each([
      [
        'a guard not named in GUARDS',
        { DAY: { target: 'b', guard: 'other', actions: [record] } },
        {},
        /only the guards named in GUARDS/,
      ],
      [
        'a guard given params (its definition is all it reads)',
        { DAY: { target: 'b', guard: { type: 'clicksAd', params: { click: 0 } }, actions: [record] } },
        {},
        /takes no params/,
      ],
      [
        'guards composed with and()',
        { DAY: { target: 'b', guard: and(['clicksAd', 'follows']), actions: [record] } },
        {},
        /a function/,
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
    ])('%s', (_, on, extra, message) => {
      expect(() => compileMachine(machineWith(on, extra))).toThrow(message);
    });

    it('a guard of a known name that runs something other than its definition', () => {
      // Its own `clicksAd`: the name of a guard in GUARDS, but not the guard built from it.
      const impostor = setup({ types, guards: { ...GUARD_IMPLEMENTATIONS, clicksAd: () => true }, actions });
      const on = { DAY: { target: 'b', guard: 'clicksAd', actions: [record] } };
      expect(() => compileMachine(impostor.createMachine(config(on)))).toThrow(/runs its own "clicksAd"/);
    });
  });
});
