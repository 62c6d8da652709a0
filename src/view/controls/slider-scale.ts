/**
 * Where a parameter's value sits on its slider, with d3-scale. Ranges that span orders of
 * magnitude (marked `log` in the schema) use a logarithmic scale so that both 5 and 50,000 are
 * reachable; when such a range starts at 0, a symmetric-log scale (linear near 0, logarithmic
 * beyond its constant, here the step) keeps 0 on the slider where a log scale cannot.
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3';
import type { ParameterSpec } from '../../model/parameters';
import { nearestOnGrid } from './slider-steps';

/** Slider positions run from 0 to RESOLUTION. */
export const RESOLUTION = 1000;

/** value ↔ position, clamped to the range at both ends. */
interface PositionScale {
  (value: number): number;
  invert(position: number): number;
}

const scales = new WeakMap<ParameterSpec, PositionScale>();

/** The parameter's scale from [min, max] to [0, RESOLUTION] (one per parameter, built once). */
export function sliderScale(s: ParameterSpec): PositionScale {
  let scale = scales.get(s);
  if (!scale) {
    const base = !s.log ? scaleLinear() : s.min > 0 ? scaleLog() : scaleSymlog().constant(s.step);
    scale = base.domain([s.min, s.max]).range([0, RESOLUTION]).clamp(true);
    scales.set(s, scale);
  }
  return scale;
}

/** The slider position of a value: an integer in [0, RESOLUTION]. */
export function toPosition(s: ParameterSpec, value: number): number {
  return Math.round(sliderScale(s)(value));
}

/** The value at a slider position: the round value of the parameter's grid nearest to it. */
export function fromPosition(s: ParameterSpec, position: number): number {
  return nearestOnGrid(s, sliderScale(s).invert(position));
}
