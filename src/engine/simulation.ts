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
import { MoveLog, type Moves } from './moves';
import { Random, poisson } from './random';

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

/** Mentions or posts one agent can make or see in a day; only a bound against runaway loops. */
const CONTACT_CAP = 100_000;

const EVENT = Object.fromEntries(AGENT_EVENTS.map((e, i) => [e, i])) as Record<
  (typeof AGENT_EVENTS)[number],
  number
>;
const E = AGENT_EVENTS.length;
const SPEAKS_WELL = Uint8Array.from(STATES, (s) => (STATE_META[s].speaksWell ? 1 : 0));
/** Per state: retargeted always (1) or never (0) … */
const RETARGET_ALL = Uint8Array.from(STATES, (s) => (STATE_META[s].retargetable === true ? 1 : 0));
/** … or only agents with this flag bit (0: none). */
const RETARGET_FLAG = Uint8Array.from(STATES, (s) => {
  const rule = STATE_META[s].retargetable;
  return typeof rule === 'string' ? FLAG_BIT[rule] : 0;
});
const retargetable = (state: number, flags: number): boolean =>
  RETARGET_ALL[state] === 1 || (flags & RETARGET_FLAG[state]!) !== 0;
const IN_LOOP = Uint8Array.from(STATES, (s) =>
  ['product', 'feedback'].includes(STATE_META[s].place) ? 1 : 0,
);
const UNAWARE = STATES.indexOf('unaware');
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
  private readonly handles: Uint8Array;
  private readonly praise: Int32Array;
  private readonly warn: Int32Array;
  private readonly shared: Int32Array;
  private readonly targetCount: number;
  private readonly totals = new Totals();
  private readonly moves = new MoveLog();
  private metrics = new Float64Array(METRICS.length);
  private pendingReposts = 0;
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
    this.praise = new Int32Array(n);
    this.warn = new Int32Array(n);
    this.shared = new Int32Array(n);
    this.odds = computeOdds(params);
    const shape = agentShape();
    this.drawsNeeded = shape.draws;
    this.handles = Uint8Array.from(shape.draws, (_, k) =>
      shape.transitions[Math.floor(k / E)]![k % E]!.length > 0 ? 1 : 0,
    );
    this.stepper = options.stepper(this.population, this.onTransition);
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
    for (let k = 0; k < counters.length; k++) this.metrics[COUNTER_TO_METRIC[counters[k]!]!]!++;
    if (this.recordMoves && from !== to) this.moves.push(agent, from, to, channel);
  };

  /** Delivers up to `count` events of one type to agent i, stopping once its state ignores them. */
  private deliver(i: number, event: number, count: number): void {
    const { state } = this.population;
    for (let k = 0; k < count; k++) {
      const cell = state[i]! * E + event;
      if (!this.handles[cell]) return;
      const n = this.drawsNeeded[cell]!;
      for (let d = 0; d < n; d++) this.draws[d] = this.rng.next();
      this.stepper.send(i, event, this.draws, this.odds);
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

  /** Simulates one day and returns its frame (fresh arrays, safe to keep). */
  step(): DayFrame {
    const p = this.params;
    const { size: n, state, flags } = this.population;
    const rng = this.rng;
    const I = METRIC_INDEX;
    this.dayNumber++;
    const m = (this.metrics = new Float64Array(METRICS.length));
    this.moves.reset();

    // Word of mouth, from who had bought by the end of yesterday.
    const praise = this.praise.fill(0);
    const warn = this.warn.fill(0);
    const shared = this.shared.fill(0);
    const good = p['wom.contactsPerDay'];
    const bad = good * p['wom.negativeMultiplier'];
    const expGood = Math.exp(-good);
    const expBad = Math.exp(-bad);
    let pool = 0;
    for (let i = 0; i < n; i++) {
      const s = state[i]!;
      if (retargetable(s, flags[i]!)) pool++;
      if (flags[i]! & FLAG_BIT.unhappy) {
        const k = poisson(rng, bad, CONTACT_CAP, expBad);
        m[I.badMentions] = m[I.badMentions]! + k;
        for (let j = 0; j < k; j++) warn[rng.int(n)]!++;
      } else if (SPEAKS_WELL[s]) {
        const k = poisson(rng, good, CONTACT_CAP, expGood);
        m[I.mentions] = m[I.mentions]! + k;
        for (let j = 0; j < k; j++) praise[rng.int(n)]!++;
      }
    }
    // Yesterday's reposts show the post to people outside the community.
    const reposted = this.pendingReposts * p['content.shareReach'];
    for (let j = 0; j < reposted; j++) shared[rng.int(n)]!++;

    // Ads: prospecting over the target audience and everyone else, retargeting over the pool.
    const planned = (p['ads.dailyBudget'] / p['ads.cpm']) * 1000;
    const prospecting = planned * (1 - p['ads.retargetingShare']);
    const retargeting = planned * p['ads.retargetingShare'];
    const nTarget = this.targetCount;
    const nOther = n - nTarget;
    const precision = nTarget === 0 ? 0 : nOther === 0 ? 1 : p['research.targetingPrecision'];
    const rateTarget = nTarget > 0 ? (prospecting * precision) / nTarget : 0;
    const rateOther = nOther > 0 ? (prospecting * (1 - precision)) / nOther : 0;
    const rateRetarget = pool > 0 ? retargeting / pool : 0;
    const cap = p['ads.frequencyCap'];
    const wearout = p['ads.wearout'];
    const bought =
      nTarget * cappedMean(rateTarget, cap) +
      nOther * cappedMean(rateOther, cap) +
      pool * cappedMean(rateRetarget, cap);
    // Billed in cents: the cap's expected cut is exact, but nobody pays a millionth of a cent.
    m[I.adSpend] = Math.round((bought * p['ads.cpm']) / 10) / 100;
    const expTarget = Math.exp(-rateTarget);
    const expOther = Math.exp(-rateOther);
    const expRetarget = Math.exp(-rateRetarget);

    // Posts seen by those who follow the page.
    const seen = (p['content.postsPerWeek'] / 7) * p['content.organicReach'];
    const rateGoal = seen * p['content.purposefulShare'];
    const rateFun = seen - rateGoal;
    const expGoal = Math.exp(-rateGoal);
    const expFun = Math.exp(-rateFun);

    for (let i = 0; i < n; i++) {
      const f = flags[i]!;
      const target = f & FLAG_BIT.target;
      const ads = target ? poisson(rng, rateTarget, cap, expTarget) : poisson(rng, rateOther, cap, expOther);
      const retargeted = retargetable(state[i]!, f) ? poisson(rng, rateRetarget, cap, expRetarget) : 0;
      const follows = f & FLAG_BIT.follows;
      const goalPosts = follows ? poisson(rng, rateGoal, CONTACT_CAP, expGoal) : 0;
      const funPosts = follows ? poisson(rng, rateFun, CONTACT_CAP, expFun) : 0;
      if (ads + retargeted > 0) {
        m[I.impressions] = m[I.impressions]! + ads + retargeted;
        m[I.reach]!++;
      }
      this.deliver(i, EVENT.AD, this.noticed(ads, wearout));
      this.deliver(i, EVENT.RETARGET, this.noticed(retargeted, wearout));
      this.deliver(i, EVENT.SHARED_POST, shared[i]!);
      this.deliver(i, EVENT.PURPOSEFUL_POST, goalPosts);
      this.deliver(i, EVENT.ENTERTAINING_POST, funPosts);
      this.deliver(i, EVENT.PRAISE, praise[i]!);
      this.deliver(i, EVENT.WARN, warn[i]!);
      this.deliver(i, EVENT.DAY, 1);
    }

    const counts = new Int32Array(STATES.length);
    let followers = 0;
    let inLoop = 0;
    for (let i = 0; i < n; i++) {
      const s = state[i]!;
      counts[s]!++;
      inLoop += IN_LOOP[s]!;
      if (flags[i]! & FLAG_BIT.follows) followers++;
    }
    m[I.revenue] = m[I.purchases]! * p['product.price'];
    m[I.aware] = n - counts[UNAWARE]!;
    m[I.followers] = followers;
    this.pendingReposts = m[I.reposts]!;
    this.totals.close(m, inLoop, p['product.margin']);
    return { day: this.dayNumber, metrics: m, counts, moves: this.moves.snapshot() };
  }
}
