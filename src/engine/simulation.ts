/**
 * The daily mechanics of the loop: who sees an ad, a post or a mention today, in what order,
 * with which random draws. What an agent does with each contact is not decided here but by
 * the statechart, through a pluggable stepper (the XState reference or the compiled table);
 * both read the same draws from the same stream, so they must give identical runs.
 */
import { AGENT_EVENTS, FLAG_BIT, STATES, STATE_META } from '../model/agent';
import { computeOdds } from '../model/odds';
import type { Parameters } from '../model/parameters';
import { agentShape } from './shape-cache';
import { COUNTER_TO_METRIC, METRICS, METRIC_INDEX, Totals } from './metrics';
import { Census } from './census';
import { Ledger } from './money';
import { CONTACT_CAP, Contacts } from './contacts';
import { MoveLog, type Moves } from './moves';
import { Random, poisson as poissonDraw } from './random';

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

const EVENT = Object.fromEntries(AGENT_EVENTS.map((e, i) => [e, i])) as Record<
  (typeof AGENT_EVENTS)[number],
  number
>;
const E = AGENT_EVENTS.length;
const IN_LOOP = Uint8Array.from(STATES, (s) =>
  ['product', 'feedback'].includes(STATE_META[s].place) ? 1 : 0,
);
const UNAWARE = STATES.indexOf('unaware');
const NOT_HANDLED = 255;
// Plain numbers for the hot loop (imported bindings can cost a property read each time).
const FOLLOWS_BIT = FLAG_BIT.follows;
const poisson = poissonDraw;
const COUNTER_METRIC = COUNTER_TO_METRIC;
const AD = EVENT.AD;
const RETARGET = EVENT.RETARGET;
const SHARED_POST = EVENT.SHARED_POST;
const PURPOSEFUL_POST = EVENT.PURPOSEFUL_POST;
const ENTERTAINING_POST = EVENT.ENTERTAINING_POST;
const PRAISE = EVENT.PRAISE;
const WARN = EVENT.WARN;
const COMPLAINT = EVENT.COMPLAINT;
const DAY = EVENT.DAY;
const FOLLOWER = STATES.indexOf('follower');

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
  private readonly rng: Random;
  private readonly stepper: AgentStepper;
  private readonly recordMoves: boolean;
  private readonly odds: Float64Array<ArrayBuffer>;
  private readonly draws = new Float64Array(16);
  private readonly drawsNeeded: Uint8Array;
  private readonly state: Uint8Array;
  private readonly contacts: Contacts;
  /** who can be retargeted, and who follows the page, at the start of the day */
  /**
   * Yesterday's end, for today: who can be retargeted, follows, talks; complaints waiting. Read
   * while today's contacts are drawn, then refilled as each agent ends its day.
   */
  private readonly census: Census;
  private readonly targetCount: number;
  private readonly totals = new Totals();
  private readonly ledger: Ledger;
  private readonly moves = new MoveLog();
  private metrics = new Float64Array(METRICS.length);
  private pendingReposts = 0;
  /** Events delivered to agents so far (for benchmarks: one agent taking one event is one agent-event). */
  eventsDelivered = 0;
  private dayNumber = 0;

  constructor(params: Parameters, options: SimulationOptions) {
    const n = params['audience.size'];
    this.params = params;
    this.rng = new Random(options.seed);
    this.recordMoves = options.recordMoves ?? false;
    this.targetCount = Math.round(params['audience.targetShare'] * n);
    const flags = new Uint8Array(n);
    // Agents 0 … targetCount−1 form the target audience; every draw of a partner is uniform, so placement is moot.
    flags.fill(FLAG_BIT.target, 0, this.targetCount);
    const state = new Uint8Array(n);
    const initialFollowers = params['audience.initialFollowers'];
    for (let i = 0; i < n; i++) {
      if (this.rng.next() < initialFollowers) {
        state[i] = FOLLOWER;
        flags[i]! |= FLAG_BIT.follows;
      }
    }
    this.population = { size: n, state, flags };
    this.state = state;
    this.contacts = new Contacts(n, this.rng);
    this.census = new Census(n);
    for (let i = 0; i < n; i++) this.census.enlist(i, state[i]!, flags[i]!);
    this.odds = computeOdds(params);
    this.ledger = new Ledger(n);
    const shape = agentShape();
    // Draws each (state, event) needs, or NOT_HANDLED when the state ignores the event.
    this.drawsNeeded = Uint8Array.from(shape.draws, (d, k) =>
      shape.transitions[Math.floor(k / E)]![k % E]!.length > 0 ? d : NOT_HANDLED,
    );
    this.stepper = options.stepper(this.population, this.onTransition);
  }

  /** Bytes of per-agent storage the engine holds (states, flags, today's contacts, the day's lists). */
  bytesPerAgent(): number {
    return 2 + Contacts.BYTES_PER_AGENT + Census.BYTES_PER_AGENT + Ledger.BYTES_PER_AGENT;
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
    computeOdds(params, this.odds);
  }

  private readonly onTransition: TransitionSink = (agent, from, to, channel, counters) => {
    for (let k = 0; k < counters.length; k++) this.metrics[COUNTER_METRIC[counters[k]!]!]!++;
    this.ledger.transition(agent, channel, counters, this.population.flags[agent]!, this.metrics);
    if (this.recordMoves && from !== to) this.moves.push(agent, from, to, channel);
  };

  /** Delivers up to `count` events of one type to agent i, stopping once its state ignores them. */
  private deliver(i: number, event: number, count: number): void {
    const { state, draws, drawsNeeded, rng, stepper, odds } = this;
    for (let k = 0; k < count; k++) {
      const n = drawsNeeded[state[i]! * E + event]!;
      if (n === NOT_HANDLED) return;
      for (let d = 0; d < n; d++) draws[d] = rng.next();
      stepper.send(i, event, draws, odds);
      this.eventsDelivered++;
    }
  }

  /**
   * How many of `shown` same-day impressions a person notices: the first always, each further
   * one with `wearout` times the chance of the one before (one draw per further impression).
   */
  private noticed(shown: number, wearout: number): number {
    let noticed = shown > 0 ? 1 : 0;
    let chance = 1;
    for (let j = 1; j < shown; j++) {
      chance *= wearout;
      if (this.rng.next() < chance) noticed++;
    }
    return noticed;
  }

  /** Word of mouth, from who had bought by the end of yesterday, in agent order. */
  private talk(m: Float64Array): void {
    const p = this.params;
    const n = this.population.size;
    const { rng, contacts } = this;
    const { speakers, speakerCount } = this.census;
    const good = p['wom.contactsPerDay'];
    const bad = good * p['wom.negativeMultiplier'];
    const expGood = Math.exp(-good);
    const expBad = Math.exp(-bad);
    let mentions = 0;
    let badMentions = 0;
    for (let j = 0; j < speakerCount; j++) {
      if (speakers[j]! < 0) {
        const k = poisson(rng, bad, CONTACT_CAP, expBad);
        badMentions += k;
        contacts.spread(contacts.warn, k, n);
      } else {
        const k = poisson(rng, good, CONTACT_CAP, expGood);
        mentions += k;
        contacts.spread(contacts.praise, k, n);
      }
    }
    m[METRIC_INDEX.mentions] = mentions;
    m[METRIC_INDEX.badMentions] = badMentions;
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
    c.scatter(c.ads, rateTarget, nTarget, cap, null, 0);
    c.scatter(c.ads, rateOther, nOther, cap, null, nTarget);
    c.scatter(c.retargeted, rateRetarget, poolSize, cap, this.census.pool);
    const bought =
      nTarget * cappedMean(rateTarget, cap) +
      nOther * cappedMean(rateOther, cap) +
      poolSize * cappedMean(rateRetarget, cap);
    // Billed in cents: the cap's expected cut is exact, but nobody pays a millionth of a cent.
    return Math.round((bought * p['ads.cpm']) / 10) / 100;
  }

  /** Posts seen by followers, and complaints still waiting for an answer, which sit on the page. */
  private publish(): void {
    const p = this.params;
    const c = this.contacts;
    const { followers, followerCount, waiting } = this.census;
    const seen = (p['content.postsPerWeek'] / 7) * p['content.organicReach'];
    const rateGoal = seen * p['content.purposefulShare'];
    c.scatter(c.goalPosts, rateGoal, followerCount, CONTACT_CAP, followers);
    c.scatter(c.funPosts, seen - rateGoal, followerCount, CONTACT_CAP, followers);
    c.scatter(c.complaints, waiting * p['content.organicReach'], followerCount, CONTACT_CAP, followers);
  }

  /** Each agent lives its day in turn: its contacts, then the passing of the day; counted where it ends. */
  private live(m: Float64Array, counts: Int32Array): { inLoop: number; followers: number } {
    const { size: n, state, flags } = this.population;
    const c = this.contacts;
    const { touched, ads, retargeted, shared, goalPosts, funPosts, praise, warn, complaints } = c;
    const drawsNeeded = this.drawsNeeded;
    const next = this.census;
    next.reset();
    const wearout = this.params['ads.wearout'];
    let impressions = 0;
    let reach = 0;
    let inLoop = 0;
    let followerTotal = 0;
    for (let i = 0; i < n; i++) {
      if (touched[i]) {
        const a = ads[i]!;
        const r = retargeted[i]!;
        if (a + r > 0) {
          impressions += a + r;
          reach++;
          if (a > 0) this.deliver(i, AD, a > 1 ? this.noticed(a, wearout) : 1);
          if (r > 0) this.deliver(i, RETARGET, r > 1 ? this.noticed(r, wearout) : 1);
        }
        if (shared[i]! > 0) this.deliver(i, SHARED_POST, shared[i]!);
        if (goalPosts[i]! > 0) this.deliver(i, PURPOSEFUL_POST, goalPosts[i]!);
        if (funPosts[i]! > 0) this.deliver(i, ENTERTAINING_POST, funPosts[i]!);
        if (praise[i]! > 0) this.deliver(i, PRAISE, praise[i]!);
        if (warn[i]! > 0) this.deliver(i, WARN, warn[i]!);
        if (complaints[i]! > 0) this.deliver(i, COMPLAINT, complaints[i]!);
      }
      if (drawsNeeded[state[i]! * E + DAY] !== NOT_HANDLED) this.deliver(i, DAY, 1);
      const s = state[i]!;
      const f = flags[i]!;
      counts[s]!++;
      inLoop += IN_LOOP[s]!;
      if (f & FOLLOWS_BIT) followerTotal++;
      next.enlist(i, s, f);
    }
    m[METRIC_INDEX.impressions] = impressions;
    m[METRIC_INDEX.reach] = reach;
    return { inLoop, followers: followerTotal };
  }

  /** Simulates one day and returns its frame (fresh arrays, safe to keep). */
  step(): DayFrame {
    const p = this.params;
    const n = this.population.size;
    const I = METRIC_INDEX;
    this.dayNumber++;
    const m = (this.metrics = new Float64Array(METRICS.length));
    this.moves.reset();
    this.contacts.reset();
    this.talk(m);
    // Yesterday's reposts show the post to people outside the community.
    this.contacts.spread(this.contacts.shared, this.pendingReposts * p['content.shareReach'], n);
    m[I.adSpend] = this.advertise(this.census.poolSize);
    this.publish();
    const counts = new Int32Array(STATES.length);
    const { inLoop, followers } = this.live(m, counts);
    m[I.revenue] = m[I.purchases]! * p['product.price'];
    m[I.aware] = n - counts[UNAWARE]!;
    m[I.followers] = followers;
    this.pendingReposts = m[I.reposts]!;
    this.totals.close(m, inLoop);
    this.ledger.close(m, this.population, p, this.odds);
    return { day: this.dayNumber, metrics: m, counts, moves: this.moves.snapshot() };
  }
}
