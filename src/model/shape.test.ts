/**
 * The draw slots: the engine fills an event's draws by number and the machine reads them by
 * name, so the numbering is a contract (the engine keys its random numbers by slot). These tests
 * pin the agent machine's numbering and the rule that derives it.
 */
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import {
  AGENT_EVENTS,
  EVENT_INDEX,
  GUARD_IMPLEMENTATIONS,
  STATES,
  agentMachine,
  type AgentContext,
  type AgentEvent,
} from './agent';
import { ODDS_INDEX } from './odds';
import { namedDraws, readMachine } from './shape';

const shape = readMachine(agentMachine);

/** The draws each state reads on each event it handles, slot by slot. */
const AGENT_SLOTS = {
  unaware: {
    AD: ['click', 'followAd'],
    SHARED_POST: ['followContent'],
    PRAISE: ['persuade'],
    WARN: ['deter'],
  },
  aware: {
    AD: ['click', 'followAd'],
    RETARGET: ['click', 'followAd'],
    SHARED_POST: ['followContent'],
    PRAISE: ['persuade'],
    WARN: ['deter'],
    DAY: ['forget'],
  },
  follower: {
    AD: ['click'],
    RETARGET: ['click'],
    PURPOSEFUL_POST: ['clickPost', 'unfollowGoal', 'repostGoal', 'likeGoal'],
    ANSWER_POST: ['settleDoubt', 'likeAnswer'],
    ENTERTAINING_POST: ['unfollowFun', 'repostFun', 'likeFun'],
    PRAISE: ['persuade'],
    WARN: ['deter'],
    COMPLAINT: ['deter'],
    REPLY: ['reassure', 'putOff'],
  },
  visitor: { DAY: ['convert'] },
  returning: { DAY: ['convert'] },
  customer: {
    PURPOSEFUL_POST: ['unfollowGoal', 'repostGoal', 'likeGoal'],
    ANSWER_POST: ['settleDoubt', 'likeAnswer'],
    ENTERTAINING_POST: ['unfollowFun', 'repostFun', 'likeFun'],
    DAY: ['experience', 'satisfied', 'joinCommunity', 'complain', 'answered'],
  },
  advocate: {
    PURPOSEFUL_POST: ['buyOnOffer', 'unfollowGoal', 'repostGoal', 'likeGoal'],
    ANSWER_POST: ['settleDoubt', 'likeAnswer'],
    ENTERTAINING_POST: ['unfollowFun', 'repostFun', 'likeFun'],
    DAY: ['lapse', 'repeat', 'problem', 'complain', 'answered'],
  },
  complaining: { DAY: ['answerArrives', 'recover', 'giveUp'] },
  lost: { RETARGET: ['click'], DAY: ['calm'] },
} as const satisfies Record<
  (typeof STATES)[number],
  Partial<Record<(typeof AGENT_EVENTS)[number], string[]>>
>;

describe('the draw slots', () => {
  it('number the agent machine’s draws as they always have, state by state and event by event', () => {
    const E = AGENT_EVENTS.length;
    STATES.forEach((state, s) => {
      AGENT_EVENTS.forEach((event, e) => {
        const expected: readonly string[] = (AGENT_SLOTS[state] as Record<string, string[]>)[event] ?? [];
        expect(shape.drawNames[s]![e], `${state}.${event}`).toEqual(expected);
        expect(shape.draws[s * E + e], `${state}.${event}`).toBe(expected.length);
      });
    });
  });

  it('point each roll at the slot of its draw, a shared draw being one slot', () => {
    const slotsOf = (state: (typeof STATES)[number], event: (typeof AGENT_EVENTS)[number]) =>
      shape.transitions[STATES.indexOf(state)]![EVENT_INDEX[event]]!.map((t) => ({
        guard: t.guard,
        rolls: t.rolls.map(([odds, slot]) => [odds, slot]),
      }));
    expect(slotsOf('customer', 'DAY')).toEqual([
      {
        guard: 'isSatisfiedAndJoins',
        rolls: [
          [ODDS_INDEX.experience, 0],
          [ODDS_INDEX.satisfied, 1],
          [ODDS_INDEX.joinCommunity, 2],
        ],
      },
      {
        guard: 'isSatisfied',
        rolls: [
          [ODDS_INDEX.experience, 0],
          [ODDS_INDEX.satisfied, 1],
        ],
      },
      {
        guard: 'complainsAndWillBeAnswered',
        rolls: [
          [ODDS_INDEX.experience, 0],
          [ODDS_INDEX.complain, 3],
          [ODDS_INDEX.answered, 4],
        ],
      },
      {
        guard: 'complains',
        rolls: [
          [ODDS_INDEX.experience, 0],
          [ODDS_INDEX.complain, 3],
        ],
      },
      { guard: 'judgesProduct', rolls: [[ODDS_INDEX.experience, 0]] },
    ]);
    expect(slotsOf('visitor', 'DAY').map((t) => t.rolls)).toEqual([
      [[ODDS_INDEX.convertWary, 0]],
      [[ODDS_INDEX.convertReferred, 0]],
      [[ODDS_INDEX.convert, 0]],
      [],
      [],
    ]);
    expect(slotsOf('advocate', 'DAY').map((t) => t.rolls)).toEqual([
      [[ODDS_INDEX.lapseReferred, 0]],
      [[ODDS_INDEX.lapse, 0]],
      [
        [ODDS_INDEX.repeat, 1],
        [ODDS_INDEX.problem, 2],
        [ODDS_INDEX.complain, 3],
        [ODDS_INDEX.answered, 4],
      ],
      [
        [ODDS_INDEX.repeat, 1],
        [ODDS_INDEX.problem, 2],
        [ODDS_INDEX.complain, 3],
      ],
      [[ODDS_INDEX.repeat, 1]],
      [],
    ]);
  });

  it('follow the order draws are first read in, transition by transition, and keep it when a transition is added at the end', () => {
    const record = { type: 'record', params: { channel: 'time', count: [] } };
    const base = setup({
      types: {} as { context: AgentContext; events: AgentEvent },
      guards: GUARD_IMPLEMENTATIONS,
      actions: { record: () => undefined },
    });
    const day = (...guards: string[]) =>
      readMachine(
        base.createMachine({
          initial: 'a',
          states: { a: { on: { DAY: guards.map((guard) => ({ guard, actions: [record] })) } } },
        } as never),
      ).drawNames[0]![EVENT_INDEX.DAY];
    expect(day('givesUp', 'complains', 'isSatisfied')).toEqual([
      'giveUp',
      'experience',
      'complain',
      'satisfied',
    ]);
    expect(day('buysOnVisit', 'follows', 'buysDespiteDoubt', 'buysAgainOnReturn')).toEqual(['convert']);
    expect(day('givesUp', 'complains', 'isSatisfied', 'calmsDown')).toEqual([
      'giveUp',
      'experience',
      'complain',
      'satisfied',
      'calm',
    ]);
  });

  it('name the engine’s draws for the machine: slot k under the k-th name', () => {
    const s = STATES.indexOf('customer');
    expect(namedDraws(shape, s, EVENT_INDEX.DAY, [0.1, 0.2, 0.3, 0.4, 0.5])).toEqual({
      experience: 0.1,
      satisfied: 0.2,
      joinCommunity: 0.3,
      complain: 0.4,
      answered: 0.5,
    });
    expect(namedDraws(shape, s, EVENT_INDEX.AD, [0.1])).toEqual({});
  });
});
