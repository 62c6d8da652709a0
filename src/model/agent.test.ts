import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  AGENT_EVENTS,
  FLAGS,
  FLAG_BIT,
  PLACES,
  STATES,
  STATE_META,
  agentMachine,
  type AgentEventType,
  type AgentState,
} from './agent';
import { ODDS_COUNT, ODDS_INDEX, type OddsName } from './odds';
import { readMachine } from './shape';
import { machineStep } from '../../test/support/machine';

/** An odds table with every chance at `base` for both segments, and some set exactly. */
function oddsWith(set: Partial<Record<OddsName, number>>, base = 0): Float64Array {
  const odds = new Float64Array(2 * ODDS_COUNT).fill(base);
  for (const [name, p] of Object.entries(set)) {
    odds[ODDS_INDEX[name as OddsName]] = p;
    odds[ODDS_COUNT + ODDS_INDEX[name as OddsName]] = p;
  }
  return odds;
}

const send = (state: AgentState, flags: number, type: AgentEventType, draws: number[], odds: Float64Array) =>
  machineStep(state, flags, type, draws, odds);

describe('the agent statechart', () => {
  it('gives every state a place, a colour and labels in English and Russian', () => {
    for (const s of STATES) {
      const meta = STATE_META[s];
      expect(PLACES).toContain(meta.place);
      expect(meta.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(meta.label.en.length).toBeGreaterThan(0);
      expect(meta.label.ru.length).toBeGreaterThan(0);
      expect(meta.about.en.length).toBeGreaterThan(0);
      expect(meta.about.ru.length).toBeGreaterThan(0);
    }
    expect(new Set(STATES.map((s) => STATE_META[s].color)).size).toBe(STATES.length);
  });

  it('records a channel on every transition and uses only what the tables can represent', () => {
    expect(() => readMachine(agentMachine)).not.toThrow();
  });

  it.each([
    { target: true, flags: 0b1 },
    { target: false, flags: 0 },
  ])('starts an agent unaware, with only the target flag its input gives (target: $target)', (input) => {
    const actor = createActor(agentMachine, { input: { target: input.target } }).start();
    const { value, context } = actor.getSnapshot();
    actor.stop();
    expect(value).toBe('unaware');
    // 0b1 is the first flag's bit, written out so that a reordered or renamed flag shows here.
    expect(FLAGS[0]).toBe('target');
    expect(context.flags).toBe(input.flags);
  });

  it('sends a clicked ad impression to the website through the ads channel', () => {
    const r = send('unaware', FLAG_BIT.target, 'AD', [0.1, 0.9], oddsWith({ click: 0.5 }));
    expect(r.state).toBe('visitor');
    expect(r.recorded).toEqual({ channel: 'ads', count: ['visit'] });
  });

  it('treats a draw equal to the chance as a miss (draw < chance passes)', () => {
    expect(send('unaware', 0, 'AD', [0.5, 0.9], oddsWith({ click: 0.5 })).state).toBe('aware');
    expect(send('unaware', 0, 'AD', [0, 0], oddsWith({ click: 0, followAd: 0 })).state).toBe('aware');
    expect(send('unaware', 0, 'AD', [0.999, 0.9], oddsWith({ click: 1 })).state).toBe('visitor');
  });

  it('makes an ad viewer who does not click follow the page, setting the follows flag', () => {
    const r = send('aware', 0, 'AD', [0.9, 0.1], oddsWith({ click: 0.5, followAd: 0.5 }));
    expect(r.state).toBe('follower');
    expect(r.flags & FLAG_BIT.follows).toBeTruthy();
    expect(r.recorded?.count).toEqual(['follow']);
  });

  it('reads the outsider segment of the odds for agents outside the target audience', () => {
    const odds = new Float64Array(2 * ODDS_COUNT);
    odds[ODDS_INDEX.click] = 1; // target: always clicks
    expect(send('unaware', FLAG_BIT.target, 'AD', [0.5, 0.5], odds).state).toBe('visitor');
    expect(send('unaware', 0, 'AD', [0.5, 0.5], odds).state).toBe('aware');
  });

  it('lets a website visit end in a first purchase, or a bounce back to where the visitor came from', () => {
    const buy = send('visitor', 0, 'DAY', [0.1], oddsWith({ convert: 0.5 }));
    expect(buy.state).toBe('customer');
    expect(buy.recorded).toEqual({ channel: 'site', count: ['purchase', 'newCustomer'] });
    const bounce = send('visitor', FLAG_BIT.follows, 'DAY', [0.9], oddsWith({ convert: 0.5 }));
    expect(bounce.state).toBe('follower');
    expect(bounce.flags & FLAG_BIT.visited).toBeTruthy();
  });

  it('counts a former customer who buys again on a retargeted visit as won back', () => {
    const r = send('visitor', FLAG_BIT.returning, 'DAY', [0.1], oddsWith({ convertReturning: 0.5 }));
    expect(r.state).toBe('customer');
    expect(r.recorded?.count).toEqual(['purchase', 'wonBack']);
    expect(r.flags & FLAG_BIT.returning).toBe(0);
    const missed = send('visitor', FLAG_BIT.returning, 'DAY', [0.9], oddsWith({ convertReturning: 0.5 }));
    expect(missed.state).toBe('lost');
  });

  it('turns a dissatisfied buyer into a complaint that waits for an answer, or a silent loss', () => {
    const odds = oddsWith({ experience: 1, satisfied: 0, complain: 0.5, answered: 0.5 });
    const complaint = send('customer', 0, 'DAY', [0, 0.9, 0.1, 0.1], odds);
    expect(complaint.state).toBe('complaining');
    expect(complaint.flags & FLAG_BIT.unhappy && complaint.flags & FLAG_BIT.willAnswer).toBeTruthy();
    const ignored = send('customer', 0, 'DAY', [0, 0.9, 0.1, 0.9], odds);
    expect(ignored.state).toBe('complaining');
    expect(ignored.flags & FLAG_BIT.willAnswer).toBe(0);
    const silent = send('customer', FLAG_BIT.follows, 'DAY', [0, 0.9, 0.9, 0.1], odds);
    expect(silent.state).toBe('lost');
    expect(silent.flags & FLAG_BIT.unhappy).toBeTruthy();
    expect(silent.flags & FLAG_BIT.follows).toBe(0);
  });

  it('wins a complainer back only through an answer, and never answers an ignored complaint', () => {
    const odds = oddsWith({ answerArrives: 1, recover: 1, giveUp: 0 });
    const unhappy = FLAG_BIT.unhappy;
    expect(send('complaining', unhappy | FLAG_BIT.willAnswer, 'DAY', [0, 0, 0], odds).state).toBe('advocate');
    expect(send('complaining', unhappy, 'DAY', [0, 0, 0], odds).state).toBe('complaining');
    const gaveUp = send('complaining', unhappy, 'DAY', [0, 0, 0], oddsWith({ giveUp: 1 }));
    expect(gaveUp.state).toBe('lost');
    expect(gaveUp.recorded?.count).toEqual(['churned']);
  });

  it('ignores events a state has no use for', () => {
    for (const type of AGENT_EVENTS.filter((e) => e !== 'RETARGET' && e !== 'DAY')) {
      const r = send('lost', 0, type, [0, 0, 0, 0], oddsWith({}, 1));
      expect(r.state).toBe('lost');
      expect(r.recorded).toBeUndefined();
    }
  });

  it('keeps unhappy former customers out of reach of retargeting until they calm down', () => {
    const odds = oddsWith({ clickReturning: 1 });
    expect(send('lost', FLAG_BIT.unhappy, 'RETARGET', [0], odds).state).toBe('lost');
    expect(send('lost', 0, 'RETARGET', [0], odds).state).toBe('visitor');
    expect(send('lost', FLAG_BIT.unhappy, 'DAY', [0], oddsWith({ calm: 1 })).flags & FLAG_BIT.unhappy).toBe(
      0,
    );
  });
});
