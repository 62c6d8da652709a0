import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_INDEX } from './metrics';
import type { DayFrame } from './simulation';
import { figureOf, median, paired, standardDeviation, type Runner } from './experiment';
import { defaultParameters, type Parameters } from '../model/parameters';

/** A run whose every metric on day d is `f(d)`. */
function frames(days: number, f: (day: number) => number): DayFrame[] {
  return Array.from({ length: days }, (_, k) => {
    const metrics = new Float64Array(METRICS.length).fill(f(k + 1));
    return {
      day: k + 1,
      metrics,
      counts: new Int32Array(0),
      moves: {
        agent: new Int32Array(0),
        from: new Uint8Array(0),
        to: new Uint8Array(0),
        channel: new Uint8Array(0),
      },
    };
  });
}

describe('figureOf', () => {
  it('reads the last day or sums the run', () => {
    const run = frames(4, (d) => d * 10);
    expect(figureOf(run, { metric: 'buyers', over: 'last' })).toBe(40);
    expect(figureOf(run, { metric: 'purchases', over: 'sum' })).toBe(100);
    expect(figureOf(run, { metric: 'doubting', over: 'mean' })).toBe(25);
  });
  it('reads the named metric, not another', () => {
    const run = frames(2, () => 0);
    run[1]!.metrics[METRIC_INDEX.retention] = 0.7;
    expect(figureOf(run, { metric: 'retention', over: 'last' })).toBe(0.7);
    expect(figureOf(run, { metric: 'buyers', over: 'last' })).toBe(0);
  });
  it('is NaN for an empty run', () => {
    expect(figureOf([], { metric: 'buyers', over: 'last' })).toBeNaN();
  });
});

describe('paired', () => {
  // A fake model: the figure is the budget plus a seed's luck, so the pairing cancels the luck.
  const run: Runner = (p: Parameters, seed: number, days: number) =>
    frames(days, () => p['ads.dailyBudget'] + ((seed * 7919) % 100));
  const base = defaultParameters();

  it('compares on the same seeds and counts strict moves the expected way', () => {
    const r = paired(
      run,
      base,
      { ...base, 'ads.dailyBudget': base['ads.dailyBudget'] + 10 },
      { metric: 'buyers', over: 'last' },
      1,
      [1, 2, 3],
      5,
    );
    expect(r.deltas).toEqual([10, 10, 10]);
    expect(r.right).toBe(3);
    expect(r.meanDelta).toBe(10);
    expect(r.base).toEqual([1, 2, 3].map((s) => base['ads.dailyBudget'] + ((s * 7919) % 100)));
  });

  it('counts none right when the lever does nothing or moves the other way', () => {
    const same = paired(run, base, base, { metric: 'buyers', over: 'last' }, 1, [1, 2], 3);
    expect(same.right).toBe(0);
    const less = { ...base, 'ads.dailyBudget': base['ads.dailyBudget'] - 10 };
    const down = paired(run, base, less, { metric: 'buyers', over: 'last' }, 1, [1, 2], 3);
    expect(down.right).toBe(0);
    expect(paired(run, base, less, { metric: 'buyers', over: 'last' }, -1, [1, 2], 3).right).toBe(2);
  });
});

describe('statistics', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('sample standard deviation', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138, 3);
    expect(standardDeviation([1])).toBeNaN();
  });
});
