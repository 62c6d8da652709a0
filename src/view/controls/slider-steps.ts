/**
 * The values a strategy slider stops at, and how the keyboard moves between them.
 *
 * Every parameter gets a *grid* of round values: multiples of its `step` on a linear slider; on a
 * log slider, two significant figures but never finer than the step (10, 15 … 95, 100, 110 … for
 * a budget stepped by 5), so the increment grows with the value as the slider's spacing does;
 * decades below the step keep one significant figure (a CPM of 0.01, 0.02 … 0.5, 1, 1.5), so the
 * low end of a log slider is not one dead jump.
 * The ends and the default always belong to the grid, so a default that is not round (365 days)
 * is still reachable and an arrow up then down returns to it. Arrow keys go to the next grid value
 * in their direction, so a key never sticks, whatever value (typed, from a link) it starts from.
 * Page keys go further, to the next "page stop": a multiple of ten steps on a linear slider, a
 * 1–2–5 value (10, 20, 50, 100 …) on a log slider.
 */
import type { ParameterSpec } from '../../model/parameters';

/** Clean the float noise out of a product such as 7 × 0.001 (12 significant digits is plenty). */
const clean = (x: number): number => Number(x.toPrecision(12));

/** Two numbers closer than this (relative) are the same grid value. */
const closeTo = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Multiples of `inc` in [from, to), cleaned. */
function multiples(inc: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = Math.ceil(clean(from / inc)); m * inc < to && !closeTo(m * inc, to); m++)
    out.push(clean(m * inc));
  return out;
}

function buildGrid(s: ParameterSpec): number[] {
  const values = [s.min, s.max, s.default];
  if (s.log) {
    // Decades from the first that can hold a positive value to the one holding max.
    const lowest = s.min > 0 ? s.min : s.step;
    for (let k = Math.floor(Math.log10(lowest)); 10 ** k <= s.max; k++) {
      const inc = Math.max(10 ** (k - 1), Math.min(s.step, 10 ** k));
      values.push(...multiples(inc, 10 ** k, 10 ** (k + 1)));
    }
  } else {
    values.push(...multiples(s.step, s.min, s.max));
  }
  const inRange = values
    .map((v) => (s.integer ? Math.round(v) : v))
    .filter((v) => v >= s.min && v <= s.max)
    .sort((a, b) => a - b);
  return inRange.filter((v, i) => i === 0 || !closeTo(v, inRange[i - 1]!));
}

/** Is `v` one of the values a page key stops at? */
function isPageStop(s: ParameterSpec, v: number): boolean {
  if (closeTo(v, s.min) || closeTo(v, s.max)) return true;
  if (s.log) {
    const mantissa = v / 10 ** Math.floor(Math.log10(v));
    return [1, 2, 5, 10].some((m) => closeTo(mantissa, m));
  }
  const page = s.step * 10;
  return closeTo(v / page, Math.round(v / page));
}

const grids = new WeakMap<ParameterSpec, { all: number[]; pages: number[] }>();

function gridsOf(s: ParameterSpec) {
  let g = grids.get(s);
  if (!g) {
    const all = buildGrid(s);
    g = { all, pages: all.filter((v) => isPageStop(s, v)) };
    grids.set(s, g);
  }
  return g;
}

/** Every value the slider stops at, ascending; starts at min, ends at max, holds the default. */
export function sliderGrid(s: ParameterSpec): readonly number[] {
  return gridsOf(s).all;
}

/** Index of the first value of `grid` above `v` and of the last below it, ignoring float noise. */
function around(grid: readonly number[], v: number): { above: number; below: number } {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  let above = lo;
  while (above < grid.length && closeTo(grid[above]!, v)) above++;
  let below = lo - 1;
  while (below >= 0 && closeTo(grid[below]!, v)) below--;
  return { above, below };
}

/** The first value of `grid` above `v` (+1) or the last below it (−1); the range's end past the last. */
function next(s: ParameterSpec, grid: readonly number[], v: number, direction: 1 | -1): number {
  const { above, below } = around(grid, v);
  if (direction > 0) return above < grid.length ? grid[above]! : s.max;
  return below >= 0 ? grid[below]! : s.min;
}

/** One arrow key: the next grid value up (+1) or down (−1); the end itself at an end. */
export function stepValue(s: ParameterSpec, value: number, direction: 1 | -1): number {
  return next(s, gridsOf(s).all, value, direction);
}

/** One page key: the next page stop beyond one arrow step, so a page always moves further than an arrow. */
export function pageValue(s: ParameterSpec, value: number, direction: 1 | -1): number {
  return next(s, gridsOf(s).pages, stepValue(s, value, direction), direction);
}

/** The grid value nearest to `value` (a dragged slider lands on it). */
export function nearestOnGrid(s: ParameterSpec, value: number): number {
  const grid = gridsOf(s).all;
  const { above, below } = around(grid, value);
  if (above - below > 1) return grid[below + 1]!; // value is itself on the grid
  if (above >= grid.length) return s.max;
  if (below < 0) return s.min;
  return grid[above]! - value < value - grid[below]! ? grid[above]! : grid[below]!;
}

/**
 * The value a key moves the slider to, or null for a key a slider does not handle: arrows step
 * (left and down lower, right and up raise), Page Up and Page Down jump, Home and End go to the ends.
 */
export function keyValue(s: ParameterSpec, value: number, key: string): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return stepValue(s, value, 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return stepValue(s, value, -1);
    case 'PageUp':
      return pageValue(s, value, 1);
    case 'PageDown':
      return pageValue(s, value, -1);
    case 'Home':
      return s.min;
    case 'End':
      return s.max;
    default:
      return null;
  }
}
