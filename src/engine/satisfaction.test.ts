import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { LEARNING_CEILING, learnedSatisfaction } from '../model/odds';
import { METRIC_INDEX } from './metrics';
import { simulate } from './run';

const I = METRIC_INDEX;

describe('the satisfaction column', () => {
  it('starts at the product’s satisfaction and rises, day by day, as complaints are answered', () => {
    const p = { ...defaultParameters(), 'audience.size': 2000, 'feedback.answeredShare': 1 };
    const frames = simulate(p, 4, 120);
    const s = frames.map((f) => f.metrics[I.satisfaction]!);
    expect(s[0]).toBeGreaterThanOrEqual(p['product.satisfaction']);
    for (let d = 1; d < s.length; d++) expect(s[d]).toBeGreaterThanOrEqual(s[d - 1]!);
    expect(s[s.length - 1]).toBeGreaterThan(p['product.satisfaction']);
    expect(s[s.length - 1]).toBeLessThanOrEqual(LEARNING_CEILING);
    // answered complaints alone account for at least part of the lessons counted
    const answered = frames.reduce((a, f) => a + f.metrics[I.complaintsAnswered]!, 0);
    expect(s[s.length - 1]).toBeGreaterThanOrEqual(learnedSatisfaction(p, answered));
  });

  it('stays where it started when the product does not learn', () => {
    const p = { ...defaultParameters(), 'audience.size': 2000, 'product.learningRate': 0 };
    for (const f of simulate(p, 4, 60)) expect(f.metrics[I.satisfaction]).toBe(p['product.satisfaction']);
  });
});
