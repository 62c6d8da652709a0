/**
 * The limits: an audience of up to 1,000,000 people and a horizon of up to 3,650 days, enforced at
 * every way in — the parameter schema, scenario files, links, the command line's flags and the
 * page's fields — with a message naming what was wrong and the limit; and a run at the limits'
 * scale that completes with every value finite.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { simulate } from '../src/engine/run';
import { checkParameterValue, defaultParameters, parameterSpec } from '../src/model/parameters';
import { DAYS, parseScenario } from '../src/model/scenario';
import { readUrl } from '../src/store/url';
import { readTyped } from '../src/view/controls/value-field';
import { checkInvariants } from './support/invariants';

const POPULATION_MAX = 1_000_000;
const HORIZON_MAX = 3650;
/** The limits as a message may write them: 1000000, 1,000,000 or 1 000 000; 3650, 3,650 or 3 650. */
const SAYS_POPULATION_MAX = /1[\s,\u00a0\u202f]?000[\s,\u00a0\u202f]?000/;
const SAYS_HORIZON_MAX = /3[\s,\u00a0\u202f]?650/;

/** The message an input is refused with (fails when it is accepted). */
function refusal(accept: () => unknown): string {
  try {
    accept();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('the limits', () => {
  it('are the schema’s: an audience of 100 to 1,000,000 people, a horizon of 1 to 3,650 days', () => {
    expect(parameterSpec('audience.size')).toMatchObject({ min: 100, max: POPULATION_MAX, integer: true });
    expect(DAYS).toMatchObject({ min: 1, max: HORIZON_MAX });
    expect(checkParameterValue('audience.size', POPULATION_MAX)).toBeNull();
    const message = checkParameterValue('audience.size', POPULATION_MAX + 1);
    expect(message).toMatch(/audience\.size/);
    expect(message).toMatch(SAYS_POPULATION_MAX);
  });

  it('hold in scenario files, naming the field and the limit', () => {
    const file = (days: number, size: number) => ({
      version: 2,
      name: 'At the limits',
      description: 'The largest audience over the longest horizon.',
      seed: 1,
      days,
      parameters: { 'audience.size': size },
    });
    expect(parseScenario(file(HORIZON_MAX, POPULATION_MAX))).toMatchObject({
      days: HORIZON_MAX,
      parameters: { 'audience.size': POPULATION_MAX },
    });
    const days = refusal(() => parseScenario(file(HORIZON_MAX + 1, POPULATION_MAX)));
    expect(days).toMatch(/days/);
    expect(days).toMatch(SAYS_HORIZON_MAX);
    const size = refusal(() => parseScenario(file(HORIZON_MAX, POPULATION_MAX + 1)));
    expect(size).toMatch(/audience\.size/);
    expect(size).toMatch(SAYS_POPULATION_MAX);
  });

  it('hold in links: an entry over a limit is left out and named, the rest of the link applies', () => {
    const within = readUrl(`?v=1&audience.size=${POPULATION_MAX}&days=${HORIZON_MAX}`, []);
    expect(within).toMatchObject({
      params: { 'audience.size': POPULATION_MAX },
      days: HORIZON_MAX,
      problems: [],
    });
    const over = readUrl(`?v=1&audience.size=${POPULATION_MAX + 1}&days=${HORIZON_MAX + 1}&seed=4`, []);
    expect(over.params['audience.size']).toBeUndefined();
    expect(over.days).toBeUndefined();
    expect(over.seed).toBe(4);
    expect(over.problems).toHaveLength(2);
    expect(over.problems.find((p) => p.startsWith('audience.size'))).toMatch(SAYS_POPULATION_MAX);
    expect(over.problems.find((p) => p.startsWith('days'))).toMatch(SAYS_HORIZON_MAX);
  });

  it('hold in the command line’s flags, naming the flag and the limit', () => {
    expect(
      parseArgs(['a.json', '--days', String(HORIZON_MAX), '--set', `audience.size=${POPULATION_MAX}`]),
    ).toMatchObject({ days: HORIZON_MAX, set: { 'audience.size': POPULATION_MAX } });
    const days = refusal(() => parseArgs(['a.json', '--days', String(HORIZON_MAX + 1)]));
    expect(days).toMatch(/--days/);
    expect(days).toMatch(SAYS_HORIZON_MAX);
    const size = refusal(() => parseArgs(['a.json', '--set', `audience.size=${POPULATION_MAX + 1}`]));
    expect(size).toMatch(/audience\.size/);
    expect(size).toMatch(SAYS_POPULATION_MAX);
    const change = refusal(() => parseArgs(['a.json', '--change', `${HORIZON_MAX + 1}:ads.cpm=5`]));
    expect(change).toMatch(/--change/);
    expect(change).toMatch(SAYS_HORIZON_MAX);
  });

  it('hold in the page’s audience field, in both languages (the horizon field’s test is HorizonControl’s)', () => {
    const size = parameterSpec('audience.size')!;
    expect(readTyped(size, '1,000,000', 'en')).toEqual({ ok: true, value: POPULATION_MAX });
    expect(readTyped(size, '1 000 000', 'ru')).toEqual({ ok: true, value: POPULATION_MAX });
    for (const [typed, lang] of [
      ['1,000,001', 'en'],
      ['1 000 001', 'ru'],
      ['2e6', 'en'],
    ] as const) {
      const read = readTyped(size, typed, lang);
      expect(read.ok, typed).toBe(false);
      expect(!read.ok && read.message, typed).toMatch(SAYS_POPULATION_MAX);
    }
  });
});

describe('a run at the limits’ scale', () => {
  // 100,000 people over 3,650 days with the fast runner: some 15 to 40 s on a 2-core machine.
  it('completes: 3,650 days of 100,000 people, every value finite or empty where undefined, every invariant held', () => {
    const params = { ...defaultParameters(), 'audience.size': 100_000 };
    const frames = simulate(params, 1, HORIZON_MAX, { countTransitions: false });
    checkInvariants(frames, params, [], HORIZON_MAX);
    const last = frames.at(-1)!.metrics;
    for (const x of last) expect(Number.isFinite(x)).toBe(true);
  });
});
