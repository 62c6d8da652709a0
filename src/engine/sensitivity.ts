/**
 * Sensitivity of a key figure to the strategy's parameters: a sweep of one parameter over its
 * range (the figure's median over several seeds with a 10–90 % band, by value) and a tornado
 * (each parameter moved ±20 % on the same seeds as the baseline, ranked by how far that moves
 * the figure). Pure functions: the runs themselves are computed elsewhere (the worker pool).
 */
import type { ParameterName, ParameterSpec, Parameters } from '../model/parameters';
import { bandOfSeries, type Band } from './compare';
import { median } from './experiment';

/** Values a sweep runs by default, and seeds per value. */
export const SWEEP_VALUES = 9;
export const SWEEP_SEEDS = 10;
/** The tornado's relative change (±20 %) and its seeds. */
export const TORNADO_CHANGE = 0.2;
export const TORNADO_SEEDS = 10;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A value as the parameter takes it: within its range, whole where it must be. */
export function admissible(spec: ParameterSpec, x: number): number {
  const v = clamp(x, spec.min, spec.max);
  return spec.integer ? clamp(Math.round(v), Math.ceil(spec.min), Math.floor(spec.max)) : v;
}

/**
 * `count` values over the parameter's range (or `range` within it), both ends included: evenly spaced, or evenly on a
 * log scale for a logarithmic parameter (one whose range starts at 0: 0, then a log scale from
 * its slider's step); whole numbers for a whole
 * parameter (repeats dropped, so there may be fewer). Ascending.
 */
export function sweepValues(spec: ParameterSpec, count: number, range?: SweepRange): number[] {
  if (range) {
    const from = admissible(spec, Math.min(range.from, range.to));
    const to = admissible(spec, Math.max(range.from, range.to));
    return sweepValues({ ...spec, min: from, max: to }, count);
  }
  const n = Math.max(1, Math.floor(count));
  if (n === 1 || spec.max === spec.min) return [admissible(spec, spec.min)];
  // a logarithmic range from 0: 0, then the rest on a log scale from the slider's step
  const fromZero = spec.log && spec.min <= 0 && spec.step > 0 && spec.step < spec.max && n > 2;
  const lo = fromZero ? spec.step : spec.min;
  const log = spec.log && lo > 0;
  const k = fromZero ? n - 1 : n;
  const values: number[] = fromZero ? [admissible(spec, spec.min)] : [];
  for (let i = 0; i < k; i++) {
    const f = i / (k - 1);
    const x = log
      ? Math.exp(Math.log(lo) + f * (Math.log(spec.max) - Math.log(lo)))
      : lo + f * (spec.max - lo);
    // the ends exactly, without rounding noise
    const v = admissible(spec, i === 0 ? lo : i === k - 1 ? spec.max : x);
    if (values.length === 0 || v !== values[values.length - 1]) values.push(v);
  }
  return values;
}

/** How far past the value on screen a sweep of a logarithmic parameter reaches by default: ×4. */
export const SWEEP_SPAN = 4;

/** A sweep's range of values, both ends included. */
export interface SweepRange {
  from: number;
  to: number;
}

/**
 * The range a sweep covers unless asked otherwise: the whole range of a parameter on a linear
 * scale (a share, a quality); for a logarithmic one, whose range spans orders of magnitude (a
 * budget up to a million a day), from its lowest value to four times the value on screen (or its
 * slider's step when that is larger), so the runs stay among strategies a business might try.
 */
export function defaultSweepRange(spec: ParameterSpec, value: number): SweepRange {
  if (!spec.log) return { from: spec.min, to: spec.max };
  const reach = Math.max(value, spec.step, spec.min) * SWEEP_SPAN;
  return { from: spec.min, to: admissible(spec, reach) };
}

/** `count` seeds from `first` on: the seed shown and the next ones. */
export function sweepSeeds(first: number, count: number): number[] {
  return Array.from({ length: Math.max(1, Math.floor(count)) }, (_, i) => first + i);
}

/** The strategy with one parameter set to a value. */
export function withValue(params: Parameters, name: ParameterName, value: number): Parameters {
  return { ...params, [name]: value };
}

/** One value of a sweep: the figure on each seed (in the order of the seeds). */
export interface SweepCell {
  value: number;
  figures: readonly number[];
}

/** A sweep's curve: by value, the median over seeds and the 10th and 90th percentiles. */
export interface SweepCurve {
  values: number[];
  band: Band;
}

/** The median and 10–90 % band of each value's figures (NaN figures, as ROMI with nothing spent, left out). */
export function sweepCurve(cells: readonly SweepCell[]): SweepCurve {
  const values = cells.map((c) => c.value);
  const band: Band = { low: [], middle: [], high: [] };
  for (const c of cells) {
    // bandOfSeries reads one value per series per step: here, one seed per series, one step
    const b = bandOfSeries(c.figures.map((f) => [f]));
    band.low.push(b.low[0] ?? NaN);
    band.middle.push(b.middle[0] ?? NaN);
    band.high.push(b.high[0] ?? NaN);
  }
  return { values, band };
}

/** The values a tornado tries for a parameter: ±`change` of its value, within its range. */
export function tornadoValues(
  spec: ParameterSpec,
  value: number,
  change = TORNADO_CHANGE,
): { low: number; high: number } {
  return { low: admissible(spec, value * (1 - change)), high: admissible(spec, value * (1 + change)) };
}

/** One parameter's runs for the tornado, each list in the order of the baseline's seeds. */
export interface TornadoInput {
  parameter: ParameterName;
  lowValue: number;
  highValue: number;
  low: readonly number[];
  high: readonly number[];
}

/** One bar of the tornado: the figure's median at the low and at the high value. */
export interface TornadoBar {
  parameter: ParameterName;
  lowValue: number;
  highValue: number;
  /** the baseline's median plus the median of the paired differences (low − baseline, seed by seed) */
  low: number;
  high: number;
  /** how far the bar reaches, around the baseline: max(low, high, base) − min(low, high, base) */
  swing: number;
}

/** Median of the paired differences a − b (seed by seed), leaving out seeds where either is NaN. */
export function pairedMedianDelta(a: readonly number[], b: readonly number[]): number {
  const deltas: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i]! - b[i]!;
    if (!Number.isNaN(d)) deltas.push(d);
  }
  return median(deltas);
}

/**
 * The tornado: the baseline's median and one bar per parameter, largest swing first (a bar
 * that cannot be computed, NaN, last). Each end is paired with the baseline seed by seed, so
 * the luck of the audiences cancels out.
 */
export function tornado(
  base: readonly number[],
  inputs: readonly TornadoInput[],
): { baseline: number; bars: TornadoBar[] } {
  const baseline = median(base.filter((x) => !Number.isNaN(x)));
  const bars = inputs.map((p): TornadoBar => {
    const low = baseline + pairedMedianDelta(p.low, base);
    const high = baseline + pairedMedianDelta(p.high, base);
    const swing = Math.max(low, high, baseline) - Math.min(low, high, baseline);
    return { parameter: p.parameter, lowValue: p.lowValue, highValue: p.highValue, low, high, swing };
  });
  bars.sort((x, y) => (Number.isNaN(x.swing) ? 1 : 0) - (Number.isNaN(y.swing) ? 1 : 0) || y.swing - x.swing);
  return { baseline, bars };
}
