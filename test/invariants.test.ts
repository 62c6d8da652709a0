/**
 * Invariants under random parameters: property tests over the whole parameter schema (every
 * parameter within its range, log ranges on a log scale, integers whole, both ends drawn often),
 * with random changes of strategy during the run, for both runners. The audience is kept small and
 * the runs short so that each case is quick; the limits themselves are test/limits.test.ts's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_INDEX } from '../src/engine/metrics';
import { toCsv } from '../src/engine/report';
import { simulate } from '../src/engine/run';
import { checkParameterValue, defaultParameters, type Parameters } from '../src/model/parameters';
import { runCaseArbitrary, type RunCase } from './support/arbitrary';
import { checkInvariants, UNDEFINED_WHEN } from './support/invariants';
import { COLUMN_DOCS } from '../src/i18n/column-guide';

const run = (c: RunCase, runner: 'fast' | 'xstate') =>
  simulate(c.params, c.seed, c.days, { runner, changes: c.changes, countTransitions: false });

describe('invariants under random parameters', () => {
  it('the drawn cases are valid: every parameter within its range, whole where it must be (500 cases)', () => {
    fc.assert(
      fc.property(runCaseArbitrary({ max: 1_000_000 }, 3650), (c) => {
        const problems = [c.params, ...c.changes.map((ch) => ch.parameters)].flatMap((set) =>
          Object.entries(set).flatMap(([name, value]) => checkParameterValue(name, value) ?? []),
        );
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  // Some 10 to 50 ms a case for the compiled runner at these sizes: about 8 s in all.
  it('hold on every day of a run with the fast runner (250 cases: 100 to 1,000 people, 1 to 40 days, up to 3 changes)', () => {
    fc.assert(
      fc.property(runCaseArbitrary({ max: 1000 }, 40), (c) =>
        checkInvariants(run(c, 'fast'), c.params, c.changes, c.days),
      ),
      { numRuns: 250 },
    );
  });

  // The XState reference takes every event through an actor, a hundred times slower than the
  // compiled runner (100 people over 8 days with the frequency cap at 100 take about a second):
  // few and small cases, each also checked to give the fast runner's very CSV.
  it('hold with the XState reference runner, which gives the fast runner’s CSV (8 cases: 100 to 150 people, 1 to 8 days)', () => {
    fc.assert(
      fc.property(runCaseArbitrary({ max: 150 }, 8), (c) => {
        const reference = run(c, 'xstate');
        checkInvariants(reference, c.params, c.changes, c.days);
        expect(toCsv(reference)).toBe(toCsv(run(c, 'fast')));
      }),
      { numRuns: 8 },
    );
  });
});

it('the column guide (docs/columns.md, the page’s guide) says when each figure is empty, in both languages, and of no other', () => {
  const undefinedSometimes = Object.keys(UNDEFINED_WHEN).sort();
  const saysEmpty = Object.keys(COLUMN_DOCS).filter((c) => /\bEmpty\b/.test(COLUMN_DOCS[c]!.en));
  expect(saysEmpty.sort()).toEqual(undefinedSometimes);
  for (const column of undefinedSometimes) expect(COLUMN_DOCS[column]!.ru, column).toMatch(/Пусто/);
});

describe('cases the properties found', () => {
  // A customer with a contact every day (half a million impressions a day on 100 people) never
  // drifts away: a lifetime without end. LTV was 0 × Infinity = NaN with a margin of 0.
  const alwaysInTouch: Parameters = {
    ...defaultParameters(),
    'audience.size': 100,
    'audience.targetShare': 0.995,
    'research.targetingPrecision': 0,
    'ads.dailyBudget': 5,
    'ads.cpm': 0.01,
    'ads.ctr': 1,
    'ads.frequencyCap': 1,
    'website.conversion': 1,
    'research.valueFit': 0.5,
    'product.problemShare': 0,
    'product.repeatDays': 1,
  };
  // (the cap of 1 leaves 100 impressions a day to pay for: a tenth of a cent, billed as 0)
  const ltvs = (p: Parameters) =>
    simulate(p, 0, 20).map((f) => [f.metrics[METRIC_INDEX.ltv]!, f.metrics[METRIC_INDEX.ltvToCac]!] as const);

  it('with no margin, a lifetime without end is worth 0, not NaN', () => {
    const p = { ...alwaysInTouch, 'product.margin': 0 };
    checkInvariants(simulate(p, 0, 20), p, [], 20);
    expect(ltvs(p).at(-1)![0]).toBe(0);
  });

  it('with a margin, a lifetime without end has no finite LTV: undefined (an empty cell), not Infinity', () => {
    const p = { ...alwaysInTouch, 'product.margin': 0.4 };
    const frames = simulate(p, 0, 20);
    checkInvariants(frames, p, [], 20);
    expect(frames.at(-1)!.metrics[METRIC_INDEX.buyers]).toBeGreaterThan(0);
    expect(ltvs(p).at(-1)).toEqual([NaN, NaN]);
    expect(toCsv(frames).split('\n').at(-2)).toMatch(/,,/);
  });
});
