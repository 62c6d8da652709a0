/**
 * The presets keep their word: every figure a preset's description states is a claim here,
 * checked over 10 seeds paired with the strategy it is compared with (the default, or the same
 * preset with one lever changed), at equal budget unless the budget is the point, over the
 * preset's own horizon. A claim holds when it shows on at least 9 of the 10 seeds; the seeds move
 * with CREDIBILITY_SEED_BASE.
 */
import { describe, expect, it } from 'vitest';
import { figureOf } from '../src/engine/experiment';
import { METRIC_INDEX, type Metric } from '../src/engine/metrics';
import { cachedRunner } from '../scripts/lever-docs';
import type { DayFrame } from '../src/engine/simulation';
import { defaultParameters, type Parameters } from '../src/model/parameters';
import { scenarioParameters } from '../src/model/scenario';
import { scenarioFiles, seeds } from './support/runs';

const SEEDS = seeds(10);
const MIN_RIGHT = 9;

/** A number read off a run. */
type Reading = (frames: readonly DayFrame[]) => number;
const last =
  (metric: Metric): Reading =>
  (f) =>
    figureOf(f, { metric, over: 'last' });
const sum =
  (metric: Metric, fromDay = 1): Reading =>
  (f) =>
    figureOf(f.slice(fromDay - 1), { metric, over: 'sum' });
const mean =
  (metric: Metric): Reading =>
  (f) =>
    figureOf(f, { metric, over: 'mean' });
const onDay =
  (m: Metric, day: number): Reading =>
  (f) =>
    f[day - 1]!.metrics[METRIC_INDEX[m]]!;
/** Revenue per unit of ad spend so far. */
const roas: Reading = (f) => last('totalRevenue')(f) / last('totalAdSpend')(f);

/** One claim: a reading of the preset's runs is higher (+1) or lower (−1) than the comparison's. */
interface Claim {
  what: string;
  read: Reading;
  direction: 1 | -1;
  /** at least this many times the comparison's (direction +1) or at most (−1) */
  ratio?: number;
}
interface PresetClaims {
  /** what the preset is compared with: another preset file, and parameters changed on it */
  vs: { preset: string; with?: Partial<Parameters> };
  claims: Claim[];
}

const higher = (what: string, read: Reading, ratio?: number): Claim => ({ what, read, direction: 1, ratio });
const lower = (what: string, read: Reading): Claim => ({ what, read, direction: -1 });

const PRESET_CLAIMS: Record<string, PresetClaims> = {
  'loop-only': {
    vs: { preset: 'default' },
    claims: [
      higher('retention', last('retention')),
      higher('purchases', sum('purchases')),
      higher('repeat purchases', sum('repeatPurchases')),
      lower('people doubting the brand', mean('doubting')),
      higher('return on ad spend', roas),
      higher('LTV:CAC', last('ltvToCac')),
      higher('ROMI with equity', last('romiWithEquity')),
    ],
  },
  'full-loop': {
    vs: { preset: 'loop-only' },
    claims: [
      higher('buyers, about twice as many (at least 1.75 times)', last('buyers'), 1.75),
      higher('return on ad spend', roas),
      higher('ROMI with equity', last('romiWithEquity')),
    ],
  },
  'ads-only': {
    vs: { preset: 'default' },
    claims: [
      higher('people reached by day 30', onDay('aware', 30)),
      lower('purchases', sum('purchases')),
      lower('repeat purchases', sum('repeatPurchases')),
      lower('return on ad spend', roas),
      lower('LTV:CAC', last('ltvToCac')),
      higher('ROMI (nothing spent on content)', last('romi')),
    ],
  },
  'community-led': {
    vs: { preset: 'default' },
    claims: [
      lower('buyers', last('buyers')),
      lower('CAC', last('cac')),
      higher('return on ad spend', roas),
      lower('customers who leave', sum('churned')),
      lower('people doubting the brand', mean('doubting')),
      lower('ROMI', last('romi')),
    ],
  },
  'ignoring-complaints': {
    vs: { preset: 'ignoring-complaints', with: { 'feedback.answeredShare': 1, 'feedback.responseHours': 1 } },
    claims: [
      higher('bad word of mouth', sum('badMentions')),
      higher('people doubting the brand', mean('doubting')),
      lower('retention', last('retention')),
      lower('buyers', last('buyers')),
    ],
  },
  'poor-targeting': {
    vs: { preset: 'default' },
    claims: [
      lower('conversion of visits', last('conversionRate')),
      lower('buyers', last('buyers')),
      higher('CAC, more than twice', last('cac'), 2),
    ],
  },
  'vanity-trap': {
    vs: { preset: 'vanity-trap', with: { 'content.purposefulShare': 0.6 } },
    claims: [
      higher('likes', sum('likes')),
      higher('followers', last('followers')),
      lower('purchases', sum('purchases')),
      lower('return on ad spend', roas),
    ],
  },
  'win-back': {
    vs: { preset: 'win-back', with: { 'ads.retargetingShare': 0 } },
    claims: [higher('customers won back', sum('wonBack'))],
  },
  'ru-full-loop': {
    vs: { preset: 'ru-small-business' },
    claims: [
      higher('buyers, about twice as many (at least 1.75 times)', last('buyers'), 1.75),
      higher('retention', last('retention')),
      lower('CAC', last('cac')),
      higher('ROMI', last('romi')),
      higher('ROMI with equity', last('romiWithEquity')),
      higher('marketing cost (the posts)', last('marketingCost')),
    ],
  },
  'answer-from-day-90': {
    vs: { preset: 'default' },
    claims: [
      higher('complaints answered from day 90 on', sum('complaintsAnswered', 90)),
      higher('complainers won back by an answer from day 90 on', sum('recovered', 90)),
    ],
  },
};

const files = scenarioFiles();
/** A preset's strategy on day 1 and its changes of strategy. */
function preset(name: string) {
  if (name === 'default') return { params: defaultParameters(), changes: undefined, days: 0 };
  const found = files.find((f) => f.file === `${name}.json`);
  if (!found) throw new Error(`no preset ${name}`);
  return {
    params: scenarioParameters(found.scenario),
    changes: found.scenario.changes,
    days: found.scenario.days,
  };
}

const runOf = cachedRunner();

describe('every teaching preset', () => {
  const teaching = files
    .map((f) => f.file.replace(/\.json$/, ''))
    // the starting points (in dollars and in roubles) and the model check make no claim
    .filter((n) => !['default', 'ru-small-business', 'bass-diffusion'].includes(n));

  it('states claims that a test checks', () => {
    expect(Object.keys(PRESET_CLAIMS).sort()).toEqual([...teaching].sort());
  });

  describe.each(Object.entries(PRESET_CLAIMS))('%s', (name, { vs, claims }) => {
    const own = preset(name);
    const other = preset(vs.preset);
    const otherParams = { ...other.params, ...vs.with };
    it.each(claims.map((c) => [c.what, c] as const))(
      `shows %s, against ${vs.preset}${vs.with ? ` with ${JSON.stringify(vs.with)}` : ''}, on at least 9 of 10 seeds`,
      (_, claim) => {
        const results = SEEDS.map((seed) => {
          const a = claim.read(runOf(own.params, seed, own.days, own.changes));
          const b = claim.read(runOf(otherParams, seed, own.days, vs.with ? other.changes : undefined));
          const right = claim.ratio
            ? claim.direction > 0
              ? a >= claim.ratio * b
              : a <= claim.ratio * b
            : (a - b) * claim.direction > 0;
          return { seed, a, b, right };
        });
        const right = results.filter((r) => r.right).length;
        expect(right, JSON.stringify(results)).toBeGreaterThanOrEqual(MIN_RIGHT);
      },
    );
  });
});

describe('money', () => {
  it('the full loop’s ROMI turns positive once customer equity is counted', () => {
    const { params, changes, days } = preset('full-loop');
    const values = SEEDS.map((seed) => last('romiWithEquity')(runOf(params, seed, days, changes)));
    expect(values.filter((v) => v > 0).length, values.join(', ')).toBeGreaterThanOrEqual(MIN_RIGHT);
  });

  it('the full loop brings back three and a half to five times its ad spend in revenue', () => {
    const { params, changes, days } = preset('full-loop');
    const values = SEEDS.map((seed) => roas(runOf(params, seed, days, changes)));
    expect(values.filter((v) => v >= 3.5).length, values.join(', ')).toBeGreaterThanOrEqual(MIN_RIGHT);
  });
});
