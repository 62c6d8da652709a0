/**
 * What must hold of every run, whatever its parameters: the checks of the invariant properties
 * (test/invariants.test.ts), written once so that the fixed regression cases check the same.
 */
import { METRICS, METRIC_INDEX, type Metric } from '../../src/engine/metrics';
import type { DayFrame } from '../../src/engine/simulation';
import { STATE_INDEX } from '../../src/model/agent';
import type { Parameters } from '../../src/model/parameters';
import type { StrategyChange } from '../../src/model/scenario';

/** Running totals from day 1, kept as the engine keeps them (same order of additions, so exact). */
export interface RunningTotals {
  buyers: number;
  visits: number;
  revenue: number;
  adSpend: number;
  contentCost: number;
  supportCost: number;
}

/**
 * The figures that have no value on some days, and exactly when: each is NaN (an empty cell in the
 * CSV) on those days and a finite number on every other; every other metric is always finite.
 * docs/columns.md and the page's column guide say the same in words. `m` is the day's metrics,
 * `p` the parameters in force; 'unbounded' marks LTV's other undefined case, a lifetime without
 * end, which only a margin on repeat purchases can make (money.test.ts checks when it arises).
 */
export const UNDEFINED_WHEN: Partial<
  Record<Metric, (t: RunningTotals, m: Float64Array, p: Parameters) => boolean | 'unbounded'>
> = {
  // nobody has bought yet: nothing to divide by
  retention: (t) => t.buyers === 0,
  cac: (t) => t.buyers === 0,
  ltv: (t, _, p) => t.buyers === 0 || (p['product.price'] * p['product.margin'] > 0 && 'unbounded'),
  // no visit yet
  conversionRate: (t) => t.visits === 0,
  // nothing spent on marketing yet (ads, content, answers)
  romi: (t) => t.adSpend + t.contentCost + t.supportCost === 0,
  romiWithEquity: (t) => t.adSpend + t.contentCost + t.supportCost === 0,
  // no LTV; no CAC, or a CAC of 0 (customers, but nothing spent on ads); or a ratio too large for a number
  ltvToCac: (t, m) => {
    const ltv = m[METRIC_INDEX.ltv]!;
    return (
      Number.isNaN(ltv) || t.buyers === 0 || t.adSpend === 0 || !Number.isFinite(ltv / m[METRIC_INDEX.cac]!)
    );
  },
};

/** Metrics that are running totals from day 1: they never decrease. */
export const CUMULATIVE: readonly Metric[] = [
  'buyers',
  'totalRevenue',
  'totalAdSpend',
  'contentCost',
  'supportCost',
  'marketingCost',
];

/** Metrics that are shares, within [0, 1] where defined. */
export const SHARES: readonly Metric[] = ['retention', 'conversionRate', 'satisfaction'];

/** Metrics that may be negative: a return on spending loses at most everything spent (−1). */
const RETURNS: readonly Metric[] = ['romi', 'romiWithEquity'];

/** The parameters in force on each day 1…days, as the run applies its changes (at the start of their day). */
export function parametersByDay(
  params: Parameters,
  changes: readonly StrategyChange[],
  days: number,
): Parameters[] {
  const byDay = new Map([...changes].sort((a, b) => a.day - b.day).map((c) => [c.day, c.parameters]));
  const out: Parameters[] = [];
  let current = params;
  for (let day = 1; day <= days; day++) {
    const change = byDay.get(day);
    if (change) current = { ...current, ...change };
    out.push(current);
  }
  return out;
}

/** A broken invariant: which day, which rule, the values seen. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/**
 * Checks every invariant of a run's frames: counts never negative and summing to the population;
 * cumulative figures never decreasing and equal to their running sums; shares within [0, 1];
 * every figure finite except the undefined ones, which are NaN exactly when UNDEFINED_WHEN says;
 * revenue equal to purchases × price; marketing cost equal to ads + content + answers, each of
 * those equal to what the parameters in force say; the day's flows adding up (purchases, churn,
 * new customers by channel). Throws an InvariantError naming the first one broken (plain
 * comparisons rather than `expect`, which would cost more than the runs themselves).
 */
export function checkInvariants(
  frames: readonly DayFrame[],
  params: Parameters,
  changes: readonly StrategyChange[],
  days: number,
): void {
  const I = METRIC_INDEX;
  const n = params['audience.size'];
  const inForce = parametersByDay(params, changes, days);
  let day = 0;
  const holds = (ok: boolean, rule: () => string) => {
    if (!ok) throw new InvariantError(`day ${day}: ${rule()}`);
  };
  holds(frames.length === days, () => `${frames.length} frames for ${days} days`);
  const t: RunningTotals = { buyers: 0, visits: 0, revenue: 0, adSpend: 0, contentCost: 0, supportCost: 0 };
  let previous: Float64Array | undefined;
  for (let d = 0; d < frames.length; d++) {
    const f = frames[d]!;
    const m = f.metrics;
    const p = inForce[d]!;
    const at = (metric: Metric) => m[I[metric]]!;
    day = d + 1;
    holds(f.day === day, () => `numbered ${f.day}`);

    // Counts by state: whole, never negative, summing to the population.
    let sum = 0;
    for (const c of f.counts) {
      holds(Number.isInteger(c) && c >= 0, () => `a count of ${c} people in a state`);
      sum += c;
    }
    holds(sum === n, () => `the counts sum to ${sum}, not the population ${n}`);

    // Running totals, as the engine adds them up.
    t.buyers += at('newCustomers');
    t.visits += at('visits');
    t.revenue += at('revenue');
    t.adSpend += at('adSpend');
    t.contentCost += (p['content.postsPerWeek'] / 7) * p['content.costPerPost'];
    t.supportCost += at('complaintsAnswered') * p['feedback.costPerAnswer'];

    // Every figure finite, or NaN exactly where it is undefined; never ±Infinity.
    for (const metric of METRICS) {
      const x = at(metric);
      const undefinedToday = UNDEFINED_WHEN[metric]?.(t, m, p) ?? false;
      if (undefinedToday === true) holds(Number.isNaN(x), () => `${metric} = ${x}, where it is undefined`);
      else if (undefinedToday === false || !Number.isNaN(x))
        holds(Number.isFinite(x), () => `${metric} = ${x}, not a finite number`);
      const floor = RETURNS.includes(metric) ? -1 : 0;
      holds(!(x < floor), () => `${metric} = ${x}, below ${floor}`);
    }
    for (const metric of SHARES) holds(!(at(metric) > 1), () => `${metric} = ${at(metric)}, above 1`);

    // Cumulative figures: their running sums, never decreasing.
    const sums = [
      ['buyers', t.buyers],
      ['totalRevenue', t.revenue],
      ['totalAdSpend', t.adSpend],
      ['contentCost', t.contentCost],
      ['supportCost', t.supportCost],
    ] as const;
    for (const [metric, expected] of sums)
      holds(at(metric) === expected, () => `${metric} = ${at(metric)}, not its running sum ${expected}`);
    if (previous) {
      for (const metric of CUMULATIVE) {
        const before = previous[I[metric]]!;
        holds(at(metric) >= before, () => `${metric} fell from ${before} to ${at(metric)}`);
      }
    }

    // Money: revenue is purchases × price; marketing cost is the sum of its parts; ads stay within budget.
    const price = p['product.price'];
    holds(
      at('revenue') === at('purchases') * price,
      () => `revenue ${at('revenue')} ≠ ${at('purchases')} × ${price}`,
    );
    const parts = at('totalAdSpend') + at('contentCost') + at('supportCost');
    holds(
      at('marketingCost') === parts,
      () => `marketing cost ${at('marketingCost')} ≠ ads + content + answers ${parts}`,
    );
    // billed in cents: at most half a cent over a budget that is not whole cents
    const budget = p['ads.dailyBudget'];
    holds(at('adSpend') <= budget + 0.005, () => `ad spend ${at('adSpend')} over the budget ${budget}`);
    if (t.buyers > 0) holds(at('cac') === t.adSpend / t.buyers, () => `cac ${at('cac')} ≠ ad spend ÷ buyers`);
    if (!Number.isNaN(at('ltvToCac')))
      holds(at('ltvToCac') === at('ltv') / at('cac'), () => `ltvToCac ${at('ltvToCac')} ≠ ltv ÷ cac`);

    // The day's flows add up.
    const flows = [
      ['purchases', at('newCustomers') + at('repeatPurchases') + at('wonBack'), 'new + repeat + won back'],
      [
        'newCustomers',
        at('newByAds') + at('newByContent') + at('newByWom') + at('newByRetargeting'),
        'by channel',
      ],
      ['churned', at('lapsed') + at('leftAfterComplaint') + at('leftDisappointed'), 'by reason'],
      ['aware', n - f.counts[STATE_INDEX.unaware]!, 'population − unaware'],
    ] as const;
    for (const [metric, expected, what] of flows)
      holds(at(metric) === expected, () => `${metric} = ${at(metric)}, not ${what} = ${expected}`);
    holds(at('reach') <= at('impressions'), () => `reach ${at('reach')} > impressions ${at('impressions')}`);
    for (const people of ['reach', 'aware', 'followers', 'doubting'] as const)
      holds(at(people) <= n, () => `${people} = ${at(people)}, more than the population ${n}`);
    previous = m;
  }
}
