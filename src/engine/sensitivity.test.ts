import { describe, expect, it } from 'vitest';
import { parameterSpec, type ParameterSpec } from '../model/parameters';
import {
  admissible,
  pairedMedianDelta,
  sweepCurve,
  sweepSeeds,
  sweepValues,
  defaultSweepRange,
  tornado,
  tornadoValues,
} from './sensitivity';

const spec = (s: Partial<ParameterSpec>): ParameterSpec =>
  ({ ...parameterSpec('ads.dailyBudget')!, log: false, integer: false, ...s }) as ParameterSpec;

describe('the sweep grid', () => {
  it('spans the range evenly with both ends', () => {
    expect(sweepValues(spec({ min: 0, max: 1 }), 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sweepValues(spec({ min: 2, max: 10 }), 9)).toHaveLength(9);
  });
  it('is whole and without repeats for a whole parameter', () => {
    expect(sweepValues(spec({ min: 0, max: 3, integer: true }), 9)).toEqual([0, 1, 2, 3]);
  });
  it('spaces a logarithmic parameter on a log scale', () => {
    const v = sweepValues(spec({ min: 1, max: 100, log: true }), 3);
    expect(v[0]).toBe(1);
    expect(v[1]).toBeCloseTo(10);
    expect(v[2]).toBe(100);
  });
  it('starts a logarithmic range from 0 at 0, then goes on a log scale from the step', () => {
    const v = sweepValues(spec({ min: 0, max: 1000, step: 1, log: true }), 5);
    [0, 1, 10, 100, 1000].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 9));
    expect(v).toHaveLength(5);
  });
  it('gives one value for a count of one', () => {
    expect(sweepValues(spec({ min: 3, max: 9 }), 1)).toEqual([3]);
  });
  it('every value of every parameter stays in its range', () => {
    for (const name of ['ads.dailyBudget', 'content.postsPerWeek', 'feedback.responseHours'] as const) {
      const s = parameterSpec(name)!;
      for (const v of sweepValues(s, 9)) {
        expect(v).toBeGreaterThanOrEqual(s.min);
        expect(v).toBeLessThanOrEqual(s.max);
      }
    }
  });
  it('sweeps a range within the parameter’s, clamped to it', () => {
    expect(sweepValues(spec({ min: 0, max: 10 }), 3, { from: 2, to: 6 })).toEqual([2, 4, 6]);
    expect(sweepValues(spec({ min: 0, max: 10 }), 3, { from: 6, to: -5 })).toEqual([0, 3, 6]);
    const v = sweepValues(spec({ min: 0, max: 1_000_000, step: 5, log: true }), 4, { from: 0, to: 500 });
    [0, 5, 50, 500].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 9));
  });
  it('by default sweeps a linear parameter over its whole range, a logarithmic one up to 4× its value', () => {
    expect(defaultSweepRange(parameterSpec('content.quality')!, 0.5)).toEqual({ from: 0, to: 1 });
    expect(defaultSweepRange(parameterSpec('ads.dailyBudget')!, 15)).toEqual({ from: 0, to: 60 });
    // from nothing spent: up to 4 slider steps
    expect(defaultSweepRange(parameterSpec('ads.dailyBudget')!, 0)).toEqual({ from: 0, to: 20 });
    const size = parameterSpec('audience.size')!;
    expect(defaultSweepRange(size, 900_000)).toEqual({ from: 100, to: 1_000_000 });
  });
  it('seeds are the one shown and the next ones', () => {
    expect(sweepSeeds(7, 3)).toEqual([7, 8, 9]);
  });
});

describe('the tornado values', () => {
  it('are ±20 % clamped to the range', () => {
    expect(tornadoValues(spec({ min: 0, max: 100 }), 50)).toEqual({ low: 40, high: 60 });
    const t = tornadoValues(spec({ min: 0, max: 1 }), 0.9);
    expect(t.low).toBeCloseTo(0.72);
    expect(t.high).toBe(1);
    expect(admissible(spec({ min: 0, max: 10, integer: true }), 4.6)).toBe(5);
  });
});

describe('medians and bands', () => {
  it('a sweep value’s median and 10–90 % band over seeds', () => {
    const figures = [5, 1, 3, 2, 4, 6, 7, 8, 9, 10, 11];
    const c = sweepCurve([
      { value: 1, figures },
      { value: 2, figures: [NaN, 2, 2] },
    ]);
    expect(c.values).toEqual([1, 2]);
    expect(c.band.middle).toEqual([6, 2]);
    expect(c.band.low).toEqual([2, 2]);
    expect(c.band.high).toEqual([10, 2]);
  });
});

describe('the pairing', () => {
  it('takes the median of seed-by-seed differences, not the difference of medians', () => {
    // per seed the alternative is exactly 1 higher, whatever the seeds' spread
    const base = [10, 100, 1000];
    const alt = [11, 101, 1001];
    expect(pairedMedianDelta(alt, base)).toBe(1);
    const { baseline, bars } = tornado(base, [
      { parameter: 'ads.dailyBudget', lowValue: 8, highValue: 12, low: [9, 99, 999], high: alt },
    ]);
    expect(baseline).toBe(100);
    expect(bars[0]).toMatchObject({ low: 99, high: 101, swing: 2 });
  });
  it('ranks bars by swing, largest first, undefined ones last', () => {
    const base = [0, 0, 0];
    const bar = (
      p: 'ads.dailyBudget' | 'content.quality' | 'content.postsPerWeek',
      lo: number,
      hi: number,
    ) => ({
      parameter: p,
      lowValue: 0,
      highValue: 1,
      low: [lo, lo, lo],
      high: [hi, hi, hi],
    });
    const { bars } = tornado(base, [
      bar('ads.dailyBudget', -1, 1),
      bar('content.quality', NaN, NaN),
      bar('content.postsPerWeek', -5, 2),
    ]);
    expect(bars.map((b) => b.parameter)).toEqual([
      'content.postsPerWeek',
      'ads.dailyBudget',
      'content.quality',
    ]);
    expect(bars[0]!.swing).toBe(7);
  });
});
