// @vitest-environment jsdom
/**
 * The scenario kept in localStorage (jsdom's, a real Storage with its quota): back on a visit
 * without a link, a link winning over it, and whatever else is stored — damaged, foreign, of
 * another version, out of range — set aside with a notice and the defaults, never a crash; a
 * storage that throws only means nothing is saved.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLesson } from '../engine/lesson';
import { PARAMETERS, checkParameterValue, defaultParameters } from '../model/parameters';
import { parseScenario } from '../model/scenario';
import type { AppState, AppStoreApi, Baseline } from './app-store';
import { linkOf, storeFromLink, type LinkCatalogue } from './link';
import {
  SAVED_FORMAT,
  SAVED_MAX_LENGTH,
  SCENARIO_KEY,
  SET_ASIDE_KEY,
  keepScenario,
  readSaved,
  saveScenario,
  savedProblem,
  startingStore,
} from './saved-state';

const presetFiles = import.meta.glob<unknown>('../../simulations/*.json', { eager: true, import: 'default' });
const lessonFiles = import.meta.glob<unknown>('../../simulations/lessons/*.json', {
  eager: true,
  import: 'default',
});
const idOf = (path: string) => path.replace(/^.*\/(.*)\.json$/, '$1');
/** The page's presets (default first) and lessons, as the page has them. */
const CATALOGUE: LinkCatalogue = {
  presets: Object.entries(presetFiles)
    .map(([path, data]) => ({ id: idOf(path), scenario: parseScenario(data) }))
    .sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id))),
  lessons: Object.entries(lessonFiles).map(([path, data]) => ({ id: idOf(path), lesson: parseLesson(data) })),
};
const PRESETS = CATALOGUE.presets;

/** What a visit starts from, as its link: the scenario, the comparison, the lesson. */
const scenarioOf = (s: AppState) => linkOf({ ...s, lang: 'en' }, PRESETS);
const DEFAULTS = scenarioOf(storeFromLink('', CATALOGUE).getState());
const strategyOf = ({ params, startParams, changes }: Baseline) => ({ params, startParams, changes });
const record = (fields: Record<string, unknown>) => JSON.stringify(fields);

const start = (search = '', storage: Storage | undefined = localStorage, lang: 'en' | 'ru' = 'en') =>
  startingStore(search, storage, CATALOGUE, lang);

afterEach(() => localStorage.clear());

describe('the scenario kept for the next visit', () => {
  it('comes back without a link: strategy, changes, seed, horizon, currency and the runs compared', () => {
    const first = start();
    expect(first.getState().restoreFailed).toBe(false);
    const stop = keepScenario(first, localStorage, PRESETS);
    const s = () => first.getState();
    // a preset in roubles, edited from day 0 and again from day 90, another audience and horizon
    s().loadScenario('ru-small-business', PRESETS.find((p) => p.id === 'ru-small-business')!.scenario);
    s().setParam('ads.dailyBudget', 2500);
    s().setSeed(9);
    s().setDays(200);
    s().scrub(90);
    s().setParam('feedback.answeredShare', 0.9);
    // A pinned, C beside it, B changed again
    s().pinBaseline();
    s().setParam('content.postsPerWeek', 7);
    s().pinAnother();
    s().setParam('ads.dailyBudget', 3000);
    // the day shown and playing are not part of it
    s().scrub(150);
    stop();

    const again = start('', localStorage, 'ru').getState();
    expect(again.restoreFailed).toBe(false);
    expect(scenarioOf(again)).toBe(scenarioOf(s()));
    expect(again).toMatchObject({
      params: s().params,
      startParams: s().startParams,
      changes: s().changes,
      seed: 9,
      days: 200,
      currency: 'RUB',
      presetId: s().presetId,
      // A, C: their strategies (as a link holds them)
      baseline: strategyOf(s().baseline!),
      others: s().others.map((o) => ({ strategy: strategyOf(o.strategy), run: null })),
      // the language is the one the page starts in (kept on its own), not the saved scenario's
      lang: 'ru',
      day: 0,
    });
    expect(again.changes.map((c) => c.day)).toEqual([90]);
  });

  it('comes back with the lesson and its step', () => {
    const first = start();
    const stop = keepScenario(first, localStorage, PRESETS);
    const lesson = CATALOGUE.lessons.find((l) => l.lesson.steps.length >= 2)!;
    first.getState().goToLessonStep(lesson.id, lesson.lesson, 2);
    stop();
    const again = start().getState();
    expect(again.lesson).toEqual({ id: lesson.id, step: 2 });
    expect(scenarioOf(again)).toBe(scenarioOf(first.getState()));
  });

  it('gives way to a link, which is what was asked to open, and the link’s scenario is then the last one', () => {
    const first = start();
    keepScenario(first, localStorage, PRESETS)();
    first.getState().setParam('ads.dailyBudget', 77);
    saveScenario(localStorage, first.getState(), PRESETS);
    const linked = start('?v=1&seed=3');
    expect(linked.getState()).toMatchObject({ seed: 3, params: defaultParameters(), restoreFailed: false });
    // until the page keeps the link's scenario, the one saved before is untouched
    expect(readSaved(localStorage, CATALOGUE)).toMatchObject({ status: 'restored' });
    keepScenario(linked, localStorage, PRESETS)();
    expect(start().getState().seed).toBe(3);
  });

  it('keeps the scenario again as it changes, not as the day goes by', () => {
    const store = start();
    const writes: string[] = [];
    const counting = { setItem: (k: string, v: string) => void writes.push(k, v) };
    const stop = keepScenario(store, counting as unknown as Storage, PRESETS);
    expect(writes).toHaveLength(2);
    store.getState().play();
    store.getState().scrub(40);
    store.getState().setSpeed(12);
    store.getState().setLang('ru');
    expect(writes).toHaveLength(2);
    store.getState().setParam('ads.dailyBudget', 90);
    expect(writes).toHaveLength(4);
    expect(JSON.parse(writes[3]!).link).toContain('ads.dailyBudget=90');
    stop();
  });
});

/** Stored text that is not this page's record of this version, or not a scenario applied in full. */
const UNRESTORABLE: [string, string][] = [
  ['not JSON', '{"format":"smm-loop/scenario","version":1,"link":"?v=1'],
  ['empty', ''],
  ['JSON null', 'null'],
  ['a list', '[1,2]'],
  ['a number', '42'],
  ['a string', '"?v=1&seed=3"'],
  ['a bare link', '?v=1&seed=3'],
  ['another app’s record', record({ format: 'other-app/state', version: 1, link: '?v=1' })],
  ['no format', record({ version: 1, link: '?v=1' })],
  ['an older version', record({ format: SAVED_FORMAT, version: 0, link: '?v=1' })],
  ['a newer version', record({ format: SAVED_FORMAT, version: 2, link: '?v=1', more: true })],
  ['a version as text', record({ format: SAVED_FORMAT, version: '1', link: '?v=1' })],
  ['a field it does not know', record({ format: SAVED_FORMAT, version: 1, link: '?v=1', day: 3 })],
  ['a link that is not text', record({ format: SAVED_FORMAT, version: 1, link: 42 })],
  ['a link that is no query', record({ format: SAVED_FORMAT, version: 1, link: 'v=1&seed=3' })],
  ['a link of no version', record({ format: SAVED_FORMAT, version: 1, link: '?seed=3' })],
  ['a value out of range', record({ format: SAVED_FORMAT, version: 1, link: '?v=1&ads.dailyBudget=-5' })],
  ['a horizon out of range', record({ format: SAVED_FORMAT, version: 1, link: '?v=1&days=99999' })],
  ['a name it does not know', record({ format: SAVED_FORMAT, version: 1, link: '?v=1&ads.budget=5' })],
  ['a preset it does not have', record({ format: SAVED_FORMAT, version: 1, link: '?v=1&preset=gone' })],
  [
    'a change after the horizon',
    record({ format: SAVED_FORMAT, version: 1, link: '?v=1&days=30&change=40:ads.ctr=0.1' }),
  ],
  [
    'too long',
    record({
      format: SAVED_FORMAT,
      version: 1,
      link: `?v=1&seed=3${'&seed=3'.repeat(SAVED_MAX_LENGTH / 7)}`,
    }),
  ],
];

/** The page started from `raw` stored: what it shows and what was left in storage. */
function startFrom(raw: string): { store: AppStoreApi; kept: string | null; setAside: string | null } {
  localStorage.clear();
  localStorage.setItem(SCENARIO_KEY, raw);
  const store = start();
  return { store, kept: localStorage.getItem(SCENARIO_KEY), setAside: localStorage.getItem(SET_ASIDE_KEY) };
}

describe('stored data that cannot be restored', () => {
  it.each(UNRESTORABLE)('%s: set aside as it was, the defaults and a notice', (_, raw) => {
    expect(savedProblem(raw, CATALOGUE)).toEqual(expect.any(String));
    const { store, kept, setAside } = startFrom(raw);
    expect(store.getState().restoreFailed).toBe(true);
    expect(scenarioOf(store.getState())).toBe(DEFAULTS);
    expect(setAside).toBe(raw);
    expect(kept).toBeNull();
    // dismissed, it is gone
    store.getState().dismissRestoreNotice();
    expect(store.getState().restoreFailed).toBe(false);
  });

  it('names what is wrong with it', () => {
    expect(savedProblem('{', CATALOGUE)).toBe('not JSON');
    expect(savedProblem(record({ format: SAVED_FORMAT, version: 2, link: '?v=1' }), CATALOGUE)).toBe(
      'version 2; this page reads version 1',
    );
    expect(
      savedProblem(record({ format: SAVED_FORMAT, version: 1, link: '?v=1&ads.dailyBudget=-5' }), CATALOGUE),
    ).toMatch(/^link: ads\.dailyBudget=-5: must be a number from 0 to/);
  });

  /** Stored text of every kind: random text, random JSON, records near this page's, with links near valid ones. */
  const storedText = (() => {
    const parameter = fc.constantFrom(
      ...PARAMETERS.map((p) => p.name),
      'ads.budget',
      'seed',
      'days',
      'v',
      'preset',
    );
    const value = fc.oneof(
      fc.double({ noNaN: false }).map(String),
      fc.integer({ min: -10, max: 5000 }).map(String),
      fc.constantFrom('', 'NaN', 'Infinity', '1e400', '0x10', 'default', 'full-loop', '1'),
    );
    const entry = fc.tuple(parameter, value).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    // a value within its parameter's range, as a link writes it
    const validEntry = fc
      .constantFrom(...PARAMETERS)
      .chain((p) =>
        (p.integer
          ? fc.integer({ min: p.min, max: p.max })
          : fc.double({ min: p.min, max: p.max, noNaN: true })
        ).map((v) => `${p.name}=${v}`),
      );
    const entries = (one: fc.Arbitrary<string>) =>
      fc.array(one, { maxLength: 6 }).map((es) => `?${['v=1', ...es].join('&')}`);
    const link = fc.oneof(
      entries(fc.oneof(validEntry, entry)),
      fc.string().map((x) => `?${x}`),
      fc.string(),
    );
    // this page's record, its link mostly valid
    const own = fc
      .record({
        link: entries(fc.oneof({ weight: 6, arbitrary: validEntry }, { weight: 1, arbitrary: entry })),
      })
      .map(({ link }) => ({ format: SAVED_FORMAT, version: 1, link }));
    const near = fc.record(
      {
        format: fc.oneof(fc.constant(SAVED_FORMAT), fc.string()),
        version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
        link: fc.oneof(link, fc.jsonValue({ maxDepth: 2 })),
        extra: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: ['format', 'version', 'link'] },
    );
    return fc.oneof(
      fc.string(),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
      near.map((r) => JSON.stringify(r)),
      own.map((r) => JSON.stringify(r)),
    );
  })();

  it('whatever is stored is restored in full or set aside as it was, never thrown on (10,000 stored texts)', () => {
    let restored = 0;
    fc.assert(
      fc.property(storedText, (raw) => {
        localStorage.clear();
        localStorage.setItem(SCENARIO_KEY, raw);
        const read = readSaved(localStorage, CATALOGUE);
        const problem = savedProblem(raw, CATALOGUE);
        const [kept, setAside] = [localStorage.getItem(SCENARIO_KEY), localStorage.getItem(SET_ASIDE_KEY)];
        // (booleans rather than expect: ten thousand runs stay quick)
        if (read.status === 'restored') restored++;
        return read.status === 'restored'
          ? problem === null && kept === raw && setAside === null && read.link === JSON.parse(raw).link
          : read.status === 'set-aside' &&
              read.reason === problem &&
              problem !== null &&
              kept === null &&
              setAside === raw;
      }),
      { numRuns: 10_000 },
    );
    // both ends were reached: texts restored, and texts set aside
    expect(restored).toBeGreaterThan(500);
    expect(restored).toBeLessThan(9_500);
  });

  it('whatever is stored, the page starts with values the schema allows: the scenario, or the defaults and a notice', () => {
    fc.assert(
      fc.property(storedText, (raw) => {
        const { store } = startFrom(raw);
        const s = store.getState();
        for (const p of PARAMETERS) expect(checkParameterValue(p.name, s.params[p.name])).toBeNull();
        if (s.restoreFailed) expect(scenarioOf(s)).toBe(DEFAULTS);
        else
          expect(scenarioOf(s)).toBe(scenarioOf(storeFromLink(JSON.parse(raw).link, CATALOGUE).getState()));
      }),
      // a whole store each: fewer runs (the reading itself had 10,000 above)
      { numRuns: 200 },
    );
  });
});

describe('storage that refuses', () => {
  it('full (the real quota): nothing saved, nothing thrown, and damaged data that has no room to be copied is dropped', () => {
    // fill the storage to its quota
    let filler = 'x'.repeat(1 << 20);
    let k = 0;
    for (;;) {
      try {
        localStorage.setItem(`filler-${k++}`, filler);
      } catch {
        if (filler.length < 16) break;
        filler = filler.slice(filler.length / 2);
      }
    }
    const store = createdWithoutThrowing(() => start());
    expect(() => keepScenario(store, localStorage, PRESETS)()).not.toThrow();
    expect(() => store.getState().setParam('ads.dailyBudget', 55)).not.toThrow();
    expect(localStorage.getItem(SCENARIO_KEY)).toBeNull();
    // damaged data of its own size cannot be copied aside: it is dropped, and the page says so
    localStorage.removeItem('filler-0');
    const damaged = `{${'y'.repeat(900_000)}`;
    localStorage.setItem(SCENARIO_KEY, damaged);
    const after = start();
    expect(after.getState().restoreFailed).toBe(true);
    expect(localStorage.getItem(SCENARIO_KEY)).toBeNull();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('disabled or blocked (every call throws), or none at all: the defaults, no notice, nothing thrown', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as Storage;
    for (const storage of [blocked, undefined]) {
      const store = createdWithoutThrowing(() => start('', storage));
      expect(store.getState().restoreFailed).toBe(false);
      expect(scenarioOf(store.getState())).toBe(DEFAULTS);
      const stop = keepScenario(store, storage, PRESETS);
      expect(() => store.getState().setParam('ads.dailyBudget', 55)).not.toThrow();
      stop();
    }
  });

  it('readable but refusing to remove: damaged data is still not restored', () => {
    const raw = '{not json';
    const stubborn = {
      getItem: (key: string) => (key === SCENARIO_KEY ? raw : null),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as Storage;
    const store = start('', stubborn);
    expect(store.getState().restoreFailed).toBe(true);
    expect(scenarioOf(store.getState())).toBe(DEFAULTS);
  });
});

function createdWithoutThrowing(create: () => AppStoreApi): AppStoreApi {
  let store: AppStoreApi | undefined;
  expect(() => (store = create())).not.toThrow();
  return store!;
}
