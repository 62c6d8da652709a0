import { describe, expect, it } from 'vitest';
import { CHANNELS, COUNTERS } from '../model/agent';
import { defaultParameters, type Parameters } from '../model/parameters';
import {
  KEY_FIGURES,
  bandOfSeries,
  compareFigures,
  customersAtEnd,
  explainDifference,
  grossProfit,
  mainReasons,
  returnOnExtraSpend,
  seedVerdict,
  signTestP,
} from './compare';
import { CHURN_BY_CHANNEL, METRIC_INDEX } from './metrics';
import { simulate } from './run';
import { agentShape } from './shape-cache';

const base = { ...defaultParameters(), 'audience.size': 2000 };
const run = (params: Parameters, seed = 3, days = 200) => ({ params, frames: simulate(params, seed, days) });

describe('why one run has more customers than another', () => {
  it('every move that loses a customer goes through a channel that names why', () => {
    const shape = agentShape();
    const churned = COUNTERS.indexOf('churned');
    for (const byEvent of shape.transitions)
      for (const rows of byEvent)
        for (const row of rows)
          if (row.counters.includes(churned)) expect(CHURN_BY_CHANNEL[CHANNELS[row.channel]!]).toBeDefined();
  });

  it('splits each day’s churned customers by why they left', () => {
    const { frames } = run({ ...base, 'feedback.answeredShare': 0.3, 'product.lapseDays': 60 });
    const I = METRIC_INDEX;
    for (const f of frames) {
      const m = f.metrics;
      expect(m[I.lapsed]! + m[I.leftAfterComplaint]! + m[I.leftDisappointed]!).toBe(m[I.churned]);
    }
    const total = (k: number) => frames.reduce((s, f) => s + f.metrics[k]!, 0);
    expect(total(I.lapsed)).toBeGreaterThan(0);
    expect(total(I.leftAfterComplaint)).toBeGreaterThan(0);
    expect(total(I.leftDisappointed)).toBeGreaterThan(0);
  });

  it('walks from A’s customers to B’s exactly, step by step', () => {
    const strategies: Parameters[] = [
      base,
      { ...base, 'ads.dailyBudget': 30 },
      { ...base, 'feedback.responseHours': 1, 'feedback.answeredShare': 0.95 },
      { ...base, 'content.postsPerWeek': 14, 'ads.retargetingShare': 0.4, 'product.lapseDays': 90 },
    ];
    for (const seed of [1, 2]) {
      const runs = strategies.map((p) => run(p, seed).frames);
      for (const a of runs)
        for (const b of runs) {
          const why = explainDifference(a, b);
          expect(why.from).toBe(customersAtEnd(a));
          expect(why.to).toBe(customersAtEnd(b));
          expect(why.from + why.steps.reduce((s, step) => s + step.delta, 0)).toBe(why.to);
        }
      // against nobody, the steps are the run's own balance of customers
      const alone = explainDifference([], runs[3]!);
      expect(alone.from).toBe(0);
      expect(alone.steps.reduce((s, step) => s + step.delta, 0)).toBe(alone.to);
    }
  });

  it('puts the largest moves first and leaves out what did not move', () => {
    const reasons = mainReasons({
      from: 10,
      to: 14,
      steps: [
        { id: 'newByAds', delta: 2 },
        { id: 'newByContent', delta: 0 },
        { id: 'newByWom', delta: 5 },
        { id: 'lapsed', delta: -3 },
      ],
    });
    expect(reasons.map((r) => r.id)).toEqual(['newByWom', 'lapsed', 'newByAds']);
  });
});

describe('the comparison table', () => {
  it('shows every key figure of every run, with differences from the first and which way is better', () => {
    const a = run(base);
    const b = run({ ...base, 'ads.dailyBudget': 30 });
    const rows = compareFigures([a, b, a]);
    expect(rows.map((r) => r.figure.id)).toEqual(KEY_FIGURES.map((f) => f.id));
    for (const row of rows) {
      expect(row.deltas[0]).toBe(0);
      expect(row.verdicts[0]).toBe(0);
      expect(row.deltas[2]).toBe(0);
      expect(row.deltas[1]).toBeCloseTo(row.values[1]! - row.values[0]!, 9);
    }
    const cost = rows.find((r) => r.figure.id === 'marketingCost')!;
    expect(cost.deltas[1]).toBeGreaterThan(0);
    expect(cost.verdicts[1]).toBe(-1); // spending more is worse, all else equal
    const buyers = rows.find((r) => r.figure.id === 'buyers')!;
    expect(buyers.verdicts[1]).toBe(Math.sign(buyers.deltas[1]!));
    expect(rows.find((r) => r.figure.id === 'likes')!.verdicts).toEqual([0, 0, 0]); // neither better nor worse
    expect(rows.find((r) => r.figure.id === 'grossProfit')!.values[0]).toBeCloseTo(
      a.frames.at(-1)!.metrics[METRIC_INDEX.totalRevenue]! * base['product.margin'],
      9,
    );
  });

  it('gives the return on the extra spend: extra gross profit per extra dollar of marketing', () => {
    const a = run(base);
    const b = run({ ...base, 'ads.dailyBudget': 30 });
    const cost = (r: typeof a) => r.frames.at(-1)!.metrics[METRIC_INDEX.marketingCost]!;
    expect(returnOnExtraSpend(a, b)).toBeCloseTo((grossProfit(b) - grossProfit(a)) / (cost(b) - cost(a)), 12);
    expect(returnOnExtraSpend(a, a)).toBeNaN();
  });
});

describe('is it real', () => {
  it('gives the sign test’s chance of k or more of n by luck', () => {
    expect(signTestP(0, 10)).toBeCloseTo(1, 12);
    expect(signTestP(10, 10)).toBeCloseTo(1 / 1024, 12);
    expect(signTestP(9, 10)).toBeCloseTo(11 / 1024, 12);
    expect(signTestP(8, 10)).toBeCloseTo(56 / 1024, 12);
    expect(signTestP(5, 10)).toBeCloseTo(638 / 1024, 12);
  });

  it('calls a difference real at 9 of 10 paired seeds and noise at 8', () => {
    const a = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
    expect(seedVerdict(a, [11, 12, 11, 11, 13, 11, 11, 12, 11, 9]).says).toBe('above');
    expect(seedVerdict(a, [9, 9, 9, 9, 9, 9, 9, 9, 9, 12]).says).toBe('below');
    const noisy = seedVerdict(a, [11, 12, 11, 11, 13, 11, 11, 12, 9, 9]);
    expect(noisy).toMatchObject({ above: 8, below: 2, n: 10, says: 'noise' });
    expect(seedVerdict(a, a)).toMatchObject({ above: 0, below: 0, says: 'noise', medianDelta: 0 });
  });

  it('draws a band over seeds: the per-day 10th, 50th and 90th percentiles', () => {
    const runs = [1, 2, 3, 4, 5].map((seed) => run(base, seed, 60).frames);
    const buyers = (frames: (typeof runs)[number]) => frames.map((f) => f.metrics[METRIC_INDEX.buyers]!);
    const band = bandOfSeries(runs.map(buyers));
    expect(band.middle).toHaveLength(60);
    for (let d = 0; d < 60; d++) {
      expect(band.low[d]).toBeLessThanOrEqual(band.middle[d]!);
      expect(band.middle[d]).toBeLessThanOrEqual(band.high[d]!);
    }
    const one = bandOfSeries([buyers(runs[0]!)]);
    expect(one.low).toEqual(one.high);
    expect(one.middle).toEqual(runs[0]!.map((f) => f.metrics[METRIC_INDEX.buyers]));
  });
});
