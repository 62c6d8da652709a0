/**
 * Comparing strategies run on one audience (the same seed, so common random numbers): the key
 * figures side by side with their differences, the return on the extra spend, why one run ended
 * with more customers than the other (a waterfall by channel and by reason), and whether a
 * difference is the strategy's or luck's, over several seeds paired the same way.
 */
import type { Parameters } from '../model/parameters';
import { figureOf, median, type Figure } from './experiment';
import { IN_LOOP, METRIC_INDEX, type Metric } from './metrics';
import type { DayFrame } from './simulation';

/** One run to compare: its strategy and its days. */
export interface ComparedRun {
  params: Parameters;
  frames: readonly DayFrame[];
}

/** How a key figure is read off a run, and which way is better (0: neither, as for likes). */
export interface KeyFigure {
  id: KeyFigureId;
  /** a figure of the run, or gross profit, which needs the margin */
  read: Figure | 'grossProfit';
  better: 1 | -1 | 0;
  /** how the figure is shown: a count, a share in per cent, money, a ratio */
  unit: 'count' | 'percent' | 'money' | 'ratio';
}

export type KeyFigureId =
  | 'buyers'
  | 'retention'
  | 'conversion'
  | 'revenue'
  | 'grossProfit'
  | 'marketingCost'
  | 'romi'
  | 'romiWithEquity'
  | 'ltvToCac'
  | 'likes';

/** The figures a comparison table shows, in its order; all as of the last day compared. */
export const KEY_FIGURES: readonly KeyFigure[] = [
  { id: 'buyers', read: { metric: 'buyers', over: 'last' }, better: 1, unit: 'count' },
  { id: 'retention', read: { metric: 'retention', over: 'last' }, better: 1, unit: 'percent' },
  { id: 'conversion', read: { metric: 'conversionRate', over: 'last' }, better: 1, unit: 'percent' },
  { id: 'revenue', read: { metric: 'totalRevenue', over: 'last' }, better: 1, unit: 'money' },
  { id: 'grossProfit', read: 'grossProfit', better: 1, unit: 'money' },
  { id: 'marketingCost', read: { metric: 'marketingCost', over: 'last' }, better: -1, unit: 'money' },
  { id: 'romi', read: { metric: 'romi', over: 'last' }, better: 1, unit: 'percent' },
  { id: 'romiWithEquity', read: { metric: 'romiWithEquity', over: 'last' }, better: 1, unit: 'percent' },
  { id: 'ltvToCac', read: { metric: 'ltvToCac', over: 'last' }, better: 1, unit: 'ratio' },
  { id: 'likes', read: { metric: 'likes', over: 'sum' }, better: 0, unit: 'count' },
];

/** Gross profit so far: revenue × the product's margin. */
export function grossProfit(run: ComparedRun): number {
  return figureOf(run.frames, { metric: 'totalRevenue', over: 'last' }) * run.params['product.margin'];
}

/** A key figure's value for a run (NaN where it is undefined, as ROMI with nothing spent). */
export function keyFigure(run: ComparedRun, figure: KeyFigure): number {
  return figure.read === 'grossProfit' ? grossProfit(run) : figureOf(run.frames, figure.read);
}

/** A row of the comparison table: each run's value, and each run's difference from the first. */
export interface ComparisonRow {
  figure: KeyFigure;
  values: number[];
  /** value − the first run's value (0 for the first run itself) */
  deltas: number[];
  /** per run: +1 better than the first, −1 worse, 0 the same or neither (see KeyFigure.better) */
  verdicts: (1 | -1 | 0)[];
}

/** The key figures of every run beside the first's (the baseline). */
export function compareFigures(runs: readonly ComparedRun[]): ComparisonRow[] {
  return KEY_FIGURES.map((figure) => {
    const values = runs.map((r) => keyFigure(r, figure));
    const deltas = values.map((v) => v - values[0]!);
    const verdicts = deltas.map((d) => {
      if (!(d !== 0) || figure.better === 0) return 0; // equal, undefined (NaN) or neutral
      return (Math.sign(d) * figure.better) as 1 | -1;
    });
    return { figure, values, deltas, verdicts };
  });
}

/**
 * What each extra dollar of marketing brought back in gross profit: Δ gross profit ÷ Δ marketing
 * cost, B against A. NaN when the two spent the same.
 */
export function returnOnExtraSpend(a: ComparedRun, b: ComparedRun): number {
  const extra = extraMarketingCost(a, b);
  return extra === 0 ? NaN : (grossProfit(b) - grossProfit(a)) / extra;
}

/** What B spent on marketing beyond A (negative when B spent less). */
export function extraMarketingCost(a: ComparedRun, b: ComparedRun): number {
  const cost = (r: ComparedRun) => figureOf(r.frames, { metric: 'marketingCost', over: 'last' });
  return cost(b) - cost(a);
}

/** Customers with the brand at the end of a run (those `retention` counts). */
export function customersAtEnd(frames: readonly DayFrame[]): number {
  const last = frames[frames.length - 1];
  if (!last) return 0;
  return IN_LOOP.reduce((sum, inLoop, s) => sum + inLoop * last.counts[s]!, 0);
}

/** A step of the waterfall from A's customers to B's: why B has more or fewer. */
export interface WhyStep {
  id: WhyStepId;
  /** B − A: more new customers, or more kept (fewer lost), is positive */
  delta: number;
}

export type WhyStepId =
  | 'newByAds'
  | 'newByContent'
  | 'newByWom'
  | 'newByRetargeting'
  | 'wonBack'
  | 'lapsed'
  | 'leftAfterComplaint'
  | 'leftDisappointed';

/** Each step's flow and its sign in the customers' balance. */
const WHY_FLOWS: readonly { id: WhyStepId; metric: Metric; sign: 1 | -1 }[] = [
  { id: 'newByAds', metric: 'newByAds', sign: 1 },
  { id: 'newByContent', metric: 'newByContent', sign: 1 },
  { id: 'newByWom', metric: 'newByWom', sign: 1 },
  { id: 'newByRetargeting', metric: 'newByRetargeting', sign: 1 },
  { id: 'wonBack', metric: 'wonBack', sign: 1 },
  { id: 'lapsed', metric: 'lapsed', sign: -1 },
  { id: 'leftAfterComplaint', metric: 'leftAfterComplaint', sign: -1 },
  { id: 'leftDisappointed', metric: 'leftDisappointed', sign: -1 },
];

/**
 * Why B ended with more (or fewer) customers than A. A run's customers at its end are its new
 * customers (by the channel that brought each), plus those won back, less those who lapsed, left
 * after complaining or left disappointed; so the steps, added to A's customers, give B's exactly.
 */
export interface Why {
  /** customers with the brand at the end of A, and of B */
  from: number;
  to: number;
  steps: WhyStep[];
}

export function explainDifference(a: readonly DayFrame[], b: readonly DayFrame[]): Why {
  const total = (frames: readonly DayFrame[], metric: Metric) => {
    const k = METRIC_INDEX[metric];
    let sum = 0;
    for (const f of frames) sum += f.metrics[k]!;
    return sum;
  };
  return {
    from: customersAtEnd(a),
    to: customersAtEnd(b),
    steps: WHY_FLOWS.map(({ id, metric, sign }) => ({
      id,
      delta: sign * (total(b, metric) - total(a, metric)),
    })),
  };
}

/** The steps that moved the most, largest first (ties in the steps' own order), without those that did not move. */
export function mainReasons(why: Why): WhyStep[] {
  return why.steps
    .map((step, order) => ({ step, order }))
    .filter(({ step }) => step.delta !== 0)
    .sort((x, y) => Math.abs(y.step.delta) - Math.abs(x.step.delta) || x.order - y.order)
    .map(({ step }) => step);
}

/**
 * The chance of k or more agreeing signs out of n by luck alone (a one-sided sign test: each
 * paired seed equally likely to go either way when the strategies do not differ).
 */
export function signTestP(k: number, n: number): number {
  let p = 0;
  let choose = 1; // C(n, j), built up from j = 0
  for (let j = 0; j <= n; j++) {
    if (j >= k) p += choose / 2 ** n;
    choose = (choose * (n - j)) / (j + 1);
  }
  return p;
}

/** What runs on several seeds say about one figure, B against A. */
export interface SeedVerdict {
  /** paired seeds on which B's figure is above A's, and below */
  above: number;
  below: number;
  n: number;
  /** the median of B − A over the seeds */
  medianDelta: number;
  /**
   * 'above' or 'below' when that many seeds agreeing is unlikely by luck (sign test, p < 0.05:
   * at least 9 of 10), 'noise' otherwise.
   */
  says: 'above' | 'below' | 'noise';
}

/** The verdict of paired seeds from each one's figure for A and for B. */
export function seedVerdict(aValues: readonly number[], bValues: readonly number[]): SeedVerdict {
  const deltas = aValues.map((a, i) => bValues[i]! - a);
  const above = deltas.filter((d) => d > 0).length;
  const below = deltas.filter((d) => d < 0).length;
  const n = deltas.length;
  const says = signTestP(above, n) < 0.05 ? 'above' : signTestP(below, n) < 0.05 ? 'below' : 'noise';
  return { above, below, n, medianDelta: median(deltas), says };
}

/** A band of curves over seeds: per day, the lowest, middle and highest decile's value. */
export interface Band {
  low: number[];
  middle: number[];
  high: number[];
}

/** The per-day 10th, 50th and 90th percentile of several series (undefined values left out). */
export function bandOfSeries(series: readonly (readonly number[])[]): Band {
  const days = series.length ? Math.min(...series.map((s) => s.length)) : 0;
  const band: Band = { low: [], middle: [], high: [] };
  for (let d = 0; d < days; d++) {
    const values = series.map((s) => s[d]!).filter((v) => !Number.isNaN(v));
    values.sort((x, y) => x - y);
    const at = (q: number) => (values.length ? values[Math.round(q * (values.length - 1))]! : NaN);
    band.low.push(at(0.1));
    band.middle.push(at(0.5));
    band.high.push(at(0.9));
  }
  return band;
}
