/**
 * What DESIGN.md asks of the money of the defaults, on the default strategy after 365 days: a
 * return on ad spend of 1 to 5 (Meta medians are about 2–3) and an LTV:CAC of 1 to 6, as medians
 * over 10 seeds, and in at least 9 of those seeds. Measure with `npx tsx scripts/money-calibration.ts`.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_INDEX } from '../src/engine/metrics';
import { median } from '../src/engine/experiment';
import { defaultParameters } from '../src/model/parameters';
import { runSeeds, seeds } from './support/runs';

describe('the default strategy after 365 days, over 10 seeds', () => {
  const last = runSeeds(defaultParameters(), seeds(10), 365).map((frames) => frames.at(-1)!.metrics);
  const roas = last.map((m) => m[METRIC_INDEX.totalRevenue]! / m[METRIC_INDEX.totalAdSpend]!);
  const ltvToCac = last.map((m) => m[METRIC_INDEX.ltvToCac]!);
  const within = (xs: number[], lo: number, hi: number) => xs.filter((x) => x >= lo && x <= hi).length;

  it('returns 1 to 5 dollars of revenue per dollar of ad spend (return on ad spend)', () => {
    expect(median(roas)).toBeGreaterThanOrEqual(1);
    expect(median(roas)).toBeLessThanOrEqual(5);
    expect(within(roas, 1, 5), roas.join(', ')).toBeGreaterThanOrEqual(9);
  });

  it('has an LTV:CAC of 1 to 6 (LTV ÷ ad spend per new customer)', () => {
    expect(median(ltvToCac)).toBeGreaterThanOrEqual(1);
    expect(median(ltvToCac)).toBeLessThanOrEqual(6);
    expect(within(ltvToCac, 1, 6), ltvToCac.join(', ')).toBeGreaterThanOrEqual(9);
  });
});
