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
import {
  AGENT_EVENTS,
  COUNTERS,
  EVENT_INDEX,
  FLAG_BIT,
  STATES,
  STATE_INDEX,
  flagsAllow,
} from '../model/agent';
import {
  ODDS_COUNT,
  ODDS_INDEX,
  computeOdds,
  learnedSatisfaction,
  unansweredShareOfDay,
} from '../model/odds';
import type { Parameters } from '../model/parameters';
import { agentShape } from './shape-cache';
import { CHURN_METRIC, COUNTER_TO_METRIC, IN_LOOP, METRICS, METRIC_INDEX, Totals } from './metrics';
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
import { WaitingTimes } from './waits';
import { agentTransitions } from './transitions';
import type { Journey, JourneyStep } from './journey';

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

/**
 * Makes a stepper for a population; it reports transitions to `sink`, and adds one to
 * `tally[t]` each time an agent takes the machine's transition numbered t (see transitions.ts),
 * whether or not the sink hears of it.
 */
export type StepperFactory = (
  population: Population,
  sink: TransitionSink,
  tally?: Int32Array,
) => AgentStepper;

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
  /**
   * how many times each transition of the machine was taken today, indexed by its number (see
   * transitions.ts), self-transitions included. Set by `Simulation.step` unless the simulation was
   * told not to count them; frames made elsewhere (a run assembled from metrics only) leave it out.
   */
  transitions?: Int32Array;
}

export interface SimulationOptions {
  seed: number;
  stepper: StepperFactory;
  /** keep each day's moves for the animation (default false) */
  recordMoves?: boolean;
  /**
   * Count each machine transition taken each day (`DayFrame.transitions`); on by default. Nearly
   * free for the fast runner; the XState runner reads them from XState's inspection, which slows
   * it by about a third, so comparisons of the runs alone can leave them out.
   */
  countTransitions?: boolean;
  /**
   * Record every transition of this agent (see `Simulation.journey`). The run is the same with or
   * without: the agent's events are delivered one by one, with the draws the fast path would use.
   */
  traceAgent?: number;
}

const EVENT = EVENT_INDEX;
const E = AGENT_EVENTS.length;
const UNAWARE = STATE_INDEX.unaware;
const NOT_HANDLED = 255;
/** The draw whose passing days are drawn as waiting times (see waits.ts). */
const WAITED_DRAW = 'forget';
const FORGET = ODDS_INDEX.forget;
/**
 * How an agent's DAY goes, by state and flags: nothing to do; an ordinary event; an event whose
 * every transition needs the waited draw's roll to pass (nothing happens on other days); or one
 * in which some transitions read that draw and others do not.
 */
const NO_DAY = 0;
const PLAIN_DAY = 1;
const WAITING_DAY = 2;
const MIXED_DAY = 3;
/** 1 for the kinds of day an agent has to live every day, whatever its contacts */
const ACTIVE_DAY = Uint8Array.from([0, 1, 0, 1]);
// Plain numbers for the hot loop (imported bindings can cost a property read each time).
const COUNTER_METRIC = COUNTER_TO_METRIC;
const CHURNED = COUNTERS.indexOf('churned');
const ANSWERED = COUNTERS.indexOf('answered');
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
  private readonly countTransitions: boolean;
  private readonly odds: Float64Array<ArrayBuffer>;
  private readonly draws = new Float64Array(SLOTS);
  private readonly drawsNeeded: Uint8Array;
  /** how each (state × 256 + flags) lives its DAY: NO_DAY, PLAIN_DAY, WAITING_DAY or MIXED_DAY */
  private readonly dayKind: Uint8Array;
  /** the slot of the waited draw on DAY, by state (−1: not read) */
  private readonly waitedSlot: Int8Array;
  /** the days on which each agent's forget roll passes */
  private readonly forgetting: WaitingTimes;
  /** agents whose forget roll passes today, as bits (agent i: bit i % 32 of word ⌊i / 32⌋) */
  private readonly passing: Int32Array;
  /** agents whose state and flags give them a day to live whatever their contacts, as bits likewise */
  private readonly active: Int32Array;
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
  /** today's count of each machine transition taken (see transitions.ts) */
  private readonly tally = new Int32Array(agentTransitions().list.length);
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
  /** the agent whose transitions are recorded (−1: none) */
  private readonly traced: number;
  private readonly journeySteps: JourneyStep[] = [];
  private readonly tracedStart: { state: number; flags: number };

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
    this.census.count();
    this.odds = computeOdds(params);
    this.forgetting = new WaitingTimes(n, this.seed, DECISION.forgetWait, this.targetCount);
    this.ledger = new Ledger(n);
    const shape = agentShape();
    if (Math.max(...shape.draws) > SLOTS) throw new Error(`an event carries more than ${SLOTS} draws`);
    if (eventDecision(E, 0) > EVENT_DECISIONS_END) throw new Error('too many events for the draw keys');
    // Draws each (state, event) needs, or NOT_HANDLED when the state ignores the event.
    this.drawsNeeded = Uint8Array.from(shape.draws, (d, k) =>
      shape.transitions[Math.floor(k / E)]![k % E]!.length > 0 ? d : NOT_HANDLED,
    );
    this.waitedSlot = Int8Array.from(STATES, (_, st) => shape.drawNames[st]![DAY]!.indexOf(WAITED_DRAW));
    this.dayKind = dayKinds(shape, this.waitedSlot);
    // whole blocks of 64 agents, two words each, as the census's bit sets
    const words = 2 * Math.ceil(n / BLOCK);
    this.passing = new Int32Array(words);
    this.active = new Int32Array(words);
    for (let i = 0; i < n; i++) {
      if (ACTIVE_DAY[this.dayKind[(state[i]! << 8) | flags[i]!]!]) this.active[i >>> 5]! |= 1 << (i & 31);
    }
    this.countTransitions = options.countTransitions ?? true;
    const traced = options.traceAgent ?? -1;
    this.traced = Number.isInteger(traced) && traced >= 0 && traced < n ? traced : -1;
    this.tracedStart = {
      state: state[Math.max(0, this.traced)] ?? 0,
      flags: flags[Math.max(0, this.traced)] ?? 0,
    };
    // Tracing reads the transition taken from the counts, so it has them counted.
    this.stepper = options.stepper(
      this.population,
      this.onTransition,
      this.countTransitions || this.traced >= 0 ? this.tally : undefined,
    );
  }

  /** Bytes of per-agent storage the engine holds: states, flags, the census's bits and the ledger's (contacts are drawn block by block, not stored). */
  bytesPerAgent(): number {
    return 2 + Census.BYTES_PER_AGENT + Ledger.BYTES_PER_AGENT + WaitingTimes.BYTES_PER_AGENT;
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
    for (let k = 0; k < counters.length; k++) {
      const counter = counters[k]!;
      this.metrics[COUNTER_METRIC[counter]!]!++;
      if (counter === CHURNED) this.metrics[CHURN_METRIC[channel]!]!++;
    }
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
    if (i === this.traced) {
      this.deliverTraced(i, event, count);
      return;
    }
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
   * Each agent lives its day in turn: its contacts, then the passing of the day. The contacts are
   * drawn from where the agent stood at the end of yesterday — its state and flags when its turn
   * comes, since an agent moves only on its own turn. An agent with no contact whose state and
   * flags leave nothing to happen today is passed over; the census is told of every agent that moved.
   */
  private live(m: Float64Array): void {
    const { size: n, state, flags } = this.population;
    const c = this.contacts;
    const census = this.census;
    const { dayKind, passing, active } = this;
    let impressions = 0;
    let reach = 0;
    let mentions = 0;
    let badMentions = 0;
    const nTarget = this.targetCount;
    const { counts: contactCounts, touched, touchedBits } = c;
    for (let b = 0, first = 0; first < n; b++, first += BLOCK) {
      // Each block's contacts are counted when the day reaches it, from yesterday's states.
      // open: channels on which anyone in the block may have a contact today (bits 1 << channel)
      const open = c.countBlock(b, n, census);
      // Those with something to do today, in agent order: a contact, a day that is not empty,
      // or the day their forget roll passes.
      for (let w = 0; w < 2; w++) {
        const word = 2 * b + w;
        let due = touchedBits[w]! | active[word]! | passing[word]!;
        while (due !== 0) {
          const lowest = due & -due;
          due ^= lowest;
          const j = 32 * w + 31 - Math.clz32(lowest);
          const i = first + j;
          const s0 = state[i]!;
          const f0 = flags[i]!;
          if (touched[j]) {
            const ads = i < nTarget ? ADS_TARGET : ADS_OTHER;
            const a = open & (1 << ads) ? contactCounts[ads * BLOCK + j]! : 0;
            const r = open & (1 << RETARGETED) ? contactCounts[RETARGETED * BLOCK + j]! : 0;
            if (a + r > 0) {
              impressions += a + r;
              reach++;
              if (a > 0) this.deliver(i, AD, a);
              if (r > 0) this.deliver(i, RETARGET, r);
            }
            if (open & (1 << SHARED)) this.deliverSome(i, SHARED_POST, contactCounts[SHARED * BLOCK + j]!);
            if (open & (1 << PURPOSEFUL_POSTS))
              this.deliverSome(i, PURPOSEFUL_POST, contactCounts[PURPOSEFUL_POSTS * BLOCK + j]!);
            if (open & (1 << ANSWER_POSTS))
              this.deliverSome(i, ANSWER_POST, contactCounts[ANSWER_POSTS * BLOCK + j]!);
            if (open & (1 << ENTERTAINING_POSTS))
              this.deliverSome(i, ENTERTAINING_POST, contactCounts[ENTERTAINING_POSTS * BLOCK + j]!);
            if (open & (1 << PRAISED)) {
              const praise = contactCounts[PRAISED * BLOCK + j]!;
              mentions += praise;
              this.deliverSome(i, PRAISE, praise);
            }
            if (open & (1 << WARNED)) {
              const warn = contactCounts[WARNED * BLOCK + j]!;
              badMentions += warn;
              this.deliverSome(i, WARN, warn);
            }
            if (open & (1 << COMPLAINTS_SEEN))
              this.deliverSome(i, COMPLAINT, contactCounts[COMPLAINTS_SEEN * BLOCK + j]!);
            if (open & (1 << REPLIES)) this.deliverSome(i, REPLY, contactCounts[REPLIES * BLOCK + j]!);
          }
          const kind = dayKind[(state[i]! << 8) | flags[i]!]!;
          if (kind === PLAIN_DAY) this.deliver(i, DAY, 1);
          else if (kind !== NO_DAY) {
            const passes = (passing[word]! & lowest) !== 0;
            // on a waiting day nothing can happen unless the waited roll passes
            if (passes || kind === MIXED_DAY) this.deliverWaited(i, passes);
          }
          const s1 = state[i]!;
          const f1 = flags[i]!;
          if (s1 !== s0 || f1 !== f0) {
            census.move(i, s0, f0, s1, f1);
            const nowActive = ACTIVE_DAY[dayKind[(s1 << 8) | f1]!]!;
            active[word] = (active[word]! & ~lowest) | (-nowActive & lowest);
          }
        }
      }
    }
    m[METRIC_INDEX.impressions] = impressions;
    m[METRIC_INDEX.reach] = reach;
    m[METRIC_INDEX.mentions] = mentions;
    m[METRIC_INDEX.badMentions] = badMentions;
  }

  /** Delivers `count` events of one type when there are any. */
  private deliverSome(i: number, event: number, count: number): void {
    if (count > 0) this.deliver(i, event, count);
  }

  /**
   * Delivers agent i's DAY with the waited draw made to pass or fail as its waiting times say:
   * p·v when it passes today, p + (1 − p)·v when not (v the slot's own keyed uniform), uniform
   * in [0, 1) either way. Every runner is handed these same draws.
   */
  private deliverWaited(i: number, passes: boolean): void {
    const { state, draws, drawsNeeded, eventKeys } = this;
    const s = state[i]!;
    const first = DAY * SLOT_COUNT;
    const needed = drawsNeeded[s * E + DAY]!;
    const slot = this.waitedSlot[s]!;
    for (let d = 0; d < needed; d++) draws[d] = uniformAt(eventKeys[first + d]!, i, 0);
    if (slot >= 0) {
      const p = this.odds[(i < this.targetCount ? 0 : ODDS_COUNT) + FORGET]!;
      const v = draws[slot]!;
      draws[slot] = passes ? p * v : p + (1 - p) * v;
    }
    if (i === this.traced) this.sendTraced(i, DAY, draws);
    else this.stepper.send(i, DAY, draws, this.odds);
    this.eventsDelivered++;
  }

  /** `deliver` for the traced agent: one event at a time, each recorded. */
  private deliverTraced(i: number, event: number, count: number): void {
    const { state, draws, drawsNeeded, eventKeys } = this;
    const first = event * SLOT_COUNT;
    for (let k = 0; k < count; k++) {
      const n = drawsNeeded[state[i]! * E + event]!;
      if (n === NOT_HANDLED) return;
      for (let d = 0; d < n; d++) draws[d] = uniformAt(eventKeys[first + d]!, i, k);
      this.sendTraced(i, event, draws);
      this.eventsDelivered++;
    }
  }

  /** Sends one event to the traced agent and records the transition it took, if any. */
  private sendTraced(i: number, event: number, draws: Float64Array): void {
    const { state, flags } = this.population;
    const from = state[i]!;
    const flagsBefore = flags[i]!;
    const catalog = agentTransitions();
    const lo = catalog.start[from * E + event]!;
    const hi = catalog.start[from * E + event + 1]!;
    const before = this.tally.slice(lo, hi);
    this.stepper.send(i, event, draws, this.odds);
    let taken = -1;
    for (let t = lo; t < hi; t++) if (this.tally[t] !== before[t - lo]) taken = t;
    if (taken < 0) return;
    const info = catalog.list[taken]!;
    const row = agentShape().transitions[from]![event]![info.order]!;
    const to = state[i]!;
    const flagsAfter = flags[i]!;
    const counters = [...row.counters];
    const changed = (flagsBefore ^ flagsAfter) & ~FLAG_BIT.inTouch;
    if (to === from && changed === 0 && counters.length === 0) return;
    const step: JourneyStep = {
      day: this.dayNumber,
      event,
      transition: taken,
      from,
      to,
      channel: row.channel,
      flagsBefore,
      flagsAfter,
      counters,
    };
    if (counters.includes(ANSWERED)) step.responseHours = this.params['feedback.responseHours'];
    this.journeySteps.push(step);
  }

  /** The traced agent's journey so far (see `SimulationOptions.traceAgent`); null when none is traced. */
  journey(): Journey | null {
    if (this.traced < 0) return null;
    return {
      agent: this.traced,
      initialState: this.tracedStart.state,
      initialFlags: this.tracedStart.flags,
      days: this.dayNumber,
      steps: this.journeySteps.map((s) => ({ ...s, counters: [...s.counters] })),
    };
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
    this.tally.fill(0);
    this.keyDay(this.dayNumber);
    this.forgetting.setChances(this.dayNumber, this.odds[FORGET]!, this.odds[ODDS_COUNT + FORGET]!);
    this.passing.fill(0);
    this.forgetting.passing(this.dayNumber, this.passing);
    this.talk();
    // Yesterday's reposts show the post to content.shareReach people each, anyone in the audience.
    this.contacts.set(CONTACT.shared, (this.pendingReposts * p['content.shareReach']) / n);
    m[I.adSpend] = this.advertise(this.census.poolSize);
    const answersPublished = this.publish();
    this.live(m);
    const counts = new Int32Array(STATES.length);
    this.census.count(counts);
    let inLoop = 0;
    for (let s = 0; s < counts.length; s++) inLoop += IN_LOOP[s]! * counts[s]!;
    m[I.revenue] = m[I.purchases]! * p['product.price'];
    m[I.aware] = n - counts[UNAWARE]!;
    m[I.followers] = this.census.followerCount;
    m[I.doubting] = this.census.doubting;
    this.pendingReposts = m[I.reposts]!;
    this.pendingReplies = m[I.complaintsAnswered]!;
    this.totals.close(m, inLoop);
    this.ledger.close(m, this.census.cells, p, this.odds, this.quietDays());
    // What the brand learned today shapes the product from tomorrow on.
    const lessons = m[I.complaintsAnswered]! + answersPublished;
    if (lessons > 0 && p['product.learningRate'] > 0) {
      this.lessons += lessons;
      computeOdds(p, this.odds, this.lessons);
    }
    m[I.satisfaction] = learnedSatisfaction(p, this.lessons);
    return {
      day: this.dayNumber,
      metrics: m,
      counts,
      moves: this.moves.snapshot(),
      ...(this.countTransitions ? { transitions: this.tally.slice() } : {}),
    };
  }
}

/**
 * How each (state, flags) lives its DAY, at state × 256 + flags (see NO_DAY … MIXED_DAY): read
 * from the transitions the flags allow, up to the first that always fires.
 */
function dayKinds(shape: ReturnType<typeof agentShape>, waitedSlot: Int8Array): Uint8Array {
  const kinds = new Uint8Array(STATES.length * 256);
  for (let s = 0; s < STATES.length; s++) {
    const slot = waitedSlot[s]!;
    for (let f = 0; f < 256; f++) {
      let candidates = 0;
      let waiting = 0;
      for (const t of shape.transitions[s]![DAY]!) {
        if (!flagsAllow(f, t.need, t.forbid)) continue;
        candidates++;
        if (t.rolls.some(([, draw]) => draw === slot)) waiting++;
        if (t.rolls.length === 0) break;
      }
      kinds[(s << 8) | f] =
        candidates === 0
          ? NO_DAY
          : waiting === 0
            ? PLAIN_DAY
            : waiting === candidates
              ? WAITING_DAY
              : MIXED_DAY;
    }
  }
  return kinds;
}
