/**
 * The agent statechart: the single source of truth for how one member of the audience
 * responds to the brand. Everything faster (the compiled table) is derived from this machine.
 *
 * Time and chance enter only through events: the engine sends each agent the day's contacts
 * (ad impressions, posts seen, mentions) and then `DAY`, each event carrying uniform draws in
 * [0, 1) and the day's odds table. Each guard is named for the decision it tests (`clicksAd`,
 * `becomesWary`, `givesUp`, …) and is defined once, as data, in `GUARDS`: the flags it needs or
 * forbids and the named chances its draws must fall below. The guards XState runs and the
 * compiler's table are both built from that one definition, so they stay pure and cannot differ.
 */
import { assign, emit, setup, type SnapshotFrom } from 'xstate';
import type { Bilingual } from './parameters';
import { ODDS_COUNT, ODDS_INDEX, type OddsName } from './odds';

/** Per-agent flags, stored as bits of `context.flags`. */
export const FLAGS = [
  'target',
  'follows',
  'unhappy',
  'willAnswer',
  'referred',
  'wary',
  'visited',
  'inTouch',
] as const;
export type Flag = (typeof FLAGS)[number];
/** The bit of each flag. */
export const FLAG_BIT = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<Flag, number>;

/**
 * The machine's events, in the order the engine delivers them within a day; an event's index
 * here is its code in the engine's tables. The machine handles exactly these (a test checks it).
 */
export const AGENT_EVENTS = [
  'AD',
  'RETARGET',
  'SHARED_POST',
  'PURPOSEFUL_POST',
  'ANSWER_POST',
  'ENTERTAINING_POST',
  'PRAISE',
  'WARN',
  'COMPLAINT',
  'REPLY',
  'DAY',
] as const;
export type AgentEventType = (typeof AGENT_EVENTS)[number];
/** The index of each event in AGENT_EVENTS. */
export const EVENT_INDEX = Object.fromEntries(AGENT_EVENTS.map((e, i) => [e, i])) as Record<
  AgentEventType,
  number
>;

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

/**
 * Chances that ask one question of different people read one draw, the draw of the question's
 * own chance: whether a visitor buys is one draw, compared with the chance of a newcomer, of a
 * wary, a referred or a returning visitor as the visitor is; whether someone clicks an ad is the
 * `click` draw, whether they are a stranger, know the brand, doubt it or bought before; whether a
 * loyal customer lapses is the `lapse` draw, referred by a friend or not. Every other chance reads
 * a draw of its own name.
 */
export const SAME_DRAW_AS = {
  convertWary: 'convert',
  convertReferred: 'convert',
  convertReturning: 'convert',
  clickFamiliar: 'click',
  clickWary: 'click',
  clickReturning: 'click',
  lapseReferred: 'lapse',
} as const satisfies Partial<Record<OddsName, OddsName>>;

/** The name of a draw an event can carry: a chance that reads its own draw. */
export type DrawName = Exclude<OddsName, keyof typeof SAME_DRAW_AS>;

/** The draw a chance is compared with. */
export function drawOf(chance: OddsName): DrawName {
  return (SAME_DRAW_AS as Partial<Record<OddsName, DrawName>>)[chance] ?? (chance as DrawName);
}

/** An event's uniform draws in [0, 1), by name; a draw the event does not carry fails every roll. */
export type AgentDraws = Readonly<Partial<Record<DrawName, number>>>;

/**
 * One contact or the passing of a day, with its random draws and the day's odds table. The
 * engine fills the draws in slots (see `readMachine` in shape.ts for how a state's draws on an
 * event are numbered) and names them for the machine with `namedDraws`.
 */
export interface AgentEvent {
  type: AgentEventType;
  draws: AgentDraws;
  /** The day's odds table (see `computeOdds`), segment-major. */
  odds: ArrayLike<number>;
}

/**
 * What a guard tests: all `flagged` flags set, none of the `unflagged`, and each chance's draw
 * (`drawOf`) strictly below the chance.
 */
export interface Condition {
  flagged?: readonly Flag[];
  unflagged?: readonly Flag[];
  chances?: readonly OddsName[];
}

/**
 * Every guard of the machine, one per decision, named for what it tests. The guards XState runs
 * (`GUARD_IMPLEMENTATIONS`) and the compiled table (`readMachine`) are both built from this.
 */
export const GUARDS = {
  // Ads and retargeting
  clicksAd: { chances: ['click'] },
  clicksAdDespiteDoubt: { flagged: ['wary'], chances: ['clickWary'] },
  clicksFamiliarAd: { unflagged: ['wary'], chances: ['clickFamiliar'] },
  followsAfterAd: { chances: ['followAd'] },
  clicksBackWithoutGrudge: { unflagged: ['unhappy'], chances: ['clickReturning'] },
  // Content
  followsAfterRepost: { chances: ['followContent'] },
  clicksPost: { chances: ['clickPost'] },
  buysOnOffer: { chances: ['buyOnOffer'] },
  unfollowsOverPurposefulPost: { chances: ['unfollowGoal'] },
  repostsPurposefulPost: { chances: ['repostGoal'] },
  likesPurposefulPost: { chances: ['likeGoal'] },
  doubtIsSettled: { flagged: ['wary'], chances: ['settleDoubt'] },
  likesAnswer: { chances: ['likeAnswer'] },
  unfollowsOverEntertainingPost: { chances: ['unfollowFun'] },
  repostsEntertainingPost: { chances: ['repostFun'] },
  likesEntertainingPost: { chances: ['likeFun'] },
  // Word of mouth, and complaints seen in public
  isPersuaded: { chances: ['persuade'] },
  isDeterred: { chances: ['deter'] },
  becomesWary: { unflagged: ['wary'], chances: ['deter'] },
  isReassuredByReply: { flagged: ['wary'], chances: ['reassure'] },
  isPutOffByReply: { unflagged: ['wary'], chances: ['putOff'] },
  // Memory: contact keeps the brand in mind
  forgets: { unflagged: ['inTouch'], chances: ['forget'] },
  wasInTouch: { flagged: ['inTouch'] },
  // The website
  buysDespiteDoubt: { flagged: ['wary'], chances: ['convertWary'] },
  buysOnReferral: { flagged: ['referred'], unflagged: ['wary'], chances: ['convertReferred'] },
  buysOnVisit: { unflagged: ['wary', 'referred'], chances: ['convert'] },
  buysAgainOnReturn: { chances: ['convertReturning'] },
  follows: { flagged: ['follows'] },
  // The product
  isSatisfiedAndJoins: { unflagged: ['follows'], chances: ['experience', 'satisfied', 'joinCommunity'] },
  isSatisfied: { chances: ['experience', 'satisfied'] },
  complainsAndWillBeAnswered: { chances: ['experience', 'complain', 'answered'] },
  complains: { chances: ['experience', 'complain'] },
  judgesProduct: { chances: ['experience'] },
  lapsesThoughReferred: { flagged: ['referred'], unflagged: ['inTouch'], chances: ['lapseReferred'] },
  lapses: { unflagged: ['referred', 'inTouch'], chances: ['lapse'] },
  buysAgainWithProblemAndWillBeAnswered: { chances: ['repeat', 'problem', 'complain', 'answered'] },
  buysAgainWithProblem: { chances: ['repeat', 'problem', 'complain'] },
  buysAgain: { chances: ['repeat'] },
  // Complaints and grudges
  answerArrivesAndRecovers: { flagged: ['willAnswer'], chances: ['answerArrives', 'recover'] },
  answerArrives: { flagged: ['willAnswer'], chances: ['answerArrives'] },
  givesUp: { chances: ['giveUp'] },
  calmsDown: { flagged: ['unhappy'], chances: ['calm'] },
} as const satisfies Record<string, Condition>;
export type GuardName = keyof typeof GUARDS;

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

/** True when the flags have every `need` bit and no `forbid` bit: the flag half of every guard. */
export function flagsAllow(flags: number, need: number, forbid: number): boolean {
  return (flags & need) === need && (flags & forbid) === 0;
}

/** The chance half of every guard: a roll passes when its draw is strictly below the chance. */
export function rollPasses(draw: number, chance: number): boolean {
  return draw < chance;
}

interface CompiledCondition {
  need: number;
  forbid: number;
  /** odds index of each chance */
  odds: Int32Array;
  /** the draw each chance reads */
  draws: readonly DrawName[];
}
const compiledConditions = new WeakMap<Condition, CompiledCondition>();

function compileCondition(c: Condition): CompiledCondition {
  let compiled = compiledConditions.get(c);
  if (!compiled) {
    const chances = c.chances ?? [];
    compiled = {
      need: flagMask(c.flagged),
      forbid: flagMask(c.unflagged),
      odds: Int32Array.from(chances, (name) => ODDS_INDEX[name]),
      draws: chances.map(drawOf),
    };
    compiledConditions.set(c, compiled);
  }
  return compiled;
}

/** True when the condition holds for an agent with `flags`, given the event's draws and odds. */
export function conditionHolds(
  c: Condition,
  flags: number,
  draws: AgentDraws,
  odds: ArrayLike<number>,
): boolean {
  const compiled = compileCondition(c);
  if (!flagsAllow(flags, compiled.need, compiled.forbid)) return false;
  const base = segmentOf(flags) * ODDS_COUNT;
  for (let k = 0; k < compiled.odds.length; k++) {
    if (!rollPasses(draws[compiled.draws[k]!] ?? 1, odds[base + compiled.odds[k]!] ?? 0)) return false;
  }
  return true;
}

type GuardFunction = (args: { context: AgentContext; event: AgentEvent }) => boolean;

/** The guards XState runs, each generated from its definition in GUARDS. */
export const GUARD_IMPLEMENTATIONS = Object.fromEntries(
  (Object.keys(GUARDS) as GuardName[]).map((name): [GuardName, GuardFunction] => {
    const condition: Condition = GUARDS[name];
    return [name, ({ context, event }) => conditionHolds(condition, context.flags, event.draws, event.odds)];
  }),
) as Record<GuardName, GuardFunction>;

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

// Action builders and transitions shared by several states: they keep the machine below
// readable as sentences, and say each repeated move once.
const record = (channel: Channel, ...count: Counter[]) =>
  ({ type: 'record', params: { channel, count } }) as const;
const flags = (change: FlagChange) => ({ type: 'setFlags', params: change }) as const;
/** Any contact keeps the brand in mind for the day: no forgetting, no lapse (see `forgets`, `lapses`). */
const inTouch = flags({ on: ['inTouch'] });

type AdChannel = 'ads' | 'retargeting';
const adName = (channel: AdChannel) => (channel === 'ads' ? 'ad' : 'retargeting ad');

/**
 * Someone who knows the brand clicks an ad (or a retargeting ad) and visits the website: more
 * readily than a stranger, less readily when wary.
 */
const clickThroughFamiliar = (channel: AdChannel) =>
  [
    {
      target: 'visitor',
      guard: 'clicksAdDespiteDoubt',
      actions: [inTouch, record(channel, 'visit')],
      description: `Wary of the brand, still clicks the ${adName(channel)} and lands on the website.`,
    },
    {
      target: 'visitor',
      guard: 'clicksFamiliarAd',
      actions: [inTouch, record(channel, 'visit')],
      description: `Recognises the brand in the ${adName(channel)}, clicks it and lands on the website.`,
    },
  ] as const;

/** An ad not clicked can still win a follower. */
const followAfterAd = (channel: AdChannel) =>
  ({
    target: 'follower',
    guard: 'followsAfterAd',
    actions: [flags({ on: ['follows', 'inTouch'] }), record(channel, 'follow')],
    description: `Does not click the ${adName(channel)} but likes what it shows, and follows the brand’s page.`,
  }) as const;

/** A contact that changes nothing else still keeps the brand in mind today. */
const remembers = (what: string, channel: Channel) =>
  ({
    actions: [inTouch, record(channel)],
    description: `${what}: the brand stays in mind.`,
  }) as const;

/** A post reposted by a follower, seen by someone who does not follow the page, can win a follower. */
const followAfterRepost = {
  target: 'follower',
  guard: 'followsAfterRepost',
  actions: [flags({ on: ['follows', 'inTouch'] }), record('content', 'follow')],
  description: 'Sees a post that a follower reposted, likes it, and follows the brand’s page.',
} as const;

/** Praise from someone who bought brings a visit, on a friend's word. */
const persuaded = {
  target: 'visitor',
  guard: 'isPersuaded',
  actions: [flags({ on: ['referred', 'inTouch'] }), record('wom', 'visit')],
  description:
    'Hears the brand praised by someone who bought, is persuaded, and visits the website on a friend’s word.',
} as const;

/** The kinds of post a follower sees (one per goal of the content plan), and the guards of their reactions. */
const POSTS = {
  purposeful: {
    unfollows: 'unfollowsOverPurposefulPost',
    reposts: 'repostsPurposefulPost',
    likes: 'likesPurposefulPost',
    why: 'one promotion too many',
  },
  entertaining: {
    unfollows: 'unfollowsOverEntertainingPost',
    reposts: 'repostsEntertainingPost',
    likes: 'likesEntertainingPost',
    why: 'too many posts',
  },
} as const;

/**
 * How anyone who follows the page reacts to a post they see: unfollows (a follower then only
 * knows the brand: `unfollowTo`), reposts (a repost counts a like too), likes it, or just reads
 * it. Every post seen keeps the brand in mind.
 */
const reactionsTo = (kind: keyof typeof POSTS, unfollowTo?: 'aware') => {
  const post = POSTS[kind];
  return [
    {
      ...(unfollowTo ? { target: unfollowTo } : {}),
      guard: post.unfollows,
      actions: [flags({ on: ['inTouch'], off: ['follows'] }), record('content', 'unfollow')],
      description: `Tires of the page after ${post.why} and unfollows it.`,
    },
    {
      guard: post.reposts,
      actions: [inTouch, record('content', 'repost', 'like')],
      description: `Likes the ${kind} post and reposts it, showing it to people who do not follow the page.`,
    },
    {
      guard: post.likes,
      actions: [inTouch, record('content', 'like')],
      description: `Likes the ${kind} post.`,
    },
    remembers(`Reads the ${kind} post`, 'content'),
  ] as const;
};

/**
 * A post answering followers' questions: it settles the doubt of a wary reader, may earn a like,
 * and keeps the brand in mind. Answers are useful, so nobody unfollows over them.
 */
const answerReactions = [
  {
    guard: 'doubtIsSettled',
    actions: [flags({ on: ['inTouch'], off: ['wary'] }), record('content', 'like')],
    description: 'Finds their doubt answered in a post, and is no longer wary of buying.',
  },
  {
    guard: 'likesAnswer',
    actions: [inTouch, record('content', 'like')],
    description: 'Likes a post that answers followers’ questions.',
  },
  remembers('Reads a post that answers followers’ questions', 'content'),
] as const;

/** A loyal customer who sees a sales post may buy now a purchase they would have made soon. */
const buysOnOffer = {
  guard: 'buysOnOffer',
  actions: [inTouch, record('content', 'purchase', 'repeatPurchase')],
  description: 'Sees an offer in a sales post and buys now rather than later.',
} as const;

/** The agent statechart. Input: whether the agent belongs to the target audience. */
export const agentMachine = setup({
  types: {
    context: {} as AgentContext,
    events: {} as AgentEvent,
    input: {} as { target: boolean },
    emitted: {} as { type: 'recorded' } & Recording,
    meta: {} as StateMeta,
  },
  guards: GUARD_IMPLEMENTATIONS,
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
          {
            target: 'visitor',
            guard: 'clicksAd',
            actions: [inTouch, record('ads', 'visit')],
            description: 'Clicks an ad of a brand new to them and lands on the website.',
          },
          followAfterAd('ads'),
          {
            target: 'aware',
            actions: [inTouch, record('ads')],
            description: 'Notices the ad without acting on it, and from now on knows the brand.',
          },
        ],
        SHARED_POST: [
          followAfterRepost,
          {
            target: 'aware',
            actions: [inTouch, record('content')],
            description: 'Sees a reposted post without following the page, and from now on knows the brand.',
          },
        ],
        PRAISE: [
          persuaded,
          {
            target: 'aware',
            actions: [inTouch, record('wom')],
            description: 'Hears the brand praised without acting on it, and from now on knows the brand.',
          },
        ],
        WARN: [
          {
            target: 'aware',
            guard: 'isDeterred',
            actions: [flags({ on: ['wary', 'inTouch'] }), record('wom')],
            description:
              'Hears the brand criticised and takes it to heart: knows the brand, and is wary of buying.',
          },
          {
            target: 'aware',
            actions: [inTouch, record('wom')],
            description:
              'Hears the brand criticised without taking it to heart, and from now on knows the brand.',
          },
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
        AD: [...clickThroughFamiliar('ads'), followAfterAd('ads'), remembers('Sees the ad', 'ads')],
        RETARGET: [
          ...clickThroughFamiliar('retargeting'),
          followAfterAd('retargeting'),
          remembers('Sees the retargeting ad', 'retargeting'),
        ],
        SHARED_POST: [followAfterRepost, remembers('Sees a reposted post', 'content')],
        PRAISE: [persuaded, remembers('Hears the brand praised', 'wom')],
        WARN: [
          {
            guard: 'becomesWary',
            actions: [flags({ on: ['wary', 'inTouch'] }), record('wom')],
            description:
              'Hears the brand criticised and, not wary yet, takes it to heart: now wary of buying.',
          },
          remembers('Hears the brand criticised', 'wom'),
        ],
        DAY: [
          {
            target: 'unaware',
            guard: 'forgets',
            actions: [flags({ off: ['wary', 'referred'] }), record('time')],
            description: 'A day without any contact, and the brand slips from memory, any doubt with it.',
          },
          {
            guard: 'wasInTouch',
            actions: [flags({ off: ['inTouch'] }), record('time')],
            description: 'A day with contact ends: the brand is still in mind, and tomorrow starts afresh.',
          },
        ],
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
        AD: clickThroughFamiliar('ads'),
        RETARGET: clickThroughFamiliar('retargeting'),
        PURPOSEFUL_POST: [
          {
            target: 'visitor',
            guard: 'clicksPost',
            actions: [inTouch, record('content', 'visit', 'like')],
            description: 'Clicks through a sales post to the website (the click counts as a like).',
          },
          ...reactionsTo('purposeful', 'aware'),
        ],
        ANSWER_POST: answerReactions,
        ENTERTAINING_POST: reactionsTo('entertaining', 'aware'),
        PRAISE: persuaded,
        WARN: {
          target: 'aware',
          guard: 'isDeterred',
          actions: [flags({ on: ['wary', 'inTouch'], off: ['follows'] }), record('wom', 'unfollow')],
          description:
            'Hears the brand criticised and takes it to heart: unfollows the page, wary of buying.',
        },
        COMPLAINT: {
          guard: 'becomesWary',
          actions: [flags({ on: ['wary'] }), record('feedback')],
          description:
            'Sees a complaint still waiting for an answer on the brand’s page and, not wary yet, becomes wary of buying.',
        },
        REPLY: [
          {
            guard: 'isReassuredByReply',
            actions: [flags({ off: ['wary'] }), record('feedback')],
            description:
              'Sees the brand answer a complaint well on its page, and the doubt they had is gone.',
          },
          {
            guard: 'isPutOffByReply',
            actions: [flags({ on: ['wary'] }), record('feedback')],
            description: 'Sees the brand answer a complaint badly on its page, and becomes wary of buying.',
          },
        ],
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
            guard: 'buysDespiteDoubt',
            actions: [flags({ off: ['wary'] }), record('site', 'purchase', 'newCustomer')],
            description: 'Buys despite the criticism heard, a new customer, and the doubt is gone.',
          },
          {
            target: 'customer',
            guard: 'buysOnReferral',
            actions: record('site', 'purchase', 'newCustomer'),
            description: 'Trusting the friend who recommended the brand, buys on the visit: a new customer.',
          },
          {
            target: 'customer',
            guard: 'buysOnVisit',
            actions: record('site', 'purchase', 'newCustomer'),
            description: 'Buys on the visit: a new customer.',
          },
          {
            target: 'follower',
            guard: 'follows',
            actions: [flags({ on: ['visited', 'inTouch'], off: ['referred'] }), record('site')],
            description:
              'Leaves without buying, back to the page they follow; having visited, retargeting can reach them.',
          },
          {
            target: 'aware',
            actions: [flags({ on: ['visited', 'inTouch'], off: ['referred'] }), record('site')],
            description:
              'Leaves without buying, knowing the brand; having visited, retargeting can reach them.',
          },
        ],
      },
    },
    returning: {
      meta: {
        place: 'website',
        color: '#F0E442',
        label: { en: 'Back on the website', ru: 'Вернулись на сайт' },
        about: {
          en: 'A former customer brought back by retargeting: buys again or leaves.',
          ru: 'Бывший клиент, которого вернул ретаргетинг: купит снова или уйдёт.',
        },
      },
      on: {
        DAY: [
          {
            target: 'customer',
            guard: 'buysAgainOnReturn',
            actions: [flags({ off: ['wary'] }), record('site', 'purchase', 'wonBack')],
            description: 'Buys again: a customer won back.',
          },
          {
            target: 'lost',
            actions: record('site'),
            description: 'Leaves without buying, lost again.',
          },
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
        PURPOSEFUL_POST: reactionsTo('purposeful'),
        ANSWER_POST: answerReactions,
        ENTERTAINING_POST: reactionsTo('entertaining'),
        DAY: [
          {
            target: 'advocate',
            guard: 'isSatisfiedAndJoins',
            actions: [flags({ on: ['follows'] }), record('product', 'follow')],
            description:
              'Judges the product today, is satisfied, and joins the brand’s page as the purchase invited them to.',
          },
          {
            target: 'advocate',
            guard: 'isSatisfied',
            actions: record('product'),
            description:
              'Judges the product today and is satisfied: a loyal customer who buys again and recommends it.',
          },
          {
            target: 'complaining',
            guard: 'complainsAndWillBeAnswered',
            actions: [flags({ on: ['unhappy', 'willAnswer'] }), record('feedback', 'complaint')],
            description:
              'Judges the product today, is disappointed and complains in public; the brand will answer.',
          },
          {
            target: 'complaining',
            guard: 'complains',
            actions: [flags({ on: ['unhappy'] }), record('feedback', 'complaint')],
            description:
              'Judges the product today, is disappointed and complains in public; the brand will not answer.',
          },
          {
            target: 'lost',
            guard: 'judgesProduct',
            actions: [flags({ on: ['unhappy'], off: ['follows', 'referred'] }), record('product', 'churned')],
            description:
              'Judges the product today, is disappointed and leaves without a word, unhappy and unfollowing.',
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
          en: 'Satisfied: buys again and recommends the brand; drifts away after long without contact.',
          ru: 'Доволен: покупает снова и советует бренд; без контактов со временем уходит.',
        },
        speaksWell: true,
      },
      on: {
        AD: remembers('Sees an ad of the brand', 'ads'),
        PURPOSEFUL_POST: [buysOnOffer, ...reactionsTo('purposeful')],
        ANSWER_POST: answerReactions,
        ENTERTAINING_POST: reactionsTo('entertaining'),
        PRAISE: remembers('Hears someone else praise the brand', 'wom'),
        DAY: [
          {
            target: 'lost',
            guard: 'lapsesThoughReferred',
            actions: [flags({ off: ['follows', 'referred'] }), record('time', 'churned')],
            description:
              'A day without contact, and the customer a friend brought drifts away (more slowly than others), unfollowing the page.',
          },
          {
            target: 'lost',
            guard: 'lapses',
            actions: [flags({ off: ['follows'] }), record('time', 'churned')],
            description:
              'A day without contact, and the customer drifts away from the brand, unfollowing the page.',
          },
          {
            target: 'complaining',
            guard: 'buysAgainWithProblemAndWillBeAnswered',
            actions: [
              flags({ on: ['unhappy', 'willAnswer'], off: ['inTouch'] }),
              record('feedback', 'purchase', 'repeatPurchase', 'complaint'),
            ],
            description:
              'Buys again, something goes wrong with the order, and complains in public; the brand will answer.',
          },
          {
            target: 'complaining',
            guard: 'buysAgainWithProblem',
            actions: [
              flags({ on: ['unhappy'], off: ['inTouch'] }),
              record('feedback', 'purchase', 'repeatPurchase', 'complaint'),
            ],
            description:
              'Buys again, something goes wrong with the order, and complains in public; the brand will not answer.',
          },
          {
            guard: 'buysAgain',
            actions: [flags({ off: ['inTouch'] }), record('product', 'purchase', 'repeatPurchase')],
            description:
              'Needs the product again and buys it again (a problem with the order, if any, goes unsaid).',
          },
          {
            guard: 'wasInTouch',
            actions: [flags({ off: ['inTouch'] }), record('time')],
            description: 'A day with contact ends: still loyal, and tomorrow starts afresh.',
          },
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
            guard: 'answerArrivesAndRecovers',
            actions: [flags({ off: ['unhappy', 'willAnswer'] }), record('feedback', 'answered', 'recovered')],
            description: 'The brand’s answer arrives and wins them back: a loyal customer again.',
          },
          {
            target: 'lost',
            guard: 'answerArrives',
            actions: [
              flags({ off: ['willAnswer', 'follows', 'referred'] }),
              record('feedback', 'answered', 'churned'),
            ],
            description: 'The brand’s answer arrives but does not win them back: they leave, unhappy.',
          },
          {
            target: 'lost',
            guard: 'givesUp',
            actions: [flags({ off: ['willAnswer', 'follows', 'referred'] }), record('feedback', 'churned')],
            description: 'Tired of waiting for an answer, they leave, unhappy.',
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
          target: 'returning',
          guard: 'clicksBackWithoutGrudge',
          actions: record('retargeting', 'visit'),
          description: 'Bearing no grudge, clicks a retargeting ad and comes back to the website.',
        },
        DAY: {
          guard: 'calmsDown',
          actions: [flags({ off: ['unhappy'] }), record('time')],
          description:
            'The grudge fades: no longer speaks badly of the brand, and retargeting can reach them again.',
        },
      },
    },
  },
});

export type AgentMachine = typeof agentMachine;

/** The machine's states, as its snapshots name them. */
export type AgentState = SnapshotFrom<AgentMachine>['value'];

/** State names in declaration order; a state's index is its code in typed arrays. */
export const STATES = Object.keys(agentMachine.config.states ?? {}) as AgentState[];

/** The index of each state in STATES. */
export const STATE_INDEX = Object.fromEntries(STATES.map((s, i) => [s, i])) as Record<AgentState, number>;

/** Metadata of each state, read from the machine. */
export const STATE_META = Object.fromEntries(
  STATES.map((s) => [s, agentMachine.root.states[s]!.meta as StateMeta]),
) as Record<AgentState, StateMeta>;
