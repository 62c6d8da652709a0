/**
 * What the model must reproduce to be credible: reach and diffusion (facts 1–3). Each fact runs on several seeds;
 * strategies compared within a test share their seeds (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import { mean, params, runSeeds, scenarioWith, seeds, series, total } from './support/runs';

const SEEDS = seeds(8);

describe('the model reproduces', () => {
  it('1. no ads, no content, no word of mouth: nobody ever buys', () => {
    const silent = params({
      'audience.size': 2000,
      'ads.dailyBudget': 0,
      'content.postsPerWeek': 0,
      'wom.contactsPerDay': 0,
    });
    for (const run of runSeeds(silent, SEEDS, 180)) {
      expect(series(run, 'buyers').every((b) => b === 0)).toBe(true);
      expect(total(run, 'visits')).toBe(0);
      expect(total(run, 'revenue')).toBe(0);
    }
  });

  describe('2. Bass diffusion: mean cumulative buyers follow the discrete Bass map within 1.5% of M', () => {
    const M = 10_000;
    const bassSeeds = seeds(10, 1000);
    // Daily p and q: q > p gives an S-curve with an interior peak; the last pair is nearly pure advertising.
    it.each([
      [0.003, 0.06],
      [0.004, 0.08],
      [0.01, 0.02],
    ])('p = %f, q = %f', (p, q) => {
      const persuasion = scenarioWith('bass-diffusion')['wom.persuasion'];
      const strategy = scenarioWith('bass-diffusion', {
        'audience.size': M,
        // p = daily impressions / M, impressions = budget / cpm × 1000
        'ads.dailyBudget': (p * M * scenarioWith('bass-diffusion')['ads.cpm']) / 1000,
        'wom.contactsPerDay': q / persuasion,
      });
      const days = 150;
      const runs = runSeeds(strategy, bassSeeds, days);
      let A = 0;
      let worst = 0;
      for (let t = 0; t < days; t++) {
        A = A + (M - A) * (1 - Math.exp(-(p + (q * A) / M)));
        const simulated = mean(runs, (r) => series(r, 'buyers')[t]!);
        worst = Math.max(worst, Math.abs(simulated - A) / M);
      }
      expect(worst).toBeLessThan(0.015);
      // and the curve really is a diffusion: most of the market has bought by the end
      expect(A / M).toBeGreaterThan(0.9);
    });
  });

  it('3. diminishing returns: conversions grow with the ad budget, ever more slowly', () => {
    const budgets = [10, 40, 160, 640];
    const conversions = budgets.map((b) =>
      mean(runSeeds(params({ 'audience.size': 5000, 'ads.dailyBudget': b }), SEEDS, 180), (r) =>
        total(r, 'newCustomers'),
      ),
    );
    for (let k = 1; k < budgets.length; k++) expect(conversions[k]).toBeGreaterThan(conversions[k - 1]!);
    const marginal = budgets
      .slice(1)
      .map((b, k) => (conversions[k + 1]! - conversions[k]!) / (b - budgets[k]!));
    for (let k = 1; k < marginal.length; k++) expect(marginal[k]).toBeLessThan(marginal[k - 1]!);
  });
});
