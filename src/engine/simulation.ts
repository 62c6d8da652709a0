/**
 * The daily mechanics of the loop: who sees an ad, a post or a mention today, in what order,
 * with which random draws. What an agent does with each contact is not decided here but by
 * the statechart, through a pluggable stepper (the XState reference or the compiled table);
 * both are handed the same draws, so they must give identical runs.
 *
 * Every random number is keyed (see keyed.ts): a pure function of (seed, agent, day, decision,
 * index), never the next number of a shared stream. A person's contacts on each channel are one
 * keyed Poisson draw by inversion, and the draws an event carries are keyed by the event's type,
 * slot and rank among the agent's events of that type today; so two strategies on one seed share
 * every draw both make, and a change of one lever changes only the decisions it touches.
 */
import { AGENT_EVENTS, EVENT_INDEX, FLAG_BIT, STATES, STATE_INDEX, STATE_META } from '../model/agent';
import { computeOdds, unansweredShareOfDay } from '../model/odds';
import type { Parameters } from '../model/parameters';
import { agentShape } from './shape-cache';
import { COUNTER_TO_METRIC, METRICS, METRIC_INDEX, Totals } from './metrics';
import { Census } from './census';
import { Ledger, type QuietDays } from './money';
import { CONTACT, DailyContacts } from './contacts';
import {
  DECISION,
  EVENT_DECISIONS_END,
  BLOCK as CONTACT_BLOCK,
  SLOTS,
  eventDecision,
  keyPrefix,
  uniform,
  uniformAt as keyedUniform,
} from './keyed';
import { MoveLog, type Moves } from './moves';

/** The agents' states and flags, one byte each; a stepper keeps them current. */
export interface Population {
  readonly size: number;
  readonly state: Uint8Array;
  readonly flags: Uint8Array;
}

/** Called by a stepper for every transition an agent takes (self-transitions included). */
export type TransitionSink = (
  agent: number,
  from: number,
  to: number,
  channel: number,
  counters: ArrayLike<number>,
) => void;

/** Advances one agent by one event, as the statechart says. */
export interface AgentStepper {
  send(agent: number, event: number, draws: Float64Array, odds: Float64Array): void;
  /**
   * Optional, for speed: delivers up to `count` events of type `event`, as `send` with the draws
   * of `Simulation.deliver` would, but hashing a draw only when a roll needs it; returns how many
   * it delivered (it stops once the agent's state ignores the event).
   */
  deliver?(
    agent: number,
    event: number,
    count: number,
    keys: Int32Array,
    first: number,
    odds: Float64Array,
  ): number;
}

/** Makes a stepper for a population; it reports transitions to `sink`. */
export type StepperFactory = (population: Population, sink: TransitionSink) => AgentStepper;

/** One simulated day: its metrics, the state counts at its end, and every move made. */
export interface DayFrame {
  /** 1 for the first simulated day */
  day: number;
  /** indexed by METRIC_INDEX */
  metrics: Float64Array;
  /** agents in each state at the end of the day, indexed like STATES */
  counts: Int32Array;
  /** the day's moves between states, in the order they happened (empty unless recorded) */
  moves: Moves;
}

export interface SimulationOptions {
  seed: number;
  stepper: StepperFactory;
  /** keep each day's moves for the animation (default false) */
  recordMoves?: boolean;
}

const EVENT = EVENT_INDEX;
const E = AGENT_EVENTS.length;
const IN_LOOP = Uint8Array.from(STATES, (s) =>
  ['product', 'feedback'].includes(STATE_META[s].place) ? 1 : 0,
);
const UNAWARE = STATE_INDEX.unaware;
const NOT_HANDLED = 255;
// Plain numbers for the hot loop (imported bindings can cost a property read each time).
const FOLLOWS_BIT = FLAG_BIT.follows;
const WARY_BIT = FLAG_BIT.wary;
const COUNTER_METRIC = COUNTER_TO_METRIC;
const uniformAt = keyedUniform;
const SLOT_COUNT = SLOTS;
const BLOCK = CONTACT_BLOCK;
const AD = EVENT.AD;
const RETARGET = EVENT.RETARGET;
const SHARED_POST = EVENT.SHARED_POST;
const PURPOSEFUL_POST = EVENT.PURPOSEFUL_POST;
const ANSWER_POST = EVENT.ANSWER_POST;
const ENTERTAINING_POST = EVENT.ENTERTAINING_POST;
const PRAISE = EVENT.PRAISE;
const WARN = EVENT.WARN;
const COMPLAINT = EVENT.COMPLAINT;
const REPLY = EVENT.REPLY;
const DAY = EVENT.DAY;
const FOLLOWER = STATE_INDEX.follower;
const ADS_TARGET = CONTACT.adsTarget;
const ADS_OTHER = CONTACT.adsOther;
const RETARGETED = CONTACT.retargeted;
const SHARED = CONTACT.shared;
const PURPOSEFUL_POSTS = CONTACT.purposefulPosts;
const ENTERTAINING_POSTS = CONTACT.entertainingPosts;
const ANSWER_POSTS = CONTACT.answerPosts;
const COMPLAINTS_SEEN = CONTACT.complaintsSeen;
const REPLIES = CONTACT.replies;
const PRAISED = CONTACT.praise;
const WARNED = CONTACT.warn;

/**
 * Expected impressions one person is shown when the platform aims `lambda` a day at them but
 * stops at `cap`: E[min(K, cap)] for K ~ Poisson(lambda). What the cap leaves unbought is not spent.
 */
export function cappedMean(lambda: number, cap: number): number {
  if (lambda <= 0) return 0;
  if (lambda > cap + 40 * Math.sqrt(lambda) + 40) return cap;
  let p = Math.exp(-lambda);
  let below = 0; // Σ k·p_k for k < cap
  let cdf = 0;
  for (let k = 0; k < cap; k++) {
    below += k * p;
    cdf += p;
    p *= lambda / (k + 1);
  }
  return below + cap * Math.max(0, 1 - cdf);
}

/** A seeded run of the loop, advanced one day at a time by `step()`. */
export class Simulation {
  readonly population: Population;
  private params: Parameters;
  /** the seed as the keys' 32-bit word */
  private readonly seed: number;
  private readonly stepper: AgentStepper;
  private readonly recordMoves: boolean;
  private readonly odds: Float64Array<ArrayBuffer>;
  private readonly draws = new Float64Array(SLOTS);
  private readonly drawsNeeded: Uint8Array;
  private readonly state: Uint8Array;
  private readonly contacts = new DailyContacts();
  /** today's key prefixes of the events' draw slots, at eventDecision(event, slot) */
  private readonly eventKeys = new Int32Array(E * SLOTS);
  /**
   * Yesterday's end, for today: how many can be retargeted, follow, talk well or badly; complaints
   * waiting. Read when today's rates are set, then recounted as each agent ends its day.
   */
  private readonly census: Census;
  private readonly targetCount: number;
  private readonly totals = new Totals();
  private readonly ledger: Ledger;
  private readonly moves = new MoveLog();
  private metrics = new Float64Array(METRICS.length);
  private pendingReposts = 0;
  /** complaints answered yesterday, whose replies followers see today */
  private pendingReplies = 0;
  /**
   * Lessons the brand has drawn from feedback so far: complaints answered and posts answering
   * questions; they raise the product's satisfaction (see `learnedSatisfaction`).
   */
  private lessons = 0;
  /** Events delivered to agents so far (for benchmarks: one agent taking one event is one agent-event). */
  eventsDelivered = 0;
  private dayNumber = 0;

  constructor(params: Parameters, options: SimulationOptions) {
    const n = params['audience.size'];
    this.params = params;
    this.seed = options.seed | 0;
    this.recordMoves = options.recordMoves ?? false;
    this.targetCount = Math.round(params['audience.targetShare'] * n);
    const flags = new Uint8Array(n);
    // Agents 0 … targetCount−1 form the target audience; every draw of a partner is uniform, so placement is moot.
    flags.fill(FLAG_BIT.target, 0, this.targetCount);
    this.contacts.setTargetCount(this.targetCount);
    const state = new Uint8Array(n);
    const initialFollowers = params['audience.initialFollowers'];
    for (let i = 0; i < n; i++) {
      if (uniform(this.seed, i, 0, DECISION.initialFollower, 0) < initialFollowers) {
        // as the statechart leaves someone who has just followed the page: following, and in touch
        state[i] = FOLLOWER;
        flags[i]! |= FLAG_BIT.follows | FLAG_BIT.inTouch;
      }
    }
    this.population = { size: n, state, flags };
    this.state = state;
    this.census = new Census(n);
    for (let i = 0; i < n; i++) this.census.enlist(i, state[i]!, flags[i]!);
    this.odds = computeOdds(params);
    this.ledger = new Ledger(n);
    const shape = agentShape();
    if (Math.max(...shape.draws) > SLOTS) throw new Error(`an event carries more than ${SLOTS} draws`);
    if (eventDecision(E, 0) > EVENT_DECISIONS_END) throw new Error('too many events for the draw keys');
    // Draws each (state, event) needs, or NOT_HANDLED when the state ignores the event.
    this.drawsNeeded = Uint8Array.from(shape.draws, (d, k) =>
      shape.transitions[Math.floor(k / E)]![k % E]!.length > 0 ? d : NOT_HANDLED,
    );
    this.stepper = options.stepper(this.population, this.onTransition);
  }

  /** Bytes of per-agent storage the engine holds: states, flags, the census's bits and the ledger's (contacts are drawn block by block, not stored). */
  bytesPerAgent(): number {
    return 2 + Census.BYTES_PER_AGENT + Ledger.BYTES_PER_AGENT;
  }

  /** Days simulated so far. */
  get day(): number {
    return this.dayNumber;
  }

  /** Changes the strategy from the next day on. The audience size is fixed for a run. */
  setParameters(params: Parameters): void {
    if (params['audience.size'] !== this.population.size) {
      throw new Error('audience.size cannot change during a run; start a new one');
    }
    this.params = params;
    computeOdds(params, this.odds, this.lessons);
  }

  private readonly onTransition: TransitionSink = (agent, from, to, channel, counters) => {
    for (let k = 0; k < counters.length; k++) this.metrics[COUNTER_METRIC[counters[k]!]!]!++;
    this.ledger.transition(agent, channel, counters, this.population.flags[agent]!, this.metrics);
    if (this.recordMoves && from !== to) this.moves.push(agent, from, to, channel);
  };

  /** Keys today's draws: the prefixes of every event slot and of the contacts. */
  private keyDay(day: number): void {
    const seed = this.seed;
    for (let k = 0; k < this.eventKeys.length; k++) this.eventKeys[k] = keyPrefix(seed, day, k);
    this.contacts.startDay(seed, day);
  }

  /**
   * Delivers up to `count` events of one type to agent i, stopping once its state ignores them.
   * Draw slot d of the agent's k-th event of type e today is uniform(seed, i, day, e·SLOTS + d, k).
   */
  private deliver(i: number, event: number, count: number): void {
    const { state, draws, drawsNeeded, eventKeys, stepper, odds } = this;
    const first = event * SLOT_COUNT;
    if (stepper.deliver) {
      this.eventsDelivered += stepper.deliver(i, event, count, eventKeys, first, odds);
      return;
    }
    for (let k = 0; k < count; k++) {
      const n = drawsNeeded[state[i]! * E + event]!;
      if (n === NOT_HANDLED) return;
      for (let d = 0; d < n; d++) draws[d] = uniformAt(eventKeys[first + d]!, i, k);
      stepper.send(i, event, draws, odds);
      this.eventsDelivered++;
    }
  }

  /**
   * Word of mouth, from who had bought by the end of yesterday. Every customer or advocate who is
   * not unhappy makes Poisson(c) good mentions a day (c = wom.contactsPerDay), each to a person
   * drawn uniformly from the whole population; an unhappy one makes Poisson(c·m) bad ones
   * (m = wom.negativeMultiplier). The engine draws that same process from the listeners' side. By
   * superposition the S speakers' good mentions total Poisson(S·c); each lands on a given person
   * with probability 1/n, independently, so by thinning (the colouring theorem) each person hears
   * Poisson(S·c/n) good mentions, independently of everyone else — and likewise bad ones. One keyed
   * draw per listener then gives the same distribution as scattering every speaker's mentions, and a
   * listener's count moves only when the rate does, never because someone else's did.
   */
  private talk(): void {
    const p = this.params;
    const n = this.population.size;
    const { goodSpeakers, badSpeakers } = this.census;
    const c = p['wom.contactsPerDay'];
    this.contacts.set(CONTACT.praise, (goodSpeakers * c) / n);
    this.contacts.set(CONTACT.warn, (badSpeakers * c * p['wom.negativeMultiplier']) / n);
  }

  /** Ads: prospecting over the target audience and everyone else, retargeting over the pool; returns the spend. */
  private advertise(poolSize: number): number {
    const p = this.params;
    const n = this.population.size;
    const c = this.contacts;
    const planned = (p['ads.dailyBudget'] / p['ads.cpm']) * 1000;
    const prospecting = planned * (1 - p['ads.retargetingShare']);
    const retargeting = planned * p['ads.retargetingShare'];
    const nTarget = this.targetCount;
    const nOther = n - nTarget;
    const precision = nTarget === 0 ? 0 : nOther === 0 ? 1 : p['research.targetingPrecision'];
    const rateTarget = nTarget > 0 ? (prospecting * precision) / nTarget : 0;
    const rateOther = nOther > 0 ? (prospecting * (1 - precision)) / nOther : 0;
    const rateRetarget = poolSize > 0 ? retargeting / poolSize : 0;
    const cap = p['ads.frequencyCap'];
    c.set(CONTACT.adsTarget, rateTarget, cap);
    c.set(CONTACT.adsOther, rateOther, cap);
    c.set(CONTACT.retargeted, rateRetarget, cap);
    const bought =
      nTarget * cappedMean(rateTarget, cap) +
      nOther * cappedMean(rateOther, cap) +
      poolSize * cappedMean(rateRetarget, cap);
    // Billed in cents: the cap's expected cut is exact, but nobody pays a millionth of a cent.
    return Math.round((bought * p['ads.cpm']) / 10) / 100;
  }

  /**
   * Posts seen by followers, one kind per goal of the content plan (sales, answers, awareness),
   * and complaints still waiting for an answer, which sit on the page. Returns the posts that
   * answer questions published today (each is a lesson for the product).
   */
  private publish(): number {
    const p = this.params;
    const c = this.contacts;
    const reach = p['content.organicReach'];
    const posts = p['content.postsPerWeek'] / 7;
    const withGoal = posts * p['content.purposefulShare'];
    const answers = withGoal * p['content.answerShare'];
    c.set(CONTACT.purposefulPosts, (withGoal - answers) * reach);
    c.set(CONTACT.answerPosts, answers * reach);
    c.set(CONTACT.entertainingPosts, (posts - withGoal) * reach);
    // A complaint nobody will answer stays in sight all day; one that will be answered, until the answer comes.
    const { waiting, waitingForAnswer } = this.census;
    const inSight =
      waiting - waitingForAnswer + waitingForAnswer * unansweredShareOfDay(p['feedback.responseHours']);
    c.set(CONTACT.complaintsSeen, inSight * reach);
    // Yesterday's answers to complaints stay on the page for followers to read.
    c.set(CONTACT.replies, this.pendingReplies * reach);
    return answers;
  }

  /**
   * Each agent lives its day in turn: its contacts, then the passing of the day; counted where it
   * ends. The contacts are drawn from where the agent stood at the end of yesterday — its state
   * and flags when its turn comes, since an agent moves only on its own turn.
   */
  private live(m: Float64Array, counts: Int32Array): { inLoop: number; followers: number } {
    const { size: n, state, flags } = this.population;
    const c = this.contacts;
    const drawsNeeded = this.drawsNeeded;
    const next = this.census;
    next.reset();
    const nTarget = this.targetCount;
    let impressions = 0;
    let reach = 0;
    let mentions = 0;
    let badMentions = 0;
    let inLoop = 0;
    let followerTotal = 0;
    let doubting = 0;
    const { counts: contactCounts, touched } = c;
    // channels on which anyone in the current block may have a contact today (bits 1 << channel)
    let open = 0;
    for (let i = 0; i < n; i++) {
      const j = i % BLOCK;
      // Each block's contacts are counted when the day reaches it, from yesterday's states.
      if (j === 0) open = c.countBlock(i / BLOCK, n, next);
      let a = 0;
      let r = 0;
      let shared = 0;
      let goalPosts = 0;
      let answerPosts = 0;
      let funPosts = 0;
      let complaints = 0;
      let replies = 0;
      let praise = 0;
      let warn = 0;
      if (touched[j]) {
        const ads = i < nTarget ? ADS_TARGET : ADS_OTHER;
        if (open & (1 << ads)) a = contactCounts[ads * BLOCK + j]!;
        if (open & (1 << RETARGETED)) r = contactCounts[RETARGETED * BLOCK + j]!;
        if (open & (1 << SHARED)) shared = contactCounts[SHARED * BLOCK + j]!;
        if (open & (1 << PURPOSEFUL_POSTS)) goalPosts = contactCounts[PURPOSEFUL_POSTS * BLOCK + j]!;
        if (open & (1 << ANSWER_POSTS)) answerPosts = contactCounts[ANSWER_POSTS * BLOCK + j]!;
        if (open & (1 << ENTERTAINING_POSTS)) funPosts = contactCounts[ENTERTAINING_POSTS * BLOCK + j]!;
        if (open & (1 << REPLIES)) replies = contactCounts[REPLIES * BLOCK + j]!;
        if (open & (1 << COMPLAINTS_SEEN)) complaints = contactCounts[COMPLAINTS_SEEN * BLOCK + j]!;
        if (open & (1 << PRAISED)) praise = contactCounts[PRAISED * BLOCK + j]!;
        if (open & (1 << WARNED)) warn = contactCounts[WARNED * BLOCK + j]!;
        mentions += praise;
        badMentions += warn;
      }
      if (a + r > 0) {
        impressions += a + r;
        reach++;
        if (a > 0) this.deliver(i, AD, a);
        if (r > 0) this.deliver(i, RETARGET, r);
      }
      if (shared > 0) this.deliver(i, SHARED_POST, shared);
      if (goalPosts > 0) this.deliver(i, PURPOSEFUL_POST, goalPosts);
      if (answerPosts > 0) this.deliver(i, ANSWER_POST, answerPosts);
      if (funPosts > 0) this.deliver(i, ENTERTAINING_POST, funPosts);
      if (praise > 0) this.deliver(i, PRAISE, praise);
      if (warn > 0) this.deliver(i, WARN, warn);
      if (complaints > 0) this.deliver(i, COMPLAINT, complaints);
      if (replies > 0) this.deliver(i, REPLY, replies);
      if (drawsNeeded[state[i]! * E + DAY] !== NOT_HANDLED) this.deliver(i, DAY, 1);
      const s = state[i]!;
      const f = flags[i]!;
      counts[s]!++;
      inLoop += IN_LOOP[s]!;
      if (f & FOLLOWS_BIT) followerTotal++;
      if (f & WARY_BIT) doubting++;
      next.enlist(i, s, f);
    }
    m[METRIC_INDEX.impressions] = impressions;
    m[METRIC_INDEX.reach] = reach;
    m[METRIC_INDEX.mentions] = mentions;
    m[METRIC_INDEX.badMentions] = badMentions;
    m[METRIC_INDEX.doubting] = doubting;
    return { inLoop, followers: followerTotal };
  }

  /**
   * Today's chance that a loyal customer has no contact at all — no ad, no mention and, for those
   * following the page, no post — by segment: the days on which they may drift away.
   */
  private quietDays(): QuietDays[] {
    const rate = this.contacts.rate;
    const posts =
      rate[CONTACT.purposefulPosts]! + rate[CONTACT.answerPosts]! + rate[CONTACT.entertainingPosts]!;
    return [CONTACT.adsTarget, CONTACT.adsOther].map((ads) => {
      const alone = Math.exp(-(rate[ads]! + rate[CONTACT.praise]!));
      return { alone, following: alone * Math.exp(-posts) };
    });
  }

  /** Simulates one day and returns its frame (fresh arrays, safe to keep). */
  step(): DayFrame {
    const p = this.params;
    const n = this.population.size;
    const I = METRIC_INDEX;
    this.dayNumber++;
    const m = (this.metrics = new Float64Array(METRICS.length));
    this.moves.reset();
    this.keyDay(this.dayNumber);
    this.talk();
    // Yesterday's reposts show the post to content.shareReach people each, anyone in the audience.
    this.contacts.set(CONTACT.shared, (this.pendingReposts * p['content.shareReach']) / n);
    m[I.adSpend] = this.advertise(this.census.poolSize);
    const answersPublished = this.publish();
    const counts = new Int32Array(STATES.length);
    const { inLoop, followers } = this.live(m, counts);
    m[I.revenue] = m[I.purchases]! * p['product.price'];
    m[I.aware] = n - counts[UNAWARE]!;
    m[I.followers] = followers;
    this.pendingReposts = m[I.reposts]!;
    this.pendingReplies = m[I.complaintsAnswered]!;
    this.totals.close(m, inLoop);
    this.ledger.close(m, this.population, p, this.odds, this.quietDays());
    // What the brand learned today shapes the product from tomorrow on.
    const lessons = m[I.complaintsAnswered]! + answersPublished;
    if (lessons > 0 && p['product.learningRate'] > 0) {
      this.lessons += lessons;
      computeOdds(p, this.odds, this.lessons);
    }
    return { day: this.dayNumber, metrics: m, counts, moves: this.moves.snapshot() };
  }
}
