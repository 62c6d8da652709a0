/**
 * What the model must reproduce to be credible: strategy effects and conservation (facts 4–8). Each fact runs on several seeds;
 * strategies compared within a test share their seeds (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import { STATES } from '../src/model/agent';
import { METRIC_INDEX } from '../src/engine/metrics';
import { last, mean, params, runSeeds, scenarioWith, seeds, series, total } from './support/runs';

const SEEDS = seeds(8);

describe('the model reproduces', () => {
  it('4. ignoring complaints lowers retention and, through bad word of mouth, slows acquisition', () => {
    const base = { 'audience.size': 5000 } as const;
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
  });

  it('5. vanity trap: entertainment-only content earns the most likes and fewer purchases', () => {
    const entertaining = runSeeds(scenarioWith('vanity-trap', { 'audience.size': 5000 }), SEEDS, 180);
    const purposeful = runSeeds(
      scenarioWith('vanity-trap', { 'audience.size': 5000, 'content.purposefulShare': 1 }),
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
    const poor = runSeeds(params({ 'audience.size': 5000, 'research.targetingPrecision': 0.1 }), SEEDS, 180);
    const precise = runSeeds(
      params({ 'audience.size': 5000, 'research.targetingPrecision': 0.9 }),
      SEEDS,
      180,
    );
    expect(mean(poor, (r) => last(r, 'cac'))).toBeGreaterThan(1.5 * mean(precise, (r) => last(r, 'cac')));

    const weak = runSeeds(params({ 'audience.size': 5000, 'research.valueFit': 0.3 }), SEEDS, 180);
    const strong = runSeeds(params({ 'audience.size': 5000, 'research.valueFit': 0.9 }), SEEDS, 180);
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
