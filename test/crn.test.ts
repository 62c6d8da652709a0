/**
 * Common random numbers: two strategies run on one seed share every random decision both make,
 * so their difference shows the strategy rather than luck, and a lever changes only what it
 * touches.
 */
import { describe, expect, it } from 'vitest';
import { last, params, seeds, series } from './support/runs';
import { simulate } from '../src/engine/run';
import type { Parameters } from '../src/model/parameters';

function spread(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}

const buyersAfter = (p: Parameters, seed: number, days: number) => last(simulate(p, seed, days), 'buyers');

describe('common random numbers', () => {
  it('a 10 % budget change on the same seed moves buyers with at most 0.3 of the spread of unpaired runs (20 seeds, 365 days)', () => {
    const base = params({ 'ads.dailyBudget': 50 });
    const more = params({ 'ads.dailyBudget': 55 });
    const paired: number[] = [];
    const unpaired: number[] = [];
    for (const seed of seeds(20)) {
      const before = buyersAfter(base, seed, 365);
      paired.push(buyersAfter(more, seed, 365) - before);
      unpaired.push(buyersAfter(more, seed + 1000, 365) - before);
    }
    expect(spread(unpaired)).toBeGreaterThan(0);
    expect(spread(paired)).toBeLessThanOrEqual(0.3 * spread(unpaired));
  });

  it('a bigger budget never shows fewer ads: impressions and reach on every day (prospecting only)', () => {
    const at = (budget: number) =>
      simulate(params({ 'ads.dailyBudget': budget, 'ads.retargetingShare': 0 }), 5, 120);
    const base = at(50);
    const more = at(55);
    for (const metric of ['impressions', 'reach'] as const) {
      const a = series(base, metric);
      const b = series(more, metric);
      a.forEach((x, d) => expect(b[d]).toBeGreaterThanOrEqual(x));
      expect(b.reduce((s, x) => s + x, 0)).toBeGreaterThan(a.reduce((s, x) => s + x, 0));
    }
  });

  it('a lever changes only the decisions it touches: another tone of answers leaves every day’s ads alone', () => {
    const run = (tone: number) =>
      simulate(params({ 'feedback.tone': tone, 'ads.retargetingShare': 0, 'audience.size': 3000 }), 8, 365);
    const warm = run(0.9);
    const cold = run(0.1);
    // the tone does matter (a warm answer wins back more complainers) …
    expect(series(cold, 'recovered')).not.toEqual(series(warm, 'recovered'));
    expect(series(cold, 'retention')).not.toEqual(series(warm, 'retention'));
    // … but not to whom the ads are shown, nor how many: those draws are keyed, not taken in turn
    expect(series(cold, 'impressions')).toEqual(series(warm, 'impressions'));
    expect(series(cold, 'reach')).toEqual(series(warm, 'reach'));
  });
});
