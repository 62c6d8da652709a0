/**
 * Links people change: every link the page could be given, read by both entry points (`readUrl`,
 * which reads a query string, and `storeFromLink`, which sets the page up from one) with the real
 * presets and lessons. Generated links mix the links the page writes for random valid scenarios,
 * those links mutated (truncated, characters edited, entries repeated, encoded twice, another
 * version, random text spliced in, padded past the size limit) and random text. Each must end in a
 * valid scenario plus zero or more issues, each a readable sentence in both languages; the links
 * the page writes must read back as written, with no issue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRINGS, type LinkIssue } from '../src/i18n/strings';
import {
  PARAMETERS,
  checkParameterValue,
  defaultParameters,
  isParameterName,
  type ParameterName,
  type Parameters,
} from '../src/model/parameters';
import {
  CURRENCIES,
  DAYS,
  FIXED_DURING_RUN,
  SEED,
  isCurrency,
  type StrategyChange,
} from '../src/model/scenario';
import type { AppState } from '../src/store/app-store';
import { SHOWN_ISSUES, linkNotice, linkOf, storeFromLink } from '../src/store/link';
import { LINK_MAX_LENGTH, readUrl, writeUrl, type LinkStrategy, type UrlScenario } from '../src/store/url';
import { LESSONS } from '../src/view/lessons/lessons';
import { PRESETS } from '../src/view/presets';

/** Links generated for the entry points (each link is read by both). */
const RUNS = 10_000;
/** Scenarios generated for the round trips (the first through readUrl, the second through the page). */
const ROUND_TRIPS = 2_000;
const PAGE_ROUND_TRIPS = 500;

const CATALOGUE = { presets: PRESETS, lessons: LESSONS };
const PRESET_IDS = PRESETS.map((p) => p.id);
const LINK_LESSONS = LESSONS.map((l) => ({ id: l.id, steps: l.lesson.steps.length }));
const NAMES = PARAMETERS.map((p) => p.name);
const CHANGEABLE = NAMES.filter((n) => !FIXED_DURING_RUN.includes(n));

// ---------------------------------------------------------------------------------------------
// Valid scenarios, and the links the page writes for them

/** A valid value of a parameter: often its bounds, else anywhere between (never -0). */
const valueOf = (name: ParameterName): fc.Arbitrary<number> => {
  const spec = PARAMETERS.find((p) => p.name === name)!;
  const inside = spec.integer
    ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) })
    : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(fc.constantFrom(spec.min, spec.max), inside).map((x) => x + 0);
};

/** One parameter and a valid value, among `names`. */
const assignment = (names: readonly ParameterName[]) =>
  fc.oneof(...names.map((n) => valueOf(n).map((v) => [n, v] as const)));
const ANY_ASSIGNMENT = assignment(NAMES);
const CHANGEABLE_ASSIGNMENT = assignment(CHANGEABLE);

/** Some parameters, each with a valid value. */
const someParams = (changeable: boolean, max: number): fc.Arbitrary<Partial<Parameters>> =>
  fc
    .array(changeable ? CHANGEABLE_ASSIGNMENT : ANY_ASSIGNMENT, { maxLength: max })
    .map((pairs) => Object.fromEntries(pairs) as Partial<Parameters>);

/** Changes of strategy on distinct days of a run of `days` days, in order of day. */
const someChanges = (days: number): fc.Arbitrary<StrategyChange[]> =>
  fc
    .uniqueArray(
      fc.record({
        day: fc.integer({ min: 1, max: days }),
        parameters: someParams(true, 3).filter((p) => Object.keys(p).length > 0),
      }),
      { maxLength: 2, selector: (c) => c.day },
    )
    .map((cs) => cs.sort((x, y) => x.day - y.day));

const someStrategy = (days: number) =>
  fc.record({ params: someParams(false, 3), changes: someChanges(days) });

/** A scenario as the page writes it in a link. */
interface Written {
  presetId?: string;
  start: Partial<Parameters>;
  changes: StrategyChange[];
  seed: number;
  days: number;
  lang: 'en' | 'ru';
  currency: (typeof CURRENCIES)[number];
  compared?: { a: { params: Partial<Parameters>; changes: StrategyChange[] }; others: LinkStrategy[] };
  lesson?: { id: string; step: number };
  day?: number;
}

const aScenario: fc.Arbitrary<Written> = fc.integer({ min: DAYS.min, max: DAYS.max }).chain((days) =>
  fc.record(
    {
      presetId: fc.constantFrom(...PRESET_IDS),
      start: someParams(false, 4),
      changes: someChanges(days),
      seed: fc.integer({ min: SEED.min, max: SEED.max }),
      days: fc.constant(days),
      lang: fc.constantFrom('en' as const, 'ru' as const),
      currency: fc.constantFrom(...CURRENCIES),
      compared: fc.record({ a: someStrategy(days), others: fc.array(someStrategy(days), { maxLength: 2 }) }),
      lesson: fc
        .constantFrom(...LINK_LESSONS)
        .chain((l) => fc.record({ id: fc.constant(l.id), step: fc.integer({ min: 0, max: l.steps }) })),
      day: fc.integer({ min: 0, max: days }),
    },
    { requiredKeys: ['start', 'changes', 'seed', 'days', 'lang', 'currency'] },
  ),
);

/** The base a link's differences are taken from: the defaults, and the preset's values. */
const baseOf = (w: Written): Parameters => ({
  ...defaultParameters(),
  ...(w.presetId ? PRESETS.find((p) => p.id === w.presetId)!.scenario.parameters : {}),
});

/** The query string the page writes for `w`. */
function linkFor(w: Written): string {
  const base = baseOf(w);
  return writeUrl({ ...base, ...w.start }, w.seed, w.days, {
    ...(w.presetId
      ? { preset: w.presetId, base: PRESETS.find((p) => p.id === w.presetId)!.scenario.parameters }
      : {}),
    changes: w.changes,
    lang: w.lang,
    currency: w.currency,
    ...(w.compared
      ? {
          compared: {
            a: { params: { ...base, ...w.compared.a.params }, changes: w.compared.a.changes },
            others: w.compared.others.map((o) => ({ params: { ...base, ...o.params }, changes: o.changes })),
          },
        }
      : {}),
    ...(w.lesson ? { lesson: w.lesson } : {}),
    ...(w.day !== undefined ? { day: w.day } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Mutations, and random text

/** Characters that mean something in a link, and some that should not be in one at all. */
const linkChar = fc.oneof(
  fc.constantFrom(...'%&=;:,?#+.-eE019 ', '%25', '%3D', '%26', '%2', '%C3', '%FF', '%00', '\u202E', '\uD800'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

/** A random text for a link, from link-like pieces and any characters. */
const randomText = fc.oneof(
  fc.string({ unit: linkChar, maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.webQueryParameters(),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            ...NAMES,
            'v',
            'seed',
            'days',
            'day',
            'change',
            'a',
            'c',
            'd',
            'lesson',
            'step',
            'preset',
            'lang',
            'currency',
          ),
          fc.string({ maxLength: 8 }),
        ),
        fc.oneof(
          fc.string({ unit: linkChar, maxLength: 20 }),
          fc.double().map(String),
          fc.integer().map(String),
        ),
      ),
      { maxLength: 8 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

/** `encodeURIComponent`, with a lone surrogate (which it refuses) written as U+FFFD. */
const encoded = (text: string) =>
  encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

const at = (text: string, position: number) => (text.length ? position % (text.length + 1) : 0);

/** Ways a link is spoiled on its way: each takes a link (with its `?`) and gives another. */
const mutation: fc.Arbitrary<(link: string) => string> = fc.oneof(
  // truncated: a chat or a mail program cut it
  fc.nat().map((p) => (link: string) => link.slice(0, at(link, p))),
  // tampered: characters replaced, inserted or deleted
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), linkChar), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) => (link: string) => {
      let out = link;
      for (const [p, op, c] of edits) {
        const i = at(out, p);
        out = out.slice(0, i) + (op === 'delete' ? '' : c) + out.slice(op === 'insert' ? i : i + 1);
      }
      return out;
    }),
  // an entry given again, the same or with another value
  fc
    .tuple(
      fc.nat(),
      fc.option(fc.oneof(fc.double().map(String), fc.string({ unit: linkChar, maxLength: 6 }))),
    )
    .map(([p, value]) => (link: string) => {
      const entries = link.replace(/^\?/, '').split('&');
      const entry = entries[p % entries.length]!;
      const again = value === null ? entry : `${entry.split('=')[0]}=${value}`;
      return `?${[...entries, again].join('&')}`;
    }),
  // encoded once or twice more, whole or entry by entry, or only its `=`
  fc.constantFrom(
    (link: string) => `?${encoded(link.slice(1))}`,
    (link: string) => `?${encoded(encoded(link.slice(1)))}`,
    (link: string) => link.replace(/=/g, '%253D'),
    (link: string) => link.replace(/:/g, '%253A').replace(/,/g, '%252C'),
    (link: string) =>
      `?${link
        .slice(1)
        .split('&')
        .map((e) => encoded(encoded(e)))
        .join('&')}`,
  ),
  // another version
  fc
    .oneof(fc.integer().map(String), fc.string({ unit: linkChar, maxLength: 4 }))
    .map((v) => (link: string) => link.replace(/^\?v=1/, `?v=${v}`)),
  // its version left out
  fc.constant((link: string) => link.replace(/^\?v=1&?/, '?')),
  // random text spliced in
  fc.tuple(fc.nat(), randomText).map(([p, text]) => (link: string) => {
    const i = at(link, p);
    return link.slice(0, i) + text + link.slice(i);
  }),
);

/** Links to read: the page's own, the page's spoiled (once or more), random text, oversized. */
const aLink: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(aScenario, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([w, ms]) => ms.reduce((l, m) => m(l), linkFor(w))),
  },
  { weight: 1, arbitrary: aScenario.map(linkFor) },
  { weight: 1, arbitrary: randomText.map((t) => `?${t}`) },
  { weight: 1, arbitrary: randomText },
  // longer than the limit: refused whole
  {
    weight: 1,
    arbitrary: fc
      .tuple(aScenario, fc.integer({ min: 1, max: 40_000 }), fc.constantFrom('x', '&', 'ads.cpm=5&', '%25'))
      .map(([w, extra, unit]) => {
        const link = `${linkFor(w)}&`;
        return link + unit.repeat(Math.ceil((LINK_MAX_LENGTH - link.length + extra) / unit.length));
      }),
  },
);

// ---------------------------------------------------------------------------------------------
// What a valid outcome is

/** Why `params` is not a valid set of parameters, or null. */
function badParams(params: Partial<Parameters>, changeable = false): string | null {
  for (const [name, value] of Object.entries(params)) {
    if (!isParameterName(name)) return `unknown parameter ${name}`;
    const problem = checkParameterValue(name, value);
    if (problem) return problem;
    if (changeable && FIXED_DURING_RUN.includes(name)) return `${name} cannot change during a run`;
  }
  return null;
}

/** Why `changes` are not valid changes of a run of `days` days, or null. */
function badChanges(changes: readonly StrategyChange[], days: number): string | null {
  let last = 0;
  for (const c of changes) {
    if (!Number.isInteger(c.day) || c.day <= last || c.day > days) return `change on day ${c.day}`;
    last = c.day;
    if (Object.keys(c.parameters).length === 0) return `an empty change on day ${c.day}`;
    const bad = badParams(c.parameters, true);
    if (bad) return bad;
  }
  return null;
}

const whole = (x: number | undefined, min: number, max: number) =>
  x === undefined || (Number.isInteger(x) && x >= min && x <= max);

/** Fails with `what` unless `ok` (cheaper than `expect` in a loop of ten thousand). */
function ensure(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** `problem` is null, else fails with it. */
const none = (problem: string | null, where: string) => ensure(problem === null, `${where}: ${problem}`);

/** Each issue a sentence in both languages: the entry cut short, no "undefined", nothing empty. */
function ensureReadable(issues: readonly LinkIssue[]): void {
  for (const issue of issues) {
    ensure(issue.entry.length <= 60, `an entry of ${issue.entry.length} characters`);
    for (const lang of ['en', 'ru'] as const) {
      const text = STRINGS[lang].linkIssue(issue);
      ensure(typeof text === 'string' && /\(.+\)$/.test(text), `no reason given: ${text}`);
      // the link's own words aside (a link may say "NaN"), nothing left unsaid
      const words = text.replace(issue.entry, '').replace('used' in issue ? issue.used : '', '');
      ensure(!/undefined|NaN|\[object/.test(words), `unreadable: ${text}`);
      ensure(text.length <= 260, `a sentence of ${text.length} characters`);
    }
  }
  for (const lang of ['en', 'ru'] as const) {
    const notice = linkNotice(issues, lang);
    ensure((notice === null) === (issues.length === 0), 'a notice exactly when there are issues');
    ensure(notice === null || notice.length <= 100 + SHOWN_ISSUES * 262, 'a notice too long');
  }
}

/** A link read by `readUrl` is a valid scenario, and its issues readable. */
function ensureValidRead(u: UrlScenario): void {
  const days = u.days ?? DAYS.max;
  none(badParams(u.params), 'params');
  none(badChanges(u.changes, days), 'changes');
  ensure(whole(u.seed, SEED.min, SEED.max), `seed ${u.seed}`);
  ensure(whole(u.days, DAYS.min, DAYS.max), `days ${u.days}`);
  ensure(whole(u.day, 0, DAYS.max), `day ${u.day}`);
  ensure(u.version === undefined || u.version === 1, `version ${u.version}`);
  ensure(u.lang === undefined || u.lang === 'en' || u.lang === 'ru', `lang ${u.lang}`);
  ensure(u.currency === undefined || isCurrency(u.currency), `currency ${u.currency}`);
  ensure(u.preset === undefined || PRESET_IDS.includes(u.preset), `preset ${u.preset}`);
  if (u.lesson) {
    const lesson = LINK_LESSONS.find((l) => l.id === u.lesson!.id);
    ensure(
      lesson !== undefined && whole(u.lesson.step, 0, lesson.steps),
      `lesson ${JSON.stringify(u.lesson)}`,
    );
  }
  if (u.compared) {
    ensure(u.compared.others.length <= 2, 'more than four runs');
    for (const s of [u.compared.a, ...u.compared.others]) {
      none(badParams(s.params), 'a pinned run');
      none(badChanges(s.changes, days), 'a pinned run’s changes');
    }
  }
  ensure(u.issues.length === u.problems.length, 'an issue for each problem');
  ensureReadable(u.issues);
}

/** A full, valid set of parameters. */
function ensureFullParams(params: Parameters, where: string): void {
  ensure(Object.keys(params).length === NAMES.length, `${where}: ${Object.keys(params).length} parameters`);
  none(badParams(params), where);
}

/** The page set up from a link is a valid state: a strategy, a run, the runs compared, the day. */
function ensureValidState(s: AppState): void {
  ensure(s.seed !== undefined && whole(s.seed, SEED.min, SEED.max), `seed ${s.seed}`);
  ensure(s.days !== undefined && whole(s.days, DAYS.min, DAYS.max), `days ${s.days}`);
  ensure(s.day !== undefined && whole(s.day, 0, s.days), `day ${s.day} of ${s.days}`);
  ensureFullParams(s.params, 'params');
  if (s.startParams) ensureFullParams(s.startParams, 'startParams');
  none(badChanges(s.changes, s.days), 'changes');
  ensure(s.lang === 'en' || s.lang === 'ru', `lang ${s.lang}`);
  ensure(isCurrency(s.currency), `currency ${s.currency}`);
  ensure(s.presetId === null || PRESET_IDS.includes(s.presetId), `preset ${s.presetId}`);
  if (s.lesson) {
    const lesson = LINK_LESSONS.find((l) => l.id === s.lesson!.id);
    ensure(
      lesson !== undefined && whole(s.lesson.step, 0, lesson.steps),
      `lesson ${JSON.stringify(s.lesson)}`,
    );
  }
  for (const strategy of [s.baseline, ...s.others.map((o) => o.strategy)]) {
    if (!strategy) continue;
    ensureFullParams(strategy.params, 'a pinned run');
    if (strategy.startParams) ensureFullParams(strategy.startParams, 'a pinned run’s start');
    none(badChanges(strategy.changes, s.days), 'a pinned run’s changes');
  }
  ensure(s.others.length <= (s.baseline ? 2 : 0), 'runs beside A without A, or more than four');
}

// ---------------------------------------------------------------------------------------------

describe('any link, read and applied to the page', () => {
  it(`ends in a valid scenario and a valid page, with readable issues (${RUNS.toLocaleString('en')} links)`, () => {
    fc.assert(
      fc.property(aLink, fc.constantFrom('en' as const, 'ru' as const), (link, lang) => {
        // readUrl: the query string read
        const u = readUrl(link, PRESET_IDS, LINK_LESSONS);
        ensureValidRead(u);
        // storeFromLink: the page set up from it, its notice the same issues
        const s = storeFromLink(link, CATALOGUE, lang).getState();
        ensureValidState(s);
        ensure(JSON.stringify(s.linkIssues) === JSON.stringify(u.issues), 'the page’s issues are the link’s');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the links the page writes', () => {
  it(`read back as the same scenario, with no issue (${ROUND_TRIPS.toLocaleString('en')} scenarios)`, () => {
    fc.assert(
      fc.property(aScenario, (w) => {
        const link = linkFor(w);
        const u = readUrl(link, PRESET_IDS, LINK_LESSONS);
        ensure(u.issues.length === 0, `${link}: ${u.problems.join('; ')}`);
        // what differs from the base comes back exactly (a value equal to the base's is not written)
        const base = baseOf(w);
        const differences = (p: Partial<Parameters>) =>
          Object.fromEntries(Object.entries(p).filter(([n, v]) => base[n as ParameterName] !== v));
        const { problems: _, issues: __, ...read } = u;
        expect(read).toEqual({
          version: 1,
          params: differences(w.start),
          changes: w.changes,
          ...(w.presetId ? { preset: w.presetId } : {}),
          seed: w.seed,
          days: w.days,
          ...(w.lang !== 'en' ? { lang: w.lang } : {}),
          ...(w.currency !== 'USD' ? { currency: w.currency } : {}),
          ...(w.compared
            ? {
                compared: {
                  a: { params: differences(w.compared.a.params), changes: w.compared.a.changes },
                  others: w.compared.others.map((o) => ({
                    params: differences(o.params),
                    changes: o.changes,
                  })),
                },
              }
            : {}),
          ...(w.lesson ? { lesson: w.lesson } : {}),
          ...(w.day !== undefined ? { day: w.day } : {}),
        });
      }),
      { numRuns: ROUND_TRIPS },
    );
  });

  it(`a page set up from any link writes a link that sets up the same page, with no issue (${PAGE_ROUND_TRIPS} links)`, () => {
    const scenarioOf = (s: AppState) => ({
      params: s.params,
      startParams: s.startParams,
      changes: s.changes,
      seed: s.seed,
      days: s.days,
      lang: s.lang,
      currency: s.currency,
      presetId: s.presetId,
      lesson: s.lesson,
      day: s.day,
      baseline: s.baseline,
      others: s.others.map((o) => o.strategy),
    });
    fc.assert(
      fc.property(aLink, (link) => {
        const first = storeFromLink(link, CATALOGUE).getState();
        const again = linkOf(first, PRESETS, true);
        const second = storeFromLink(again, CATALOGUE).getState();
        ensure(second.linkIssues.length === 0, `${again}: ${JSON.stringify(second.linkIssues)}`);
        expect(scenarioOf(second), again).toEqual(scenarioOf(first));
      }),
      { numRuns: PAGE_ROUND_TRIPS },
    );
  });
});
