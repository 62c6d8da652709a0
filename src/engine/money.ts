/**
 * Money: what the loop costs and what its customers are worth.
 *
 * Marketing cost = ad spend + content production (`content.costPerPost` for every post of the
 * plan) + community management (`feedback.costPerAnswer` for every answered complaint). ROMI is
 * (margin − marketing cost) ÷ marketing cost, margin being revenue × `product.margin`, all
 * cumulative from day 1.
 *
 * Customer equity (Rust, Lemon and Zeithaml 2004) is the margin today's customers are expected
 * to bring over the next 365 days; LTV the margin one new customer is expected to bring over a
 * lifetime. Both come from the model's own rates: every duration in the model is the mean of an
 * exponential wait (the daily chance h of the odds table is 1 − e^(−rate)), so a customer's
 * future is a chain of exponential stages — judging the product, perhaps complaining and
 * waiting for an answer, then loyalty until the lapse — with repeat purchases as a Poisson
 * process while loyal. The expected number of repeat purchases is the repeat rate times the
 * expected time spent loyal, and that time has a closed form (`stageTime`). The engine steps in
 * whole days, so its own runs differ from these continuous-time figures by the discretisation
 * (a percent or two at the defaults). Win-backs are not counted: they are acquisitions again,
 * bought with retargeting.
 *
 * LTV:CAC divides LTV by the `cac` column: ad spend ÷ new customers, both cumulative, the paid
 * acquisition cost the metrics call CAC. The content plan and the answers to complaints serve
 * keeping customers as much as winning them, so their cost is not split between the two: ROMI
 * carries it in full (marketing cost = ads + content + community management).
 */
import { CHANNELS, COUNTERS, FLAG_BIT, STATES, type Channel } from '../model/agent';
import { ODDS_COUNT, ODDS_INDEX, SEGMENTS, type OddsName } from '../model/odds';
import type { Parameters } from '../model/parameters';
import { METRIC_INDEX, type Metric } from './metrics';

/** Customer equity looks this many days ahead. */
export const EQUITY_HORIZON_DAYS = 365;

/**
 * A stage left with a daily chance of 1 (the chance rounds to 1 in floating point) is left at
 * this rate per day: within 1/1000 of a day, which no daily figure can tell from "at once".
 */
export const INSTANT_RATE = 1000;

/** The rate per day of an exponential wait whose daily chance is `h` (the inverse of `dailyHazard`). */
export function rateOf(h: number): number {
  if (!(h > 0)) return 0;
  return h >= 1 ? INSTANT_RATE : Math.min(INSTANT_RATE, -Math.log1p(-h));
}

/**
 * ∫₀ᵀ sᵐ/m! · e^(−k·s) ds, without cancellation for any k ≥ 0 and T (T may be Infinity):
 * the chance that a Poisson(kT) count exceeds m, divided by k^(m+1).
 */
export function weightedMoment(m: number, k: number, T: number): number {
  if (T === Infinity) return k > 0 ? 1 / k ** (m + 1) : Infinity;
  const x = k * T;
  if (x > m + 40) {
    // The complement is tiny here: 1 − e^(−x) Σ_{j≤m} x^j/j! loses nothing.
    let term = Math.exp(-x);
    let below = term;
    for (let j = 1; j <= m; j++) below += term *= x / j;
    return (1 - below) / k ** (m + 1);
  }
  // Tᵐ⁺¹/(m+1)! · e^(−x) · Σ_{j≥0} x^j (m+1)!/(m+1+j)!: every term positive.
  let factorial = 1;
  for (let j = 2; j <= m + 1; j++) factorial *= j;
  let term = 1;
  let sum = 1;
  for (let j = 1; term > 1e-17 * sum; j++) sum += term *= x / (m + 1 + j);
  return (T ** (m + 1) / factorial) * Math.exp(-x) * sum;
}

/** Rates closer than this (relative) are treated as equal, to keep divided differences exact. */
const TIE = 1e-6;

/**
 * The expected time spent in the last of a chain of stages during [0, T], starting at time 0
 * in the first: stage j is left after an exponential wait at rate `rates[j]` for the next one
 * (the chance of going on rather than dropping out is applied by the caller). For distinct
 * rates it is Π_{j<n} k_j · Σ_j (1 − e^(−k_j·T)) / (k_j · Π_{i≠j} (k_i − k_j)), the
 * hypoexponential occupancy; written as a divided difference of φ(k) = (1 − e^(−kT))/k, equal
 * rates take φ's derivatives instead and no rate is ever divided by a near-zero difference.
 * With T = Infinity it is 1/k_n, the mean time in the last stage.
 */
export function stageTime(rates: readonly number[], T: number): number {
  const n = rates.length;
  if (n === 0 || !(T > 0)) return 0;
  let lead = 1;
  for (let j = 0; j < n - 1; j++) lead *= rates[j]!;
  if (lead === 0) return 0; // some stage before the last is never left
  // Nodes sorted, near-equal ones snapped together, for Hermite divided differences.
  const x = [...rates].sort((a, b) => a - b);
  for (let j = 1; j < n; j++) if (x[j]! - x[j - 1]! <= TIE * x[j]!) x[j] = x[j - 1]!;
  // [x_i … x_j]φ, with φ^(m)(k)/m! = (−1)^m · weightedMoment(m, k, T) where nodes repeat.
  const table: number[][] = x.map((k) => [weightedMoment(0, k, T)]);
  for (let width = 1; width < n; width++) {
    for (let i = 0; i + width < n; i++) {
      const lo = x[i]!;
      const hi = x[i + width]!;
      table[i]![width] =
        hi === lo
          ? (width % 2 ? -1 : 1) * weightedMoment(width, lo, T)
          : (table[i + 1]![width - 1]! - table[i]![width - 1]!) / (hi - lo);
    }
  }
  const divided = table[0]![n - 1]!;
  return (n % 2 ? 1 : -1) * lead * divided;
}

/** The rates and branch chances of a customer's future, for one segment, from the odds table. */
export interface CustomerRates {
  /** per day: judging the product ends (`product.experienceDays`) */
  experience: number;
  /** chances, once judged: satisfied; else complaining in public; and that complaint answered */
  satisfied: number;
  complain: number;
  answered: number;
  /** per day: an answer arrives (median `feedback.responseHours`); the complainer gives up */
  answerArrives: number;
  giveUp: number;
  /** chance that an answer wins the complainer back */
  recover: number;
  /**
   * per day: a loyal customer buys again; leaves, by `lapseIndex(follows, referred)`. A loyal
   * customer lapses only on a day without contact, so each rate is the lapse hazard times the
   * chance of a day without contact for such a customer, plus the rate of leaving after a repeat
   * order goes wrong, a public complaint and no answer that wins them back.
   */
  repeat: number;
  lapse: Float64Array;
}

/** Where a customer's lapse rate sits in `CustomerRates.lapse`. */
export function lapseIndex(follows: boolean, referred: boolean): number {
  return (follows ? 1 : 0) | (referred ? 2 : 0);
}

/**
 * The chance that a loyal customer has a day without any contact (an ad seen, a post read, a
 * mention heard), by whether they follow the page: 1 when nothing reaches anyone.
 */
export interface QuietDays {
  alone: number;
  following: number;
}
const ALWAYS_QUIET: QuietDays = { alone: 1, following: 1 };

/** Reads a segment's customer rates from a day's odds table (see `computeOdds`). */
export function customerRates(
  odds: ArrayLike<number>,
  segment: number,
  quiet: QuietDays = ALWAYS_QUIET,
): CustomerRates {
  const at = (name: OddsName) => odds[segment * ODDS_COUNT + ODDS_INDEX[name]]!;
  const rates = {
    experience: rateOf(at('experience')),
    satisfied: at('satisfied'),
    complain: at('complain'),
    answered: at('answered'),
    answerArrives: rateOf(at('answerArrives')),
    giveUp: rateOf(at('giveUp')),
    recover: at('recover'),
    repeat: rateOf(at('repeat')),
    lapse: new Float64Array(4),
  };
  // A loyal customer also leaves when a repeat order goes wrong, they complain, and no answer wins them back.
  const leavesOverProblem =
    rates.repeat * at('problem') * rates.complain * (1 - rates.answered * recoveredShare(rates));
  for (const follows of [false, true]) {
    const q = follows ? quiet.following : quiet.alone;
    for (const referred of [false, true]) {
      rates.lapse[lapseIndex(follows, referred)] =
        rateOf(q * at(referred ? 'lapseReferred' : 'lapse')) + leavesOverProblem;
    }
  }
  return rates;
}

/** Chance that a waiting complaint that will be answered is answered before the complainer gives up, and wins them back. */
function recoveredShare(r: CustomerRates): number {
  const exit = r.answerArrives + r.giveUp;
  return exit > 0 ? (r.answerArrives / exit) * r.recover : 0;
}

/** Where a customer stands, for their expected purchases. */
export type CustomerStanding = 'judging' | 'loyal' | 'complaining';

/**
 * Expected repeat purchases within `horizon` days (Infinity: a lifetime) of one customer who
 * is now `standing`, follows the page or not, came on a friend's word or not, and (when
 * complaining) will get an answer or not.
 */
export function expectedPurchases(
  r: CustomerRates,
  standing: CustomerStanding,
  follows: boolean,
  willAnswer: boolean,
  horizon: number,
  referred = false,
): number {
  const lapse = r.lapse[lapseIndex(follows, referred)]!;
  const waiting = r.answerArrives + r.giveUp;
  switch (standing) {
    case 'loyal':
      return r.repeat * stageTime([lapse], horizon);
    case 'complaining':
      return willAnswer ? r.repeat * recoveredShare(r) * stageTime([waiting, lapse], horizon) : 0;
    case 'judging':
      return (
        r.repeat *
        (r.satisfied * stageTime([r.experience, lapse], horizon) +
          (1 - r.satisfied) *
            r.complain *
            r.answered *
            recoveredShare(r) *
            stageTime([r.experience, waiting, lapse], horizon))
      );
  }
}

/** Margin of one purchase. */
export function unitMargin(p: Parameters): number {
  return p['product.price'] * p['product.margin'];
}

/**
 * LTV: the margin a new customer (in the segment, following the page or not) is expected to
 * bring over a lifetime: the first purchase, then repeat purchases until the lapse, which in
 * closed form is repeat rate ÷ lapse rate × the chance of becoming loyal (satisfied at once, or
 * won back by an answer to a complaint). Infinity when a loyal customer never leaves (a lapse
 * rate of 0: a contact every day, and no repeat order that goes wrong) and repeat purchases
 * bring a margin: a lifetime without end. A margin of 0 is worth 0 however long it lasts.
 */
export function lifetimeValue(r: CustomerRates, follows: boolean, margin: number, referred = false): number {
  const lapse = r.lapse[lapseIndex(follows, referred)]!;
  const loyal = r.satisfied + (1 - r.satisfied) * r.complain * r.answered * recoveredShare(r);
  if (margin === 0 || r.repeat === 0 || loyal === 0) return margin;
  const repeats = lapse > 0 ? (r.repeat / lapse) * loyal : Infinity;
  return margin * (1 + repeats);
}

/** Flags that matter for a customer's value, packed into a small code. */
const CODE_SEGMENT = 1; // set: outside the target audience (segment 1)
const CODE_FOLLOWS = 2;
const CODE_WILL_ANSWER = 4;
const CODE_REFERRED = 8;
export const STOCK_CODES = 16;
/** The code of each flag byte. */
const FLAG_CODE = Uint8Array.from({ length: 256 }, (_, f) => {
  let code = f & FLAG_BIT.target ? 0 : CODE_SEGMENT;
  if (f & FLAG_BIT.follows) code |= CODE_FOLLOWS;
  if (f & FLAG_BIT.willAnswer) code |= CODE_WILL_ANSWER;
  if (f & FLAG_BIT.referred) code |= CODE_REFERRED;
  return code;
});
/** The standing of each state, or null for states that are not customers. */
const STANDING: readonly (CustomerStanding | null)[] = STATES.map((s) =>
  s === 'customer' ? 'judging' : s === 'advocate' ? 'loyal' : s === 'complaining' ? 'complaining' : null,
);

/**
 * Counts agents by state and the flags that matter for money:
 * `stock[state × STOCK_CODES + code]` (code: outsider 1, follows 2, will be answered 4, referred 8).
 */
export function tallyStock(
  state: ArrayLike<number>,
  flags: ArrayLike<number>,
  out = new Float64Array(STATES.length * STOCK_CODES),
): Float64Array {
  // Four tallies, agents taking turns, so that neighbours in the same cell do not wait on each other.
  const cells = STATES.length * STOCK_CODES;
  const tally = (stockTally.length >= 4 * cells ? stockTally : (stockTally = new Int32Array(4 * cells))).fill(
    0,
  );
  const n = state.length;
  const whole = n - (n % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    tally[state[i]! * STOCK_CODES + FLAG_CODE[flags[i]!]!]!++;
    tally[cells + state[i + 1]! * STOCK_CODES + FLAG_CODE[flags[i + 1]!]!]!++;
    tally[2 * cells + state[i + 2]! * STOCK_CODES + FLAG_CODE[flags[i + 2]!]!]!++;
    tally[3 * cells + state[i + 3]! * STOCK_CODES + FLAG_CODE[flags[i + 3]!]!]!++;
  }
  for (; i < n; i++) tally[state[i]! * STOCK_CODES + FLAG_CODE[flags[i]!]!]!++;
  for (let c = 0; c < cells; c++)
    out[c] = tally[c]! + tally[cells + c]! + tally[2 * cells + c]! + tally[3 * cells + c]!;
  return out;
}
let stockTally = new Int32Array(0);

/**
 * The same tally as `tallyStock`, from agents counted by state and flag byte
 * (`cells[state × 256 + flags]`, as the engine's census keeps them).
 */
export function stockOfCells(
  cells: ArrayLike<number>,
  out = new Float64Array(STATES.length * STOCK_CODES),
): Float64Array {
  out.fill(0);
  for (let cell = 0; cell < cells.length; cell++) {
    const k = cells[cell]!;
    if (k !== 0) out[(cell >> 8) * STOCK_CODES + FLAG_CODE[cell & 255]!]! += k;
  }
  return out;
}

/**
 * Customer equity: the margin today's customers (judging the product, loyal, or complaining)
 * are expected to bring within `horizon` days, summed over the stock (see `tallyStock`).
 */
export function customerEquity(
  stock: ArrayLike<number>,
  odds: ArrayLike<number>,
  margin: number,
  horizon = EQUITY_HORIZON_DAYS,
  quiet: readonly QuietDays[] = [ALWAYS_QUIET, ALWAYS_QUIET],
): number {
  let purchases = 0;
  for (let segment = 0; segment < SEGMENTS.length; segment++) {
    const r = customerRates(odds, segment, quiet[segment]);
    for (let s = 0; s < STATES.length; s++) {
      const standing = STANDING[s];
      if (!standing) continue;
      for (let code = 0; code < STOCK_CODES; code++) {
        const count = stock[s * STOCK_CODES + code]!;
        if (count === 0 || (code & CODE_SEGMENT ? 1 : 0) !== segment) continue;
        purchases +=
          count *
          expectedPurchases(
            r,
            standing,
            (code & CODE_FOLLOWS) !== 0,
            (code & CODE_WILL_ANSWER) !== 0,
            horizon,
            (code & CODE_REFERRED) !== 0,
          );
      }
    }
  }
  return purchases * margin;
}

/** The channels new customers are credited to, in the CSV's order. */
export const ACQUISITION_CHANNELS = ['ads', 'content', 'wom', 'retargeting'] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

/**
 * The column each channel's visits are credited to. Paid media (ads, retargeting) and earned
 * media (word of mouth) have their own; everything the brand says on its own page — posts, and
 * answers to complaints (feedback) — is owned media and counts as content, as would a visit
 * through any channel the statechart may add later (site, product, time carry no visits today).
 */
export const ACQUISITION_OF: Record<Channel, AcquisitionChannel> = {
  ads: 'ads',
  retargeting: 'retargeting',
  wom: 'wom',
  content: 'content',
  feedback: 'content',
  site: 'content',
  product: 'content',
  time: 'content',
};

const NEW_BY: Record<AcquisitionChannel, Metric> = {
  ads: 'newByAds',
  content: 'newByContent',
  wom: 'newByWom',
  retargeting: 'newByRetargeting',
};
/** METRIC_INDEX of the newBy* column of each channel, by channel index. */
const NEW_BY_METRIC = Int32Array.from(CHANNELS, (c) => METRIC_INDEX[NEW_BY[ACQUISITION_OF[c]]]);
const VISIT = COUNTERS.indexOf('visit');
const NEW_CUSTOMER = COUNTERS.indexOf('newCustomer');
const CONTENT = CHANNELS.indexOf('content');

/**
 * The money side of a run: credits each new customer to the channel of the visit that led to
 * the first purchase, and closes each day's money columns. One byte per agent: the channel of
 * its latest visit (a visit and its purchase happen on the same day, so the latest is today's).
 */
export class Ledger {
  static readonly BYTES_PER_AGENT = 1;
  private readonly visitChannel: Uint8Array;
  /** new customers so far by code (segment, follows, referred) at their first purchase, for LTV */
  private readonly acquired = new Float64Array(STOCK_CODES);
  private readonly stock = new Float64Array(STATES.length * STOCK_CODES);
  private margin = 0;
  private contentCost = 0;
  private supportCost = 0;

  constructor(size: number) {
    // Every new customer has visited first (a test checks it on the statechart); no visit would count as content.
    this.visitChannel = new Uint8Array(size).fill(CONTENT);
  }

  /** Called for every transition an agent takes, with its flags after it, during the day `m`. */
  transition(
    agent: number,
    channel: number,
    counters: ArrayLike<number>,
    flags: number,
    m: Float64Array,
  ): void {
    for (let k = 0; k < counters.length; k++) {
      const c = counters[k]!;
      if (c === VISIT) this.visitChannel[agent] = channel;
      else if (c === NEW_CUSTOMER) {
        m[NEW_BY_METRIC[this.visitChannel[agent]!]!]!++;
        this.acquired[FLAG_CODE[flags]! & (CODE_SEGMENT | CODE_FOLLOWS | CODE_REFERRED)]!++;
      }
    }
  }

  /**
   * Fills the day's money columns: costs and margin into cumulative totals, ROMI with and
   * without customer equity, LTV and LTV:CAC. Needs the day's flows and `totalAdSpend` and
   * `buyers` (see `Totals.close`), the population at the end of the day (agents by state and
   * flag byte, `cells[state × 256 + flags]`), the day's odds and,
   * by segment, the chance of a day without contact for a loyal customer (see `QuietDays`).
   */
  close(
    m: Float64Array,
    cells: ArrayLike<number>,
    p: Parameters,
    odds: ArrayLike<number>,
    quiet: readonly QuietDays[] = [ALWAYS_QUIET, ALWAYS_QUIET],
  ): void {
    const I = METRIC_INDEX;
    const perPurchase = unitMargin(p);
    this.margin += m[I.revenue]! * p['product.margin'];
    this.contentCost += (p['content.postsPerWeek'] / 7) * p['content.costPerPost'];
    this.supportCost += m[I.complaintsAnswered]! * p['feedback.costPerAnswer'];
    const marketing = m[I.totalAdSpend]! + this.contentCost + this.supportCost;
    const equity = customerEquity(
      stockOfCells(cells, this.stock),
      odds,
      perPurchase,
      EQUITY_HORIZON_DAYS,
      quiet,
    );
    m[I.contentCost] = this.contentCost;
    m[I.supportCost] = this.supportCost;
    m[I.marketingCost] = marketing;
    m[I.customerEquity] = equity;
    m[I.romi] = marketing > 0 ? (this.margin - marketing) / marketing : NaN;
    m[I.romiWithEquity] = marketing > 0 ? (this.margin + equity - marketing) / marketing : NaN;
    let value = 0;
    let acquired = 0;
    for (let code = 0; code < STOCK_CODES; code++) {
      const n = this.acquired[code]!;
      if (n === 0) continue;
      acquired += n;
      const segment = code & CODE_SEGMENT;
      value +=
        n *
        lifetimeValue(
          customerRates(odds, segment, quiet[segment]),
          (code & CODE_FOLLOWS) !== 0,
          perPurchase,
          (code & CODE_REFERRED) !== 0,
        );
    }
    // Undefined before the first customer, and when some customers' lifetime has no end (their
    // value is Infinity, or too large for a number): no finite figure to show.
    const ltv = acquired > 0 ? finiteOrNaN(value / acquired) : NaN;
    const cac = m[I.cac]!;
    m[I.ltv] = ltv;
    // CAC as the CSV's `cac` column has it: ad spend per new customer (ROMI carries the content and
    // community costs, which serve keeping customers as much as winning them). Undefined while
    // nothing has been spent on ads (a CAC of 0), and when the ratio is too large for a number.
    m[I.ltvToCac] = cac > 0 ? finiteOrNaN(ltv / cac) : NaN;
  }
}

/** x when finite, else NaN: a figure with no finite value is undefined (an empty cell). */
function finiteOrNaN(x: number): number {
  return Number.isFinite(x) ? x : NaN;
}
