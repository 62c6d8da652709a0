/**
 * Paired experiments: two strategies run on the same seeds, so that with keyed random draws
 * (common random numbers) the difference between them on one seed is the strategy's doing, not
 * luck. Used by the lever checks, the presets' claims and the docs that report them.
 */
import { METRIC_INDEX, type Metric } from './metrics';
import type { Parameters } from '../model/parameters';
import type { DayFrame } from './simulation';

/** A number read off a run: a metric on its last day, a daily flow summed over the run, or a daily level averaged over it. */
export interface Figure {
  metric: Metric;
  over: 'last' | 'sum' | 'mean';
}

/** The figure's value for a run. */
export function figureOf(frames: readonly DayFrame[], figure: Figure): number {
  const k = METRIC_INDEX[figure.metric];
  if (frames.length === 0) return NaN;
  if (figure.over === 'last') return frames[frames.length - 1]!.metrics[k]!;
  let sum = 0;
  for (const f of frames) sum += f.metrics[k]!;
  return figure.over === 'mean' ? sum / frames.length : sum;
}

/** Runs one strategy for some days from one seed (a runner of the engine). */
export type Runner = (params: Parameters, seed: number, days: number) => DayFrame[];

/** Per seed, a figure of the baseline and of the alternative, and what the comparison says. */
export interface PairedResult {
  seeds: readonly number[];
  base: number[];
  alt: number[];
  /** alt − base, per seed */
  deltas: number[];
  /** seeds on which the alternative moved the figure the expected way (strictly) */
  right: number;
  /** the mean of the deltas */
  meanDelta: number;
  /** the median of the baseline, for relative effects */
  baseMedian: number;
}

/** Median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sample standard deviation (NaN below two values). */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

/**
 * Runs `base` and `alt` on every seed and compares `figure`; `direction` +1 expects the
 * alternative to raise it, −1 to lower it. A seed counts as right only on a strict move, so a
 * lever that does nothing scores 0, not 10.
 */
export function paired(
  run: Runner,
  base: Parameters,
  alt: Parameters,
  figure: Figure,
  direction: 1 | -1,
  seeds: readonly number[],
  days: number,
): PairedResult {
  const b = seeds.map((s) => figureOf(run(base, s, days), figure));
  const a = seeds.map((s) => figureOf(run(alt, s, days), figure));
  const deltas = a.map((x, i) => x - b[i]!);
  return {
    seeds,
    base: b,
    alt: a,
    deltas,
    right: deltas.filter((d) => d * direction > 0).length,
    meanDelta: deltas.reduce((x, y) => x + y, 0) / Math.max(1, deltas.length),
    baseMedian: median(b),
  };
}
