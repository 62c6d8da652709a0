import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import {
  AGENT_EVENTS,
  EVENT_INDEX,
  FLAGS,
  FLAG_BIT,
  GUARDS,
  PLACES,
  STATES,
  STATE_INDEX,
  STATE_META,
  agentMachine,
  drawOf,
  type AgentDraws,
  type AgentEventType,
  type AgentState,
  type DrawName,
} from './agent';
import { ODDS, ODDS_COUNT, ODDS_INDEX, type OddsName } from './odds';
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

const send = (
  state: AgentState,
  flags: number,
  type: AgentEventType,
  draws: AgentDraws,
  odds: Float64Array,
) => machineStep(state, flags, type, draws, odds);

/** Every draw there is, at `value`. */
const everyDraw = (value: number): AgentDraws =>
  Object.fromEntries(ODDS.map((c) => [drawOf(c), value])) as Record<DrawName, number>;

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
    const r = send('unaware', FLAG_BIT.target, 'AD', { click: 0.1, followAd: 0.9 }, oddsWith({ click: 0.5 }));
    expect(r.state).toBe('visitor');
    expect(r.recorded).toEqual({ channel: 'ads', count: ['visit'] });
  });

  it('treats a draw equal to the chance as a miss (draw < chance passes)', () => {
    expect(send('unaware', 0, 'AD', { click: 0.5, followAd: 0.9 }, oddsWith({ click: 0.5 })).state).toBe(
      'aware',
    );
    expect(
      send('unaware', 0, 'AD', { click: 0, followAd: 0 }, oddsWith({ click: 0, followAd: 0 })).state,
    ).toBe('aware');
    expect(send('unaware', 0, 'AD', { click: 0.999, followAd: 0.9 }, oddsWith({ click: 1 })).state).toBe(
      'visitor',
    );
    // A draw the event does not carry fails its roll, even against a certain chance.
    expect(send('unaware', 0, 'AD', { followAd: 0.9 }, oddsWith({ click: 1 })).state).toBe('aware');
  });

  it('makes an ad viewer who does not click follow the page, setting the follows flag', () => {
    const r = send('aware', 0, 'AD', { click: 0.9, followAd: 0.1 }, oddsWith({ click: 0.5, followAd: 0.5 }));
    expect(r.state).toBe('follower');
    expect(r.flags & FLAG_BIT.follows).toBeTruthy();
    expect(r.recorded?.count).toEqual(['follow']);
  });

  it('reads the outsider segment of the odds for agents outside the target audience', () => {
    const odds = new Float64Array(2 * ODDS_COUNT);
    odds[ODDS_INDEX.click] = 1; // target: always clicks
    expect(send('unaware', FLAG_BIT.target, 'AD', { click: 0.5, followAd: 0.5 }, odds).state).toBe('visitor');
    expect(send('unaware', 0, 'AD', { click: 0.5, followAd: 0.5 }, odds).state).toBe('aware');
  });

  it('lets a website visit end in a first purchase, or a bounce back to where the visitor came from', () => {
    const buy = send('visitor', 0, 'DAY', { convert: 0.1 }, oddsWith({ convert: 0.5 }));
    expect(buy.state).toBe('customer');
    expect(buy.recorded).toEqual({ channel: 'site', count: ['purchase', 'newCustomer'] });
    const bounce = send('visitor', FLAG_BIT.follows, 'DAY', { convert: 0.9 }, oddsWith({ convert: 0.5 }));
    expect(bounce.state).toBe('follower');
    expect(bounce.flags & FLAG_BIT.visited).toBeTruthy();
  });

  it('counts a former customer who buys again on a retargeted visit as won back', () => {
    // Whether a visitor buys is one draw, `convert`, compared with the chance for who they are.
    const r = send('returning', 0, 'DAY', { convert: 0.1 }, oddsWith({ convertReturning: 0.5 }));
    expect(r.state).toBe('customer');
    expect(r.recorded?.count).toEqual(['purchase', 'wonBack']);
    const missed = send('returning', 0, 'DAY', { convert: 0.9 }, oddsWith({ convertReturning: 0.5 }));
    expect(missed.state).toBe('lost');
  });

  it('lets a visitor sent by a friend buy more readily, on the same draw', () => {
    const odds = oddsWith({ convert: 0.2, convertReferred: 0.3 });
    expect(send('visitor', 0, 'DAY', { convert: 0.25 }, odds).state).toBe('aware');
    expect(send('visitor', FLAG_BIT.referred, 'DAY', { convert: 0.25 }, odds).state).toBe('customer');
  });

  it('keeps the brand in mind on a day with contact: no forgetting, no lapse', () => {
    const forget = oddsWith({ forget: 1 });
    expect(send('aware', 0, 'DAY', { forget: 0.5 }, forget).state).toBe('unaware');
    const kept = send('aware', FLAG_BIT.inTouch, 'DAY', { forget: 0.5 }, forget);
    expect(kept.state).toBe('aware');
    expect(kept.flags & FLAG_BIT.inTouch).toBe(0);
    const seen = send('aware', 0, 'AD', { click: 0.9, followAd: 0.9 }, oddsWith({}));
    expect(seen.flags & FLAG_BIT.inTouch).toBeTruthy();
    const lapse = oddsWith({ lapse: 1 });
    expect(send('advocate', 0, 'DAY', { lapse: 0.5, repeat: 0.9 }, lapse).state).toBe('lost');
    expect(send('advocate', FLAG_BIT.inTouch, 'DAY', { lapse: 0.5, repeat: 0.9 }, lapse).state).toBe(
      'advocate',
    );
  });

  it('makes a known brand’s ad more clickable than a stranger’s, and a doubted one less', () => {
    const odds = oddsWith({ click: 0.1, clickFamiliar: 0.2, clickWary: 0.05 });
    const draws = { click: 0.15, followAd: 0.9 };
    expect(send('unaware', FLAG_BIT.target, 'AD', draws, odds).state).toBe('aware');
    expect(send('aware', FLAG_BIT.target, 'AD', draws, odds).state).toBe('visitor');
    expect(send('aware', FLAG_BIT.target | FLAG_BIT.wary, 'AD', draws, odds).state).toBe('aware');
  });

  it('turns a dissatisfied buyer into a complaint that waits for an answer, or a silent loss', () => {
    const odds = oddsWith({ experience: 1, satisfied: 0, complain: 0.5, answered: 0.5 });
    const judged = (complain: number, answered: number) => ({
      experience: 0,
      satisfied: 0.9,
      complain,
      answered,
    });
    const complaint = send('customer', 0, 'DAY', judged(0.1, 0.1), odds);
    expect(complaint.state).toBe('complaining');
    expect(complaint.flags & FLAG_BIT.unhappy && complaint.flags & FLAG_BIT.willAnswer).toBeTruthy();
    const ignored = send('customer', 0, 'DAY', judged(0.1, 0.9), odds);
    expect(ignored.state).toBe('complaining');
    expect(ignored.flags & FLAG_BIT.willAnswer).toBe(0);
    const silent = send('customer', FLAG_BIT.follows, 'DAY', judged(0.9, 0.1), odds);
    expect(silent.state).toBe('lost');
    expect(silent.flags & FLAG_BIT.unhappy).toBeTruthy();
    expect(silent.flags & FLAG_BIT.follows).toBe(0);
  });

  it('wins a complainer back only through an answer, and never answers an ignored complaint', () => {
    const odds = oddsWith({ answerArrives: 1, recover: 1, giveUp: 0 });
    const unhappy = FLAG_BIT.unhappy;
    const draws = { answerArrives: 0, recover: 0, giveUp: 0 };
    expect(send('complaining', unhappy | FLAG_BIT.willAnswer, 'DAY', draws, odds).state).toBe('advocate');
    expect(send('complaining', unhappy, 'DAY', draws, odds).state).toBe('complaining');
    const gaveUp = send('complaining', unhappy, 'DAY', draws, oddsWith({ giveUp: 1 }));
    expect(gaveUp.state).toBe('lost');
    expect(gaveUp.recorded?.count).toEqual(['churned']);
  });

  it('ignores events a state has no use for', () => {
    for (const type of AGENT_EVENTS.filter((e) => e !== 'RETARGET' && e !== 'DAY')) {
      const r = send('lost', 0, type, everyDraw(0), oddsWith({}, 1));
      expect(r.state).toBe('lost');
      expect(r.recorded).toBeUndefined();
    }
  });

  it('keeps unhappy former customers out of reach of retargeting until they calm down', () => {
    const odds = oddsWith({ clickReturning: 1 });
    expect(send('lost', FLAG_BIT.unhappy, 'RETARGET', { click: 0 }, odds).state).toBe('lost');
    expect(send('lost', 0, 'RETARGET', { click: 0 }, odds).state).toBe('returning');
    expect(
      send('lost', FLAG_BIT.unhappy, 'DAY', { calm: 0 }, oddsWith({ calm: 1 })).flags & FLAG_BIT.unhappy,
    ).toBe(0);
  });
});

describe('the statechart, read by tools', () => {
  /** Every transition as XState parsed it: state, event, and the transition definition. */
  const parsed = STATES.flatMap((state) =>
    [...agentMachine.root.states[state]!.transitions.entries()].flatMap(([event, list]) =>
      list.map((t) => ({ state, event, t })),
    ),
  );

  it('takes its state list, event list and their indices from the machine', () => {
    expect(STATES).toEqual(Object.keys(agentMachine.root.states));
    STATES.forEach((s, i) => expect(STATE_INDEX[s]).toBe(i));
    expect(new Set(agentMachine.events)).toEqual(new Set(AGENT_EVENTS));
    AGENT_EVENTS.forEach((e, i) => expect(EVENT_INDEX[e]).toBe(i));
  });

  it('describes every transition in one sentence and guards it by name (or not at all)', () => {
    expect(parsed.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const { state, event, t } of parsed) {
      const where = `${state}.${event} → ${t.target?.[0]?.key ?? state}`;
      if (typeof t.description !== 'string' || !/^[A-Z][^\n]*\.$/.test(t.description))
        problems.push(`${where}: description ${JSON.stringify(t.description)}`);
      if (t.guard !== undefined && !(typeof t.guard === 'string' && Object.hasOwn(GUARDS, t.guard)))
        problems.push(
          `${where}: guard ${typeof t.guard === 'function' ? 'function' : JSON.stringify(t.guard)}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('uses every guard it defines', () => {
    const used = new Set(parsed.map(({ t }) => t.guard));
    expect(Object.keys(GUARDS).filter((g) => !used.has(g))).toEqual([]);
  });

  it('compares no draw with two chances in one guard', () => {
    for (const [name, guard] of Object.entries(GUARDS)) {
      const chances: readonly OddsName[] = 'chances' in guard ? guard.chances : [];
      expect(new Set(chances.map(drawOf)).size, name).toBe(chances.length);
    }
    // A chance shares the draw of a chance that reads its own.
    for (const chance of ODDS) expect(drawOf(drawOf(chance))).toBe(drawOf(chance));
  });

  it('serialises to JSON for Stately’s visualiser, with its guards’ names and descriptions', () => {
    const json = JSON.parse(JSON.stringify(agentMachine.toJSON())) as {
      states: Record<string, { on: Record<string, { guard?: string; description?: string }[]> }>;
    };
    expect(Object.keys(json.states)).toEqual(STATES);
    const transitions = Object.values(json.states).flatMap((s) => Object.values(s.on).flat());
    expect(transitions).toHaveLength(parsed.length);
    expect(transitions.every((t) => typeof t.description === 'string')).toBe(true);
    expect(json.states.customer!.on.DAY!.map((t) => t.guard)).toEqual([
      'isSatisfiedAndJoins',
      'isSatisfied',
      'complainsAndWillBeAnswered',
      'complains',
      'judgesProduct',
    ]);
  });

  it('steps with getNextSnapshot, as XState’s own tools do', () => {
    const start = agentMachine.resolveState({ value: 'unaware', context: { flags: FLAG_BIT.target } });
    const next = getNextSnapshot(agentMachine, start, {
      type: 'AD',
      draws: { click: 0.1, followAd: 0.9 },
      odds: oddsWith({ click: 0.5 }),
    });
    expect(next.value).toBe('visitor');
    expect(next.context.flags).toBe(FLAG_BIT.target | FLAG_BIT.inTouch);
  });
});
