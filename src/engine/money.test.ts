import { describe, expect, it } from 'vitest';
import { AGENT_EVENTS, CHANNELS, COUNTERS, FLAG_BIT, STATES } from '../model/agent';
import { computeOdds, dailyHazard } from '../model/odds';
import { defaultParameters, type Parameters } from '../model/parameters';
import { agentTable, tableStepper } from './compile';
import { METRIC_INDEX, type Metric } from './metrics';
import {
  ACQUISITION_CHANNELS,
  ACQUISITION_OF,
  STOCK_CODES,
  customerEquity,
  customerRates,
  lapseIndex,
  expectedPurchases,
  lifetimeValue,
  rateOf,
  stageTime,
  tallyStock,
  unitMargin,
  weightedMoment,
  type CustomerRates,
  type CustomerStanding,
} from './money';
import { simulate } from './run';
import { Simulation, type DayFrame } from './simulation';

/** sfc32, for the Monte Carlo checks (independent of the engine's generator). */
function generator(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

/** An exponential wait at `rate` (Infinity when the rate is 0). */
const wait = (u: () => number, rate: number) => (rate > 0 ? -Math.log(1 - u()) / rate : Infinity);

/**
 * Brute force, in continuous time: one customer's future lived out with exponential waits at
 * the rates given, repeat purchases as a Poisson process while loyal; the purchases made
 * before `horizon` are counted.
 */
function livePurchases(
  r: CustomerRates,
  standing: CustomerStanding,
  follows: boolean,
  willAnswer: boolean,
  horizon: number,
  u: () => number,
): number {
  let t = 0;
  let stage = standing;
  if (stage === 'judging') {
    t += wait(u, r.experience);
    if (t >= horizon) return 0;
    if (u() < r.satisfied) stage = 'loyal';
    else if (u() < r.complain) {
      if (!(u() < r.answered)) return 0;
      stage = 'complaining';
      willAnswer = true;
    } else return 0;
  }
  if (stage === 'complaining') {
    if (!willAnswer) return 0;
    const answer = wait(u, r.answerArrives);
    const giveUp = wait(u, r.giveUp);
    if (giveUp <= answer) return 0;
    t += answer;
    if (t >= horizon || !(u() < r.recover)) return 0;
  }
  const end = Math.min(horizon, t + wait(u, r.lapse[lapseIndex(follows, false)]!));
  let purchases = 0;
  for (t += wait(u, r.repeat); t < end; t += wait(u, r.repeat)) purchases++;
  return purchases;
}

/** Mean and standard error of `n` samples. */
function meanOf(n: number, sample: () => number): { mean: number; se: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = sample();
    sum += x;
    squares += x * x;
  }
  const mean = sum / n;
  return { mean, se: Math.sqrt((squares / n - mean * mean) / n) };
}

/** A trapezoid integral of f over [0, T] on `steps` intervals. */
function integral(f: (s: number) => number, T: number, steps = 200_000): number {
  const h = T / steps;
  let sum = (f(0) + f(T)) / 2;
  for (let i = 1; i < steps; i++) sum += f(i * h);
  return sum * h;
}

const ratesAt = (p: Parameters, segment = 0) => customerRates(computeOdds(p), segment);
const params = (overrides: Partial<Parameters> = {}): Parameters => ({
  ...defaultParameters(),
  ...overrides,
});

describe('the waiting-time algebra', () => {
  it('turns a daily chance back into the rate of its exponential wait', () => {
    for (const days of [1, 7, 60, 365, 36_500]) expect(rateOf(dailyHazard(days))).toBeCloseTo(1 / days, 12);
    expect(rateOf(0)).toBe(0);
    expect(rateOf(1)).toBe(1000);
  });

  it('integrates sᵐ/m!·e^(−ks) over [0, T] for any rate, zero and Infinity included', () => {
    for (const [m, k, T] of [
      [0, 0.01, 365],
      [1, 0.3, 365],
      [2, 1 / 7, 30],
      [1, 2, 0.5],
      [2, 40, 5],
      [0, 0, 10],
      [2, 0, 3],
    ] as const) {
      const factorial = m === 2 ? 2 : 1;
      const expected = integral((s) => (s ** m / factorial) * Math.exp(-k * s), T);
      expect(weightedMoment(m, k, T)).toBeCloseTo(expected, 6);
    }
    expect(weightedMoment(1, 0.5, Infinity)).toBeCloseTo(4, 12);
  });

  it('gives the time spent in the last of a chain of exponential stages within a horizon', () => {
    const T = 365;
    // one stage: the mean of min(wait, T)
    expect(stageTime([1 / 365], T)).toBeCloseTo(365 * (1 - Math.exp(-1)), 9);
    // two distinct stages: the hypoexponential occupancy, by hand
    const [a, b] = [1 / 7, 1 / 365];
    const byHand = (a / (b - a)) * ((1 - Math.exp(-a * T)) / a - (1 - Math.exp(-b * T)) / b);
    expect(stageTime([a, b], T)).toBeCloseTo(byHand, 9);
    // equal rates: stage 2 is occupied with density k·s·e^(−ks)
    const k = 1 / 50;
    expect(stageTime([k, k], T)).toBeCloseTo(
      integral((s) => k * s * Math.exp(-k * s), T),
      6,
    );
    expect(stageTime([k, k, k], T)).toBeCloseTo(
      integral((s) => ((k * s) ** 2 / 2) * Math.exp(-k * s), T),
      6,
    );
    // nearly equal rates give nearly the same, without cancellation
    expect(stageTime([k, k * (1 + 1e-9)], T)).toBeCloseTo(stageTime([k, k], T), 6);
    expect(stageTime([k, k * 1.001], T)).toBeCloseTo(stageTime([k, k], T), 1);
    // distinct rates, in any order: the hypoexponential sum Π_{j<n} k_j · Σ_j φ(k_j) / Π_{i≠j} (k_i − k_j)
    const phi = (x: number) => (1 - Math.exp(-x * T)) / x;
    const hypo = (k: number[]) =>
      k.slice(0, -1).reduce((p, x) => p * x, 1) *
      k.reduce((sum, x, j) => sum + phi(x) / k.reduce((p, y, i) => (i === j ? p : p * (y - x)), 1), 0);
    for (const rates of [
      [0.5, 2, 1 / 365],
      [1 / 365, 0.5, 2],
      [1 / 7, 1 / 3, 1 / 120],
    ])
      expect(stageTime(rates, T) / hypo(rates)).toBeCloseTo(1, 9);
    // a lifetime: the mean time in the last stage
    expect(stageTime([a, 2, b], Infinity)).toBeCloseTo(1 / b, 9);
    // a stage never left
    expect(stageTime([0, b], T)).toBe(0);
  });
});

describe('customer equity and LTV', () => {
  const margin = unitMargin(defaultParameters());
  const cases: [string, CustomerRates][] = [
    ['target, defaults', ratesAt(params())],
    ['outsider, defaults', ratesAt(params(), 1)],
    [
      'every complaint answered fast',
      ratesAt(params({ 'feedback.answeredShare': 1, 'feedback.responseHours': 1 })),
    ],
    [
      'short loyalty, slow judging (equal rates)',
      ratesAt(params({ 'product.experienceDays': 40, 'product.lapseDays': 40, 'product.repeatDays': 10 })),
    ],
  ];

  it.each(cases)('match a brute-force Monte Carlo of the same rates over the next 365 days (%s)', (_, r) => {
    const u = generator(7);
    const n = 60_000;
    for (const standing of ['judging', 'loyal', 'complaining'] as const) {
      for (const follows of [false, true]) {
        const closed = expectedPurchases(r, standing, follows, true, 365);
        const mc = meanOf(n, () => livePurchases(r, standing, follows, true, 365, u));
        expect(Math.abs(mc.mean - closed), `${standing} ${follows}`).toBeLessThan(4 * mc.se + 1e-3);
      }
    }
    expect(expectedPurchases(r, 'complaining', false, false, 365)).toBe(0);
  });

  it.each(cases)('LTV matches the Monte Carlo over a lifetime (%s)', (_, r) => {
    const u = generator(11);
    for (const follows of [false, true]) {
      const mc = meanOf(60_000, () => livePurchases(r, 'judging', follows, false, Infinity, u));
      const ltv = lifetimeValue(r, follows, margin);
      expect(Math.abs(mc.mean - (ltv / margin - 1))).toBeLessThan(4 * mc.se);
      // the same closed form as equity's, over an unending horizon, plus the first purchase
      expect(ltv).toBeCloseTo(margin * (1 + expectedPurchases(r, 'judging', follows, false, Infinity)), 9);
    }
  });

  it('values loyal customers following the page more (posts keep them in touch), and answers to complaints', () => {
    // a follower has fewer days without any contact, and lapses only on those
    const r = customerRates(computeOdds(params()), 0, { alone: 0.8, following: 0.6 });
    expect(lifetimeValue(r, true, margin)).toBeGreaterThan(lifetimeValue(r, false, margin));
    const answered = ratesAt(params({ 'feedback.answeredShare': 1 }));
    const ignored = ratesAt(params({ 'feedback.answeredShare': 0 }));
    expect(lifetimeValue(answered, false, margin)).toBeGreaterThan(lifetimeValue(ignored, false, margin));
    // no loyalty at all: only the first purchase
    const never = ratesAt(params({ 'product.satisfaction': 0, 'feedback.complaintShare': 0 }));
    expect(lifetimeValue(never, false, margin)).toBe(margin);
  });

  it('is without end (Infinity) only when loyal customers never leave and repeat purchases bring a margin', () => {
    // a contact every day (no quiet day) and no repeat order that goes wrong: nobody ever lapses
    const inTouch = customerRates(computeOdds(params({ 'product.problemShare': 0 })), 0, {
      alone: 0,
      following: 0,
    });
    expect(inTouch.lapse[0]).toBe(0);
    expect(lifetimeValue(inTouch, false, margin)).toBe(Infinity);
    // a margin of 0 is worth 0 however long it lasts (not 0 × Infinity)
    expect(lifetimeValue(inTouch, false, 0)).toBe(0);
    // nobody becomes loyal, or nobody buys again: the first purchase only, even with no lapse
    const never = customerRates(
      computeOdds(
        params({ 'product.problemShare': 0, 'product.satisfaction': 0, 'feedback.complaintShare': 0 }),
      ),
      0,
      { alone: 0, following: 0 },
    );
    expect(lifetimeValue(never, false, margin)).toBe(margin);
    // a rare quiet day is enough for a finite value
    const rarelyQuiet = customerRates(computeOdds(params({ 'product.problemShare': 0 })), 0, {
      alone: 1e-9,
      following: 1e-9,
    });
    expect(Number.isFinite(lifetimeValue(rarelyQuiet, false, margin))).toBe(true);
  });

  it('sums each customer in the stock by state, segment, following and the answer to come', () => {
    const p = params();
    const odds = computeOdds(p);
    const advocate = STATES.indexOf('advocate');
    const customer = STATES.indexOf('customer');
    const lost = STATES.indexOf('lost');
    const state = Uint8Array.from([advocate, advocate, customer, lost, 0]);
    const flags = Uint8Array.from([FLAG_BIT.target, FLAG_BIT.follows, FLAG_BIT.target, FLAG_BIT.target, 0]);
    const stock = tallyStock(state, flags);
    expect(stock.length).toBe(STATES.length * STOCK_CODES);
    expect(stock.reduce((a, b) => a + b, 0)).toBe(5);
    const target = customerRates(odds, 0);
    const outsider = customerRates(odds, 1);
    const expected =
      margin *
      (expectedPurchases(target, 'loyal', false, false, 365) +
        expectedPurchases(outsider, 'loyal', true, false, 365) +
        expectedPurchases(target, 'judging', false, false, 365));
    expect(customerEquity(stock, odds, margin)).toBeCloseTo(expected, 9);
    expect(
      customerEquity(tallyStock(Uint8Array.from([lost, 0]), Uint8Array.from([0, 0])), odds, margin),
    ).toBe(0);
  });

  it("predicts what the statechart's own customers buy day by day, within the daily steps' error", () => {
    // Today's customers of a default run on day 120, each copied 400 times, live the next 365
    // days through the compiled statechart with DAY events only; what they buy is compared with
    // the equity computed from the same stock. The daily steps make the engine differ from the
    // continuous-time closed form by a percent or two.
    const p = params();
    const sim = new Simulation(p, { seed: 5, stepper: tableStepper });
    for (let d = 0; d < 120; d++) sim.step();
    const inLoop = [...sim.population.state.keys()].filter((i) =>
      ['customer', 'advocate', 'complaining'].includes(STATES[sim.population.state[i]!]!),
    );
    expect(inLoop.length).toBeGreaterThan(10);
    const copies = 400;
    const size = inLoop.length * copies;
    const population = { size, state: new Uint8Array(size), flags: new Uint8Array(size) };
    inLoop.forEach((i, j) => {
      population.state.fill(sim.population.state[i]!, j * copies, (j + 1) * copies);
      population.flags.fill(sim.population.flags[i]!, j * copies, (j + 1) * copies);
    });
    const odds = computeOdds(p);
    const equity = customerEquity(tallyStock(population.state, population.flags), odds, margin);
    let purchases = 0;
    const PURCHASE = COUNTERS.indexOf('purchase');
    const stepper = tableStepper(population, (_a, _f, _t, _c, counters) => {
      for (let k = 0; k < counters.length; k++) if (counters[k] === PURCHASE) purchases++;
    });
    const u = generator(3);
    const draws = new Float64Array(16);
    const DAY = AGENT_EVENTS.indexOf('DAY');
    for (let day = 0; day < 365; day++) {
      for (let i = 0; i < size; i++) {
        for (let k = 0; k < draws.length; k++) draws[k] = u();
        stepper.send(i, DAY, draws, odds);
      }
    }
    expect(purchases * margin).toBeGreaterThan(equity * 0.95);
    expect(purchases * margin).toBeLessThan(equity * 1.02);
  });
});

/** A run's metric on each day. */
const series = (frames: readonly DayFrame[], m: Metric) => frames.map((f) => f.metrics[METRIC_INDEX[m]]!);
const last = (frames: readonly DayFrame[], m: Metric) => frames.at(-1)!.metrics[METRIC_INDEX[m]]!;
const small = (overrides: Partial<Parameters> = {}) => params({ 'audience.size': 3000, ...overrides });

describe('the cost of marketing', () => {
  it('counts every post of the plan at its cost, and nothing when there are no posts', () => {
    const frames = simulate(small({ 'content.postsPerWeek': 7, 'content.costPerPost': 30 }), 2, 30);
    expect(series(frames, 'contentCost')).toEqual(
      Array.from({ length: 30 }, (_, d) => expect.closeTo(30 * (d + 1), 9)),
    );
    expect(last(simulate(small({ 'content.postsPerWeek': 0 }), 2, 30), 'contentCost')).toBe(0);
    expect(last(simulate(small({ 'content.costPerPost': 0 }), 2, 30), 'contentCost')).toBe(0);
  });

  it('counts every answered complaint at its cost, and nothing when none is answered', () => {
    const frames = simulate(small({ 'feedback.costPerAnswer': 7 }), 3, 200);
    const answered = series(frames, 'complaintsAnswered').reduce((a, b) => a + b, 0);
    expect(answered).toBeGreaterThan(0);
    expect(last(frames, 'supportCost')).toBeCloseTo(7 * answered, 9);
    expect(last(simulate(small({ 'feedback.answeredShare': 0 }), 3, 200), 'supportCost')).toBe(0);
  });

  it('adds ad spend, content and answers into marketing cost, and ROMI is the margin over it', () => {
    const p = small();
    for (const f of simulate(p, 4, 120)) {
      const at = (m: Metric) => f.metrics[METRIC_INDEX[m]]!;
      const marketing = at('totalAdSpend') + at('contentCost') + at('supportCost');
      expect(at('marketingCost')).toBeCloseTo(marketing, 9);
      const margin = at('totalRevenue') * p['product.margin'];
      expect(at('romi')).toBeCloseTo((margin - marketing) / marketing, 9);
      expect(at('romiWithEquity')).toBeCloseTo((margin + at('customerEquity') - marketing) / marketing, 9);
    }
  });

  it('leaves ROMI undefined while nothing has been spent', () => {
    const frames = simulate(small({ 'ads.dailyBudget': 0, 'content.postsPerWeek': 0 }), 1, 5);
    for (const m of ['romi', 'romiWithEquity', 'ltv', 'ltvToCac'] as const)
      expect(series(frames, m).every(Number.isNaN)).toBe(true);
  });
});

describe('LTV and LTV:CAC in a run', () => {
  it.each([
    ['nobody follows the page', false],
    ['everyone follows the page', true],
  ] as const)('is the LTV of the customers acquired, and LTV ÷ CAC (%s)', (_, follows) => {
    // Everyone in the target audience, no posts, no word of mouth: whoever follows at the
    // start still follows when they buy, and nobody else ever follows; one LTV for all.
    const p = small({
      'audience.targetShare': 1,
      'audience.initialFollowers': follows ? 1 : 0,
      'ads.followRate': 0,
      'content.postsPerWeek': 0,
      'wom.contactsPerDay': 0,
      'product.learningRate': 0,
    });
    const frames = simulate(p, 6, 90);
    // A loyal customer lapses only on days without contact; here the only contact is an ad.
    const adsPerPerson =
      ((p['ads.dailyBudget'] / p['ads.cpm']) * 1000 * (1 - p['ads.retargetingShare'])) / p['audience.size'];
    const quiet = Math.exp(-adsPerPerson);
    const rates = customerRates(computeOdds(p), 0, { alone: quiet, following: quiet });
    const expected = lifetimeValue(rates, follows, unitMargin(p));
    expect(last(frames, 'buyers')).toBeGreaterThan(0);
    for (const f of frames) {
      const at = (m: Metric) => f.metrics[METRIC_INDEX[m]]!;
      if (at('buyers') === 0) continue;
      expect(at('ltv')).toBeCloseTo(expected, 9);
      expect(at('ltvToCac')).toBeCloseTo(at('ltv') / at('cac'), 9);
    }
  });

  it('weighs followers and outsiders as they were acquired', () => {
    const p = small();
    const frames = simulate(p, 6, 150);
    const odds = computeOdds(p);
    // between the least and the most a customer can be worth: never or always in touch, referred or not
    const values = [0, 1].flatMap((s) =>
      [1, 0].flatMap((q) =>
        [false, true].flatMap((f) =>
          [false, true].map((referred) =>
            lifetimeValue(customerRates(odds, s, { alone: q, following: q }), f, unitMargin(p), referred),
          ),
        ),
      ),
    );
    const ltv = last(frames, 'ltv');
    expect(ltv).toBeGreaterThan(Math.min(...values));
    expect(ltv).toBeLessThan(Math.max(...values));
  });
});

describe('new customers by channel', () => {
  const newBy = ACQUISITION_CHANNELS.map((c) => `newBy${c[0]!.toUpperCase()}${c.slice(1)}` as Metric);

  it('credits every new customer to exactly one channel, on both runners', () => {
    for (const runner of ['fast', 'xstate'] as const) {
      // A busy page and talkative customers, so that every channel brings some.
      const p = small({
        'audience.size': 2000,
        'audience.initialFollowers': 0.1,
        'content.organicReach': 0.5,
        'content.purposefulShare': 1,
        'wom.contactsPerDay': 1,
        'ads.retargetingShare': 0.5,
      });
      const frames = simulate(p, 8, 150, { runner });
      for (const f of frames) {
        const split = newBy.reduce((a, m) => a + f.metrics[METRIC_INDEX[m]]!, 0);
        expect(split).toBe(f.metrics[METRIC_INDEX.newCustomers]);
      }
      for (const m of newBy)
        expect(
          series(frames, m).some((x) => x > 0),
          m,
        ).toBe(true);
    }
  });

  it('credits a channel only when it brings visitors', () => {
    // A busy page, so that customers come even without ads.
    const busy = {
      'audience.initialFollowers': 0.1,
      'content.organicReach': 0.5,
      'content.purposefulShare': 1,
    };
    const total = (overrides: Partial<Parameters>, m: Metric) =>
      series(simulate(small({ ...busy, ...overrides }), 9, 150), m).reduce((a, b) => a + b, 0);
    expect(total({ 'ads.dailyBudget': 0 }, 'newCustomers')).toBeGreaterThan(0);
    expect(total({ 'ads.dailyBudget': 0 }, 'newByAds')).toBe(0);
    expect(total({ 'ads.dailyBudget': 0 }, 'newByRetargeting')).toBe(0);
    expect(total({ 'ads.retargetingShare': 0 }, 'newByRetargeting')).toBe(0);
    expect(total({ 'ads.retargetingShare': 1 }, 'newByAds')).toBe(0);
    expect(total({ 'content.postsPerWeek': 0 }, 'newByContent')).toBe(0);
    expect(total({ 'wom.contactsPerDay': 0 }, 'newByWom')).toBe(0);
    expect(total({ 'ads.dailyBudget': 500 }, 'newByAds')).toBeGreaterThan(0);
  });

  it("has a visit of the same day behind every first purchase, in the statechart's own table", () => {
    // The credit goes to the channel of the agent's latest visit; that is today's visit only if
    // first purchases happen on the website and every way onto the website counts a visit.
    const t = agentTable();
    const E = AGENT_EVENTS.length;
    const visitor = STATES.indexOf('visitor');
    const VISIT = COUNTERS.indexOf('visit');
    const NEW_CUSTOMER = COUNTERS.indexOf('newCustomer');
    let entries = 0;
    for (let cell = 0; cell < t.cellStart.length - 1; cell++) {
      const from = Math.floor(cell / E / t.flagCombos);
      for (let c = t.cellStart[cell]!; c < t.cellStart[cell + 1]!; c++) {
        const counters = [...t.counters[c]!];
        if (counters.includes(NEW_CUSTOMER)) expect(STATES[from]).toBe('visitor');
        if (t.target[c] === visitor) {
          expect(from).not.toBe(visitor); // no overnight stay on the website
          expect(counters).toContain(VISIT);
          entries++;
        }
      }
    }
    expect(entries).toBeGreaterThan(0);
    // every channel is credited to one of the four columns
    for (const c of CHANNELS) expect(ACQUISITION_CHANNELS).toContain(ACQUISITION_OF[c]);
  });
});
