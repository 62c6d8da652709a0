/**
 * The agent statechart: the single source of truth for how one member of the audience
 * responds to the brand. Everything faster (the compiled table) is derived from this machine.
 *
 * Time and chance enter only through events: the engine sends each agent the day's contacts
 * (ad impressions, posts seen, mentions) and then `DAY`, each event carrying uniform draws in
 * [0, 1) and the day's odds table. Guards compare a draw with a named chance, so they stay pure.
 */
import { assign, emit, setup } from 'xstate';
import type { Bilingual } from './parameters';
import { ODDS_COUNT, ODDS_INDEX, type OddsName } from './odds';

/** Per-agent flags, stored as bits of `context.flags`. */
export const FLAGS = ['target', 'follows', 'unhappy', 'willAnswer', 'returning', 'wary', 'visited'] as const;
export type Flag = (typeof FLAGS)[number];
/** The bit of each flag. */
export const FLAG_BIT = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<Flag, number>;

/** Event types, in the order the engine delivers them within a day. */
export const AGENT_EVENTS = [
  'AD',
  'RETARGET',
  'SHARED_POST',
  'PURPOSEFUL_POST',
  'ENTERTAINING_POST',
  'PRAISE',
  'WARN',
  'COMPLAINT',
  'DAY',
] as const;
export type AgentEventType = (typeof AGENT_EVENTS)[number];

/** How an agent moves: the channel every transition goes through. */
export const CHANNELS = [
  'ads',
  'retargeting',
  'content',
  'feedback',
  'wom',
  'site',
  'product',
  'time',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Things a transition can count for the day's metrics. */
export const COUNTERS = [
  'visit',
  'purchase',
  'newCustomer',
  'repeatPurchase',
  'wonBack',
  'like',
  'repost',
  'follow',
  'unfollow',
  'complaint',
  'answered',
  'recovered',
  'churned',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Where an agent is: the nodes of the loop diagram. */
export const PLACES = ['audience', 'community', 'website', 'product', 'feedback', 'lost'] as const;
export type Place = (typeof PLACES)[number];

export interface AgentContext {
  /** Bit set of FLAGS. */
  flags: number;
}

/** One contact or the passing of a day, with its random draws and the day's odds table. */
export interface AgentEvent {
  type: AgentEventType;
  /** Uniform draws in [0, 1); a guard's roll `{ click: 0 }` reads draws[0]. */
  draws: ArrayLike<number>;
  /** The day's odds table (see `computeOdds`), segment-major. */
  odds: ArrayLike<number>;
}

/** A guard's condition: all flags present, none of the absent ones, and every roll below its chance. */
export interface Condition {
  /** chance name → index of the draw compared with it */
  rolls?: Partial<Record<OddsName, number>>;
  flagged?: readonly Flag[];
  unflagged?: readonly Flag[];
}

/** What a transition records: its channel and the counters it adds one to. */
export interface Recording {
  channel: Channel;
  count: readonly Counter[];
}

/** Flags a transition sets and clears. */
export interface FlagChange {
  on?: readonly Flag[];
  off?: readonly Flag[];
}

/** Bit mask of a list of flags. */
export function flagMask(flags: readonly Flag[] = []): number {
  let m = 0;
  for (const f of flags) m |= FLAG_BIT[f];
  return m;
}

/** The segment (0 target, 1 outsider) an agent's odds are read from. */
export function segmentOf(flags: number): number {
  return flags & FLAG_BIT.target ? 0 : 1;
}

interface CompiledCondition {
  need: number;
  forbid: number;
  /** odds index, draw index, odds index, draw index, … */
  rolls: Int32Array;
}
const compiledConditions = new WeakMap<Condition, CompiledCondition>();

function compileCondition(c: Condition): CompiledCondition {
  let compiled = compiledConditions.get(c);
  if (!compiled) {
    const rolls = Object.entries(c.rolls ?? {}).flatMap(([name, d]) => [
      ODDS_INDEX[name as OddsName],
      d as number,
    ]);
    compiled = { need: flagMask(c.flagged), forbid: flagMask(c.unflagged), rolls: Int32Array.from(rolls) };
    compiledConditions.set(c, compiled);
  }
  return compiled;
}

/** True when the condition holds; a roll passes when its draw is strictly below the chance. */
export function conditionHolds(
  c: Condition,
  flags: number,
  draws: ArrayLike<number>,
  odds: ArrayLike<number>,
): boolean {
  const { need, forbid, rolls } = compileCondition(c);
  if ((flags & need) !== need || flags & forbid) return false;
  const base = segmentOf(flags) * ODDS_COUNT;
  for (let k = 0; k < rolls.length; k += 2) {
    if (!((draws[rolls[k + 1]!] ?? 1) < (odds[base + rolls[k]!] ?? 0))) return false;
  }
  return true;
}

/** Flags after a change. */
export function applyFlagChange(flags: number, change: FlagChange): number {
  return (flags | flagMask(change.on)) & ~flagMask(change.off);
}

/** State metadata: where the state sits in the loop and how it is shown. */
export interface StateMeta {
  place: Place;
  /** Okabe–Ito colour-blind-safe palette. */
  color: string;
  label: Bilingual;
  about: Bilingual;
  /** Speaks well of the brand (word of mouth) unless unhappy. */
  speaksWell?: boolean;
  /** Reached by retargeting ads: everyone in the state (true), or only those with the flag named. */
  retargetable?: true | Flag;
}

// Guard and action builders: they keep the transitions below readable as sentences.
const chance = (rolls: Partial<Record<OddsName, number>>, flags: Omit<Condition, 'rolls'> = {}) =>
  ({ type: 'passes', params: { rolls, ...flags } }) as const;
const when = (flags: Omit<Condition, 'rolls'>) => ({ type: 'passes', params: flags }) as const;
const record = (channel: Channel, ...count: Counter[]) =>
  ({ type: 'record', params: { channel, count } }) as const;
const flags = (change: FlagChange) => ({ type: 'setFlags', params: change }) as const;

/** Reactions of anyone who follows the page to a post they see (likes, reposts, unfollows). */
const followerReactions = (kind: 'Goal' | 'Fun', first: number) =>
  [
    {
      guard: chance({ [`unfollow${kind}`]: first }),
      actions: [flags({ off: ['follows'] }), record('content', 'unfollow')],
    },
    { guard: chance({ [`repost${kind}`]: first + 1 }), actions: record('content', 'repost', 'like') },
    { guard: chance({ [`like${kind}`]: first + 2 }), actions: record('content', 'like') },
  ] as const;

/** The agent statechart. Input: whether the agent belongs to the target audience. */
export const agentMachine = setup({
  types: {
    context: {} as AgentContext,
    events: {} as AgentEvent,
    input: {} as { target: boolean },
    emitted: {} as { type: 'recorded' } & Recording,
    meta: {} as StateMeta,
  },
  guards: {
    passes: ({ context, event }, params: Condition) =>
      conditionHolds(params, context.flags, event.draws, event.odds),
  },
  actions: {
    setFlags: assign({ flags: ({ context }, params: FlagChange) => applyFlagChange(context.flags, params) }),
    record: emit((_, params: Recording) => ({ type: 'recorded' as const, ...params })),
  },
}).createMachine({
  id: 'agent',
  context: ({ input }) => ({ flags: input.target ? FLAG_BIT.target : 0 }),
  initial: 'unaware',
  states: {
    unaware: {
      meta: {
        place: 'audience',
        color: '#8c8c8c',
        label: { en: 'Unaware', ru: 'Не знают' },
        about: { en: 'Never reached by the brand.', ru: 'Бренд до них ещё не дошёл.' },
      },
      on: {
        AD: [
          { target: 'visitor', guard: chance({ click: 0 }), actions: record('ads', 'visit') },
          {
            target: 'follower',
            guard: chance({ followAd: 1 }),
            actions: [flags({ on: ['follows'] }), record('ads', 'follow')],
          },
          { target: 'aware', actions: record('ads') },
        ],
        SHARED_POST: [
          {
            target: 'follower',
            guard: chance({ followContent: 0 }),
            actions: [flags({ on: ['follows'] }), record('content', 'follow')],
          },
          { target: 'aware', actions: record('content') },
        ],
        PRAISE: [
          { target: 'visitor', guard: chance({ persuade: 0 }), actions: record('wom', 'visit') },
          { target: 'aware', actions: record('wom') },
        ],
        WARN: [
          { target: 'aware', guard: chance({ deter: 0 }), actions: [flags({ on: ['wary'] }), record('wom')] },
          { target: 'aware', actions: record('wom') },
        ],
      },
    },
    aware: {
      meta: {
        place: 'audience',
        color: '#56B4E9',
        label: { en: 'Aware', ru: 'Знают' },
        about: {
          en: 'Have met the brand; forget it after a while without contact.',
          ru: 'Встречали бренд; без новых контактов со временем забывают.',
        },
        retargetable: 'visited',
      },
      on: {
        AD: [
          { target: 'visitor', guard: chance({ click: 0 }), actions: record('ads', 'visit') },
          {
            target: 'follower',
            guard: chance({ followAd: 1 }),
            actions: [flags({ on: ['follows'] }), record('ads', 'follow')],
          },
        ],
        RETARGET: [
          { target: 'visitor', guard: chance({ click: 0 }), actions: record('retargeting', 'visit') },
          {
            target: 'follower',
            guard: chance({ followAd: 1 }),
            actions: [flags({ on: ['follows'] }), record('retargeting', 'follow')],
          },
        ],
        SHARED_POST: {
          target: 'follower',
          guard: chance({ followContent: 0 }),
          actions: [flags({ on: ['follows'] }), record('content', 'follow')],
        },
        PRAISE: { target: 'visitor', guard: chance({ persuade: 0 }), actions: record('wom', 'visit') },
        WARN: {
          guard: chance({ deter: 0 }, { unflagged: ['wary'] }),
          actions: [flags({ on: ['wary'] }), record('wom')],
        },
        DAY: {
          target: 'unaware',
          guard: chance({ forget: 0 }),
          actions: [flags({ off: ['wary'] }), record('time')],
        },
      },
    },
    follower: {
      meta: {
        place: 'community',
        color: '#009E73',
        label: { en: 'Follower', ru: 'Подписчик' },
        about: {
          en: 'Follows the brand’s page: sees some posts and may click through to the website.',
          ru: 'Подписан на страницу бренда: видит часть постов и может перейти на сайт.',
        },
        retargetable: 'visited',
      },
      on: {
        AD: { target: 'visitor', guard: chance({ click: 0 }), actions: record('ads', 'visit') },
        RETARGET: { target: 'visitor', guard: chance({ click: 0 }), actions: record('retargeting', 'visit') },
        PURPOSEFUL_POST: [
          { target: 'visitor', guard: chance({ clickPost: 0 }), actions: record('content', 'visit', 'like') },
          { target: 'aware', ...followerReactions('Goal', 1)[0] },
          ...followerReactions('Goal', 1).slice(1),
        ],
        ENTERTAINING_POST: [
          { target: 'aware', ...followerReactions('Fun', 0)[0] },
          ...followerReactions('Fun', 0).slice(1),
        ],
        PRAISE: { target: 'visitor', guard: chance({ persuade: 0 }), actions: record('wom', 'visit') },
        WARN: {
          target: 'aware',
          guard: chance({ deter: 0 }),
          actions: [flags({ on: ['wary'], off: ['follows'] }), record('wom', 'unfollow')],
        },
        // A complaint still waiting for an answer, seen on the brand's page.
        COMPLAINT: {
          guard: chance({ deter: 0 }, { unflagged: ['wary'] }),
          actions: [flags({ on: ['wary'] }), record('feedback')],
        },
      },
    },
    visitor: {
      meta: {
        place: 'website',
        color: '#E69F00',
        label: { en: 'On the website', ru: 'На сайте' },
        about: {
          en: 'Visiting the website today: buys or leaves.',
          ru: 'Сегодня на сайте: купит или уйдёт.',
        },
      },
      on: {
        DAY: [
          {
            target: 'customer',
            guard: chance({ convertReturning: 0 }, { flagged: ['returning'] }),
            actions: [flags({ off: ['returning', 'wary'] }), record('site', 'purchase', 'wonBack')],
          },
          {
            target: 'lost',
            guard: when({ flagged: ['returning'] }),
            actions: [flags({ off: ['returning'] }), record('site')],
          },
          {
            target: 'customer',
            guard: chance({ convertWary: 0 }, { flagged: ['wary'] }),
            actions: [flags({ off: ['wary'] }), record('site', 'purchase', 'newCustomer')],
          },
          {
            target: 'customer',
            guard: chance({ convert: 0 }, { unflagged: ['wary'] }),
            actions: record('site', 'purchase', 'newCustomer'),
          },
          {
            target: 'follower',
            guard: when({ flagged: ['follows'] }),
            actions: [flags({ on: ['visited'] }), record('site')],
          },
          { target: 'aware', actions: [flags({ on: ['visited'] }), record('site')] },
        ],
      },
    },
    customer: {
      meta: {
        place: 'product',
        color: '#0072B2',
        label: { en: 'Customer', ru: 'Покупатель' },
        about: {
          en: 'Has bought and is trying the product; will be satisfied or not.',
          ru: 'Купил и пробует продукт; останется доволен или нет.',
        },
        speaksWell: true,
      },
      on: {
        PURPOSEFUL_POST: [...followerReactions('Goal', 0)],
        ENTERTAINING_POST: [...followerReactions('Fun', 0)],
        DAY: [
          { target: 'advocate', guard: chance({ experience: 0, satisfied: 1 }), actions: record('product') },
          {
            target: 'complaining',
            guard: chance({ experience: 0, complain: 2, answered: 3 }),
            actions: [flags({ on: ['unhappy', 'willAnswer'] }), record('feedback', 'complaint')],
          },
          {
            target: 'complaining',
            guard: chance({ experience: 0, complain: 2 }),
            actions: [flags({ on: ['unhappy'] }), record('feedback', 'complaint')],
          },
          {
            target: 'lost',
            guard: chance({ experience: 0 }),
            actions: [flags({ on: ['unhappy'], off: ['follows'] }), record('product', 'churned')],
          },
        ],
      },
    },
    advocate: {
      meta: {
        place: 'product',
        color: '#CC79A7',
        label: { en: 'Loyal customer', ru: 'Лояльный клиент' },
        about: {
          en: 'Satisfied: buys again and recommends the brand.',
          ru: 'Доволен: покупает снова и советует бренд.',
        },
        speaksWell: true,
      },
      on: {
        PURPOSEFUL_POST: [...followerReactions('Goal', 0)],
        ENTERTAINING_POST: [...followerReactions('Fun', 0)],
        DAY: [
          {
            target: 'lost',
            guard: chance({ lapseFollowing: 0 }, { flagged: ['follows'] }),
            actions: [flags({ off: ['follows'] }), record('time', 'churned')],
          },
          {
            target: 'lost',
            guard: chance({ lapse: 0 }, { unflagged: ['follows'] }),
            actions: record('time', 'churned'),
          },
          { guard: chance({ repeat: 1 }), actions: record('product', 'purchase', 'repeatPurchase') },
        ],
      },
    },
    complaining: {
      meta: {
        place: 'feedback',
        color: '#D55E00',
        label: { en: 'Complaining', ru: 'Жалуются' },
        about: {
          en: 'Unhappy with the purchase, said so in public, and waits for an answer.',
          ru: 'Недовольны покупкой, написали об этом публично и ждут ответа.',
        },
      },
      on: {
        DAY: [
          {
            target: 'advocate',
            guard: chance({ answerArrives: 0, recover: 1 }, { flagged: ['willAnswer'] }),
            actions: [flags({ off: ['unhappy', 'willAnswer'] }), record('feedback', 'answered', 'recovered')],
          },
          {
            target: 'lost',
            guard: chance({ answerArrives: 0 }, { flagged: ['willAnswer'] }),
            actions: [flags({ off: ['willAnswer', 'follows'] }), record('feedback', 'answered', 'churned')],
          },
          {
            target: 'lost',
            guard: chance({ giveUp: 2 }),
            actions: [flags({ off: ['willAnswer', 'follows'] }), record('feedback', 'churned')],
          },
        ],
      },
    },
    lost: {
      meta: {
        place: 'lost',
        color: '#000000',
        label: { en: 'Lost', ru: 'Ушли' },
        about: {
          en: 'Former customers; the unhappy ones speak badly of the brand. Retargeting can win them back.',
          ru: 'Бывшие клиенты; обиженные плохо отзываются о бренде. Ретаргетинг может их вернуть.',
        },
        retargetable: true,
      },
      on: {
        RETARGET: {
          target: 'visitor',
          guard: chance({ clickReturning: 0 }, { unflagged: ['unhappy'] }),
          actions: [flags({ on: ['returning'] }), record('retargeting', 'visit')],
        },
        DAY: {
          guard: chance({ calm: 0 }, { flagged: ['unhappy'] }),
          actions: [flags({ off: ['unhappy'] }), record('time')],
        },
      },
    },
  },
});

export type AgentMachine = typeof agentMachine;

/** State names in declaration order; a state's index is its code in typed arrays. */
export const STATES = Object.keys(agentMachine.config.states ?? {}) as AgentState[];
export type AgentState =
  'unaware' | 'aware' | 'follower' | 'visitor' | 'customer' | 'advocate' | 'complaining' | 'lost';

/** Metadata of each state, read from the machine. */
export const STATE_META = Object.fromEntries(
  STATES.map((s) => [s, agentMachine.root.states[s]!.meta as StateMeta]),
) as Record<AgentState, StateMeta>;
