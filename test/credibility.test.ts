/**
 * What the model must reproduce to be credible. Each fact runs on several seeds;
 * strategies compared within a test share their seeds (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import { STATES } from '../src/model/agent';
import { METRIC_INDEX } from '../src/engine/metrics';
import { last, mean, params, runSeeds, scenarioWith, series, total } from './support/runs';

const SEEDS = [11, 23, 37, 41, 53];

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
    const M = 4000;
    const seeds = [101, 202, 303, 404, 505, 606];
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
      const runs = runSeeds(strategy, seeds, days);
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
      mean(runSeeds(params({ 'audience.size': 3000, 'ads.dailyBudget': b }), SEEDS, 180), (r) =>
        total(r, 'newCustomers'),
      ),
    );
    for (let k = 1; k < budgets.length; k++) expect(conversions[k]).toBeGreaterThan(conversions[k - 1]!);
    const marginal = budgets
      .slice(1)
      .map((b, k) => (conversions[k + 1]! - conversions[k]!) / (b - budgets[k]!));
    for (let k = 1; k < marginal.length; k++) expect(marginal[k]).toBeLessThan(marginal[k - 1]!);
  });

  it('4. ignoring complaints lowers retention and, through bad word of mouth, slows acquisition', () => {
    const base = { 'audience.size': 3000 } as const;
    const ignoring = scenarioWith('ignoring-complaints', { ...base });
    const answering = scenarioWith('ignoring-complaints', {
      ...base,
      'feedback.answeredShare': 1,
      'feedback.responseHours': 1,
    });
    const ignored = runSeeds(ignoring, SEEDS, 180);
    const answered = runSeeds(answering, SEEDS, 180);
    expect(mean(ignored, (r) => last(r, 'retention'))).toBeLessThan(
      mean(answered, (r) => last(r, 'retention')) - 0.05,
    );
    expect(mean(ignored, (r) => total(r, 'badMentions'))).toBeGreaterThan(
      mean(answered, (r) => total(r, 'badMentions')),
    );
    expect(mean(ignored, (r) => total(r, 'newCustomers'))).toBeLessThan(
      mean(answered, (r) => total(r, 'newCustomers')),
    );
    // slowing acquisition needs no worse answers when nobody talks: with word of mouth off, the gap closes
    const quiet = { 'wom.contactsPerDay': 0 } as const;
    const ignoredQuiet = runSeeds({ ...ignoring, ...quiet }, SEEDS, 180);
    const answeredQuiet = runSeeds({ ...answering, ...quiet }, SEEDS, 180);
    expect(mean(ignoredQuiet, (r) => total(r, 'badMentions'))).toBe(0);
    expect(mean(answeredQuiet, (r) => total(r, 'badMentions'))).toBe(0);
  });

  it('5. vanity trap: entertainment-only content earns the most likes and fewer purchases', () => {
    const entertaining = runSeeds(scenarioWith('vanity-trap', { 'audience.size': 3000 }), SEEDS, 180);
    const purposeful = runSeeds(
      scenarioWith('vanity-trap', { 'audience.size': 3000, 'content.purposefulShare': 1 }),
      SEEDS,
      180,
    );
    expect(mean(entertaining, (r) => total(r, 'likes'))).toBeGreaterThan(
      1.5 * mean(purposeful, (r) => total(r, 'likes')),
    );
    expect(mean(entertaining, (r) => total(r, 'purchases'))).toBeLessThan(
      mean(purposeful, (r) => total(r, 'purchases')),
    );
  });

  it('6. poor targeting raises CAC; better value fit raises conversion and retention', () => {
    const poor = runSeeds(params({ 'audience.size': 3000, 'research.targetingPrecision': 0.1 }), SEEDS, 180);
    const precise = runSeeds(
      params({ 'audience.size': 3000, 'research.targetingPrecision': 0.9 }),
      SEEDS,
      180,
    );
    expect(mean(poor, (r) => last(r, 'cac'))).toBeGreaterThan(1.5 * mean(precise, (r) => last(r, 'cac')));

    const weak = runSeeds(params({ 'audience.size': 3000, 'research.valueFit': 0.3 }), SEEDS, 180);
    const strong = runSeeds(params({ 'audience.size': 3000, 'research.valueFit': 0.9 }), SEEDS, 180);
    expect(mean(strong, (r) => last(r, 'conversionRate'))).toBeGreaterThan(
      mean(weak, (r) => last(r, 'conversionRate')),
    );
    expect(mean(strong, (r) => last(r, 'retention'))).toBeGreaterThan(
      mean(weak, (r) => last(r, 'retention')),
    );
  });

  it('7. retargeting wins back lost customers; with retargetingShare = 0 nobody is won back', () => {
    const withRetargeting = runSeeds(scenarioWith('win-back'), SEEDS, 180);
    for (const run of withRetargeting) expect(total(run, 'wonBack')).toBeGreaterThan(0);
    const without = runSeeds(scenarioWith('win-back', { 'ads.retargetingShare': 0 }), SEEDS, 180);
    for (const run of without) {
      expect(total(run, 'churned')).toBeGreaterThan(0);
      expect(series(run, 'wonBack').every((w) => w === 0)).toBe(true);
    }
  });

  it('8. conservation: every agent is in exactly one state every day, counts sum to the size', () => {
    for (const name of ['default', 'full-loop', 'ignoring-complaints']) {
      const strategy = scenarioWith(name, { 'audience.size': 1500 });
      for (const run of runSeeds(strategy, SEEDS, 180)) {
        for (const frame of run) {
          expect(frame.counts.length).toBe(STATES.length);
          expect(frame.counts.reduce((a, b) => a + b, 0)).toBe(1500);
          expect(frame.counts.every((c) => c >= 0)).toBe(true);
          expect(frame.metrics[METRIC_INDEX.buyers]).toBeLessThanOrEqual(1500);
        }
      }
    }
  });
});
