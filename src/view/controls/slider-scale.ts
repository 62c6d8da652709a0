/**
 * Where a parameter's value sits on its slider. Ranges that span orders of magnitude (marked
 * `log` in the schema) use a logarithmic scale so that both 5 and 50,000 are reachable.
 */
import type { ParameterSpec } from '../../model/parameters';

/** Slider positions run from 0 to RESOLUTION. */
export const RESOLUTION = 1000;

function logBounds(s: ParameterSpec): [number, number] {
  const low = s.min > 0 ? s.min : Math.max(s.step, s.max / 1e5);
  return [Math.log(low), Math.log(s.max)];
}

/** The slider position of a value. */
export function toPosition(s: ParameterSpec, value: number): number {
  if (s.log) {
    const [a, b] = logBounds(s);
    if (value <= Math.exp(a)) return 0;
    return Math.round(((Math.log(value) - a) / (b - a)) * RESOLUTION);
  }
  return Math.round(((value - s.min) / (s.max - s.min)) * RESOLUTION);
}

/** The value at a slider position, rounded to the parameter's step and kept in range. */
export function fromPosition(s: ParameterSpec, position: number): number {
  const x = Math.min(RESOLUTION, Math.max(0, position)) / RESOLUTION;
  let value: number;
  if (s.log) {
    if (x === 0) return s.min;
    if (x === 1) return s.max;
    const [a, b] = logBounds(s);
    value = Math.exp(a + x * (b - a));
    // Keep about two significant figures on a log scale, but never finer than the step.
    const magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    value = Math.round(value / Math.max(magnitude, s.step)) * Math.max(magnitude, s.step);
  } else {
    value = s.min + x * (s.max - s.min);
    value = Math.round(value / s.step) * s.step;
  }
  value = Number(value.toPrecision(10));
  if (s.integer) value = Math.round(value);
  return Math.min(s.max, Math.max(s.min, value));
}
