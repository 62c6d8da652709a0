import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import type { StrategyChange } from '../model/scenario';
import { linkNotice, linkOf, storeFromLink } from './link';
import LINK_FIXTURES from './link-fixtures.json';
import { LINK_MAX_LENGTH, readUrl, shownEntry, writeUrl } from './url';
import { STRINGS } from '../i18n/strings';

describe('the scenario in the URL', () => {
  it('applies parameters, seed, days, a preset and the language', () => {
    const u = readUrl('?ads.dailyBudget=200&audience.size=10000&seed=3&days=90&preset=full-loop&lang=ru', [
      'default',
      'full-loop',
    ]);
    expect(u.params).toEqual({ 'ads.dailyBudget': 200, 'audience.size': 10000 });
    expect(u).toMatchObject({ seed: 3, days: 90, preset: 'full-loop', lang: 'ru', problems: [] });
  });

  it('leaves out what is invalid and says why, keeping the rest', () => {
    const u = readUrl(
      '?ads.ctr=5&ads.cpm=abc&bogus=1&seed=-1&days=0&preset=nope&lang=de&ads.dailyBudget=80',
      [],
    );
    expect(u.params).toEqual({ 'ads.dailyBudget': 80 });
    expect(u.seed).toBeUndefined();
    expect(u.problems).toEqual([
      'ads.ctr=5: must be a number from 0 to 1 (share)',
      'ads.cpm=abc: must be a number from 0.01 to 10000',
      'bogus: unknown setting',
      'seed=-1: must be a whole number from 0 to 4294967295',
      'days=0: must be a whole number from 1 to 3650',
      'preset=nope: no such scenario',
      'lang=de: must be en or ru',
    ]);
  });

  it('reads numbers as the command line does: exponents yes, hex, Infinity and blanks no', () => {
    const u = readUrl('?days=1e2&seed=0x10&ads.ctr=Infinity&ads.cpm=&ads.dailyBudget=%202.5e2%20', []);
    expect(u.days).toBe(100);
    expect(u.seed).toBeUndefined();
    expect(u.params).toEqual({ 'ads.dailyBudget': 250 });
    expect(u.problems).toEqual([
      'seed=0x10: must be a whole number from 0 to 4294967295',
      'ads.ctr=Infinity: must be a number from 0 to 1',
      'ads.cpm=: must be a number from 0.01 to 10000',
    ]);
  });

  it('keeps the currency when it is not the dollar, and names a wrong one', () => {
    expect(writeUrl(defaultParameters(), 1, 180, { currency: 'USD' })).toBe('?v=1&seed=1&days=180');
    const query = writeUrl(defaultParameters(), 1, 180, { currency: 'RUB', lang: 'ru' });
    expect(query).toBe('?v=1&seed=1&days=180&lang=ru&currency=RUB');
    expect(readUrl(query, [])).toMatchObject({ currency: 'RUB', lang: 'ru', problems: [] });
    const wrong = readUrl('?currency=EUR', []);
    expect(wrong.currency).toBeUndefined();
    expect(wrong.problems).toEqual(['currency=EUR: must be USD or RUB']);
    expect(wrong.issues).toEqual([{ entry: 'currency=EUR', kind: 'currency' }]);
  });

  it('says what it could not apply in either language, without English in the Russian', () => {
    const u = readUrl('?seed=-1&ads.ctr=5&bogus=1&preset=nope&lang=de', []);
    const ru = STRINGS.ru
      .invalidUrl(u.issues.map((i) => STRINGS.ru.linkIssue(i)).join('; '))
      .replace(/\s/g, ' ');
    expect(ru).toBe(
      'Не удалось применить из ссылки: seed=-1 (нужно целое число от 0 до 4 294 967 295); ads.ctr=5 (нужно число от 0 до 1); bogus (такой настройки нет); preset=nope (такого сценария нет); lang=de (язык — en или ru)',
    );
    // apart from the link's own entries, every word is Russian
    const words = ru.replace(/\b(seed|ads\.ctr|bogus|preset|nope|lang|de|en|ru)\b/g, '');
    expect(words).not.toMatch(/[A-Za-z]/);
    const en = STRINGS.en.invalidUrl(u.issues.map((i) => STRINGS.en.linkIssue(i)).join('; '));
    expect(en).not.toMatch(/[а-яё]/i);
    expect(en).toContain('seed=-1 (a whole number from 0 to 4,294,967,295 is needed)');
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const params = { ...defaultParameters(), 'ads.dailyBudget': 120, 'research.valueFit': 0.85 };
    const query = writeUrl(params, 7, 200, { lang: 'ru' });
    // parameters in the schema's order
    expect(query).toBe('?v=1&research.valueFit=0.85&ads.dailyBudget=120&seed=7&days=200&lang=ru');
    const back = readUrl(query, []);
    expect({ ...defaultParameters(), ...back.params }).toEqual(params);
    expect(back).toMatchObject({ seed: 7, days: 200, lang: 'ru' });
  });
});

const LESSONS_FOR_LINKS = [
  { id: '4-negative-feedback', steps: 2 },
  { id: '1-product', steps: 3 },
];

describe('the whole scenario in a link (version 1)', () => {
  it('writes its version and the strategy changes over time, and reads them back', () => {
    const start = { ...defaultParameters(), 'ads.dailyBudget': 20 };
    const changes = [
      { day: 90, parameters: { 'feedback.answeredShare': 1 } },
      { day: 120, parameters: { 'ads.dailyBudget': 40, 'ads.cpm': 5 } },
    ];
    const query = writeUrl(start, 3, 180, { changes });
    // the schema's order within a change; separators left readable
    expect(query).toBe(
      '?v=1&ads.dailyBudget=20&change=90:feedback.answeredShare=1&change=120:ads.dailyBudget=40,ads.cpm=5&seed=3&days=180',
    );
    const back = readUrl(query, []);
    expect(back).toMatchObject({
      version: 1,
      params: { 'ads.dailyBudget': 20 },
      seed: 3,
      days: 180,
      problems: [],
    });
    expect(back.changes).toEqual([
      { day: 90, parameters: { 'feedback.answeredShare': 1 } },
      { day: 120, parameters: { 'ads.dailyBudget': 40, 'ads.cpm': 5 } },
    ]);
  });

  it('writes the runs compared, each as its differences and changes', () => {
    const params = defaultParameters();
    const query = writeUrl(params, 1, 180, {
      compared: {
        a: {
          params: { ...params, 'ads.dailyBudget': 10 },
          changes: [{ day: 60, parameters: { 'ads.cpm': 8 } }],
        },
        others: [{ params }, { params: { ...params, 'feedback.answeredShare': 0.9 } }],
      },
    });
    expect(query).toBe(
      '?v=1&seed=1&days=180&a=ads.dailyBudget=10;60:ads.cpm=8&c=&d=feedback.answeredShare=0.9',
    );
    expect(readUrl(query, []).compared).toEqual({
      a: { params: { 'ads.dailyBudget': 10 }, changes: [{ day: 60, parameters: { 'ads.cpm': 8 } }] },
      others: [
        { params: {}, changes: [] },
        { params: { 'feedback.answeredShare': 0.9 }, changes: [] },
      ],
    });
  });

  it('writes the lesson and its step, and the day to open at', () => {
    const query = writeUrl(defaultParameters(), 1, 365, {
      lesson: { id: '4-negative-feedback', step: 1 },
      day: 180,
    });
    expect(query).toBe('?v=1&seed=1&days=365&lesson=4-negative-feedback&step=1&day=180');
    expect(readUrl(query, [], LESSONS_FOR_LINKS)).toMatchObject({
      lesson: { id: '4-negative-feedback', step: 1 },
      day: 180,
      problems: [],
    });
  });

  it('leaves out a bad change, lesson, step, pinned run or day, says why, and keeps the rest', () => {
    const u = readUrl(
      '?v=1&days=100&change=101:ads.cpm=5&change=50:audience.size=1000&change=40:ads.cpm=x&change=nonsense' +
        '&change=30:ads.cpm=5&change=30:ads.cpm=6&lesson=nope&step=1&c=ads.cpm=5&day=-3&v=7&ads.cpm=4',
      [],
      LESSONS_FOR_LINKS,
    );
    expect(u.params).toEqual({ 'ads.cpm': 4 });
    // of two changes on one day, the last is used and the other named
    expect(u.changes).toEqual([{ day: 30, parameters: { 'ads.cpm': 6 } }]);
    expect(u.lesson).toBeUndefined();
    expect(u.compared).toBeUndefined();
    expect(u.day).toBeUndefined();
    expect(u.version).toBe(1);
    expect(u.problems).toEqual([
      'change=101:ads.cpm=5: the day must be a whole number from 1 to 100',
      'change=50:audience.size=1000: audience.size cannot change during a run (the audience is drawn on day 0); set it in "parameters"',
      'change=40:ads.cpm=x: ads.cpm must be a number from 0.01 to 10000',
      'change=nonsense: must be day:name=value,…',
      'lesson=nope: no such lesson',
      'day=-3: must be a whole number from 0 to 3650',
      'v=7: this page reads links of version 1; the rest was read as version 1',
      'change=30:ads.cpm=5: given more than once; change=30:ads.cpm=6 is used',
      'step=1: a step needs a lesson',
      'c=ads.cpm=5: a run is pinned beside A only when A is pinned',
    ]);
    const step = readUrl('?v=1&lesson=1-product&step=9', [], LESSONS_FOR_LINKS);
    expect(step.lesson).toEqual({ id: '1-product', step: 0 });
    expect(step.problems).toEqual(['step=9: must be a whole number from 0 to 3']);
    // the page says each in its language
    expect(STRINGS.ru.linkIssue(u.issues[4]!)).toBe('lesson=nope (такого урока нет)');
    expect(STRINGS.en.linkIssue(u.issues[7]!)).toBe(
      'change=30:ads.cpm=5 (given more than once; change=30:ads.cpm=6 is used)',
    );
    expect(STRINGS.ru.linkIssue(u.issues[0]!)).toBe('change=101:ads.cpm=5 (не удалось разобрать)');
    expect(STRINGS.en.linkIssue(u.issues[0]!)).toBe('change=101:ads.cpm=5 (cannot be read)');
  });
  // every random scenario it writes reads back: test/link-fuzz.test.ts
});

describe('links made before', () => {
  // Links this version made, with what they read as. A parameter added later has a default and is
  // not in them: they must still read as the same scenario.
  it.each(LINK_FIXTURES)('$link still reads as it did', ({ link, reads }) => {
    const back = readUrl(link, ['default', 'full-loop', 'answer-from-day-90'], LESSONS_FOR_LINKS);
    expect(back.problems).toEqual([]);
    const { problems: _, issues: __, ...scenario } = back;
    expect(JSON.parse(JSON.stringify(scenario))).toEqual(reads);
  });

  it('reads a link without a version as before: one strategy, no changes', () => {
    const u = readUrl('?ads.dailyBudget=200&seed=3&days=90&preset=full-loop&lang=ru', ['full-loop']);
    expect(u.version).toBeUndefined();
    expect(u.changes).toEqual([]);
    expect(u).toMatchObject({ params: { 'ads.dailyBudget': 200 }, seed: 3, days: 90, preset: 'full-loop' });
  });
});

describe('a link applied to the page', () => {
  const scenario = (changes?: StrategyChange[]) => ({
    version: 2 as const,
    name: 'x',
    description: 'x',
    seed: 1,
    days: 180,
    parameters: { 'ads.dailyBudget': 30 },
    ...(changes ? { changes } : {}),
  });
  const catalogue = {
    presets: [
      { id: 'default', scenario: scenario() },
      { id: 'later', scenario: scenario([{ day: 90, parameters: { 'feedback.answeredShare': 1 } }]) },
    ],
    lessons: [],
  };

  it('keeps a change from a later day: the link gives the strategy at the start, then the change', () => {
    const store = storeFromLink('?v=1&change=90:feedback.answeredShare=1&a=ads.cpm=5&seed=4', catalogue);
    const s = store.getState();
    expect(s.startParams?.['feedback.answeredShare']).toBe(defaultParameters()['feedback.answeredShare']);
    expect(s.changes).toEqual([{ day: 90, parameters: { 'feedback.answeredShare': 1 } }]);
    expect(s.params['feedback.answeredShare']).toBe(1);
    expect(s.baseline?.params['ads.cpm']).toBe(5);
    expect(s.seed).toBe(4);
    // and writes the same link back
    expect(linkOf(s, catalogue.presets)).toBe(
      '?v=1&change=90:feedback.answeredShare=1&seed=4&days=180&a=ads.cpm=5',
    );
  });

  it('reads a link without a version as before: the preset edited, one strategy throughout', () => {
    const s = storeFromLink('?preset=later&ads.dailyBudget=50&seed=2', catalogue).getState();
    expect(s.changes).toEqual([]);
    expect(s.startParams).toBeNull();
    expect(s.params['feedback.answeredShare']).toBe(1);
    expect(s.params['ads.dailyBudget']).toBe(50);
    expect(s.presetId).toBe('later');
    const plain = storeFromLink('?preset=later', catalogue).getState();
    expect(plain.changes).toHaveLength(1);
    // a horizon that ends before the preset's change leaves the change out
    const short = storeFromLink('?preset=later&days=30', catalogue).getState();
    expect(short.changes).toEqual([]);
    expect(short.startParams).toBeNull();
    expect(short.params['feedback.answeredShare']).toBe(defaultParameters()['feedback.answeredShare']);
  });

  it('pins a run as the preset’s when it is the preset’s strategy, so its link pins the same run again', () => {
    // the default preset at the defaults, pinned by a link that names no preset
    const atDefaults = {
      presets: [{ id: 'default', scenario: { ...scenario(), parameters: {} } }],
      lessons: [],
    };
    const first = storeFromLink('?a=', atDefaults).getState();
    expect(first.baseline?.presetId).toBe('default');
    const again = storeFromLink(linkOf(first, atDefaults.presets), atDefaults).getState();
    expect(again.baseline).toEqual(first.baseline);
    expect(storeFromLink('?a=ads.cpm=5', atDefaults).getState().baseline?.presetId).toBeNull();
    // a preset with a change: its strategy pinned is the preset's, without the change it is not
    const later = (a: string) => storeFromLink(`?v=1&preset=later&a=${a}`, catalogue).getState().baseline;
    expect(later(';90:feedback.answeredShare=1')?.presetId).toBe('later');
    expect(later('')?.presetId).toBeNull();
  });
});

describe('a bad link: the valid part is read, the rest named', () => {
  const issueTexts = (search: string) => {
    const u = readUrl(search, ['full-loop'], LESSONS_FOR_LINKS);
    return {
      u,
      en: u.issues.map((i) => STRINGS.en.linkIssue(i)),
      ru: u.issues.map((i) => STRINGS.ru.linkIssue(i)),
    };
  };

  it('names a parameter given twice and the value used (the last valid one)', () => {
    const { u, en, ru } = issueTexts('?v=1&ads.dailyBudget=20&seed=3&ads.dailyBudget=30');
    expect(u.params).toEqual({ 'ads.dailyBudget': 30 });
    expect(u.seed).toBe(3);
    expect(en).toEqual(['ads.dailyBudget=20 (given more than once; ads.dailyBudget=30 is used)']);
    expect(ru).toEqual(['ads.dailyBudget=20 (указано несколько раз; применено ads.dailyBudget=30)']);
    // a later value that cannot be read leaves the one that can
    const bad = readUrl('?ads.dailyBudget=20&ads.dailyBudget=abc&seed=1&seed=2', []);
    expect(bad.params).toEqual({ 'ads.dailyBudget': 20 });
    expect(bad.seed).toBe(2);
    expect(bad.problems).toEqual([
      'ads.dailyBudget=abc: must be a number from 0 to 1000000',
      'seed=1: given more than once; seed=2 is used',
    ]);
  });

  it('names a name given twice inside a change or a pinned run, and two changes on one day', () => {
    const u = readUrl(
      '?v=1&change=90:ads.cpm=5,ads.cpm=6&a=ads.ctr=0.01,ads.ctr=0.02;40:ads.cpm=7;40:ads.cpm=8',
      [],
    );
    expect(u.changes).toEqual([{ day: 90, parameters: { 'ads.cpm': 6 } }]);
    expect(u.compared?.a).toEqual({
      params: { 'ads.ctr': 0.02 },
      changes: [{ day: 40, parameters: { 'ads.cpm': 8 } }],
    });
    expect(u.issues.map((i) => STRINGS.en.linkIssue(i))).toEqual([
      'change=…ads.cpm=5 (given more than once; ads.cpm=6 is used)',
      'a=…ads.ctr=0.01 (given more than once; ads.ctr=0.02 is used)',
      'a=…40:ads.cpm=7 (given more than once; 40:ads.cpm=8 is used)',
    ]);
  });

  it('names the setting, scenario or lesson meant when a name given is near one', () => {
    const { u, en, ru } = issueTexts(
      '?ads.budget=20&dailyBudget=30&sed=3&preset=full-lop&lesson=1-prodcut&zzz=1',
    );
    expect(u.issues.map((i) => ('near' in i ? i.near : null))).toEqual([
      'ads.dailyBudget',
      'ads.dailyBudget',
      'seed',
      'full-loop',
      '1-product',
      null,
    ]);
    expect(en).toEqual([
      'ads.budget (an unknown setting; did you mean ads.dailyBudget?)',
      'dailyBudget (an unknown setting; did you mean ads.dailyBudget?)',
      'sed (an unknown setting; did you mean seed?)',
      'preset=full-lop (no such scenario; did you mean full-loop?)',
      'lesson=1-prodcut (no such lesson; did you mean 1-product?)',
      'zzz (an unknown setting)',
    ]);
    expect(ru.slice(0, 5)).toEqual([
      'ads.budget (такой настройки нет; может быть, имелась в виду ads.dailyBudget?)',
      'dailyBudget (такой настройки нет; может быть, имелась в виду ads.dailyBudget?)',
      'sed (такой настройки нет; может быть, имелась в виду seed?)',
      'preset=full-lop (такого сценария нет; может быть, имелся в виду full-loop?)',
      'lesson=1-prodcut (такого урока нет; может быть, имелся в виду 1-product?)',
    ]);
  });

  it('reads a link of an unknown version as version 1 and says so', () => {
    for (const v of ['99', '0', 'abc', '']) {
      const { u, en, ru } = issueTexts(`?v=${v}&ads.dailyBudget=20&seed=3`);
      expect(u).toMatchObject({ version: 1, params: { 'ads.dailyBudget': 20 }, seed: 3 });
      expect(en).toEqual([`v=${v} (this page reads links of version 1; the rest was read as version 1)`]);
      expect(ru).toEqual([`v=${v} (страница понимает ссылки версии 1; остальное прочитано по её правилам)`]);
    }
    // a link that lost its `v` but has what only version 1 writes is read as version 1
    expect(readUrl('?ads.dailyBudget=20&change=90:ads.cpm=5', []).version).toBe(1);
    expect(readUrl('?ads.dailyBudget=20&seed=3', []).version).toBeUndefined();
  });

  it('reads a link encoded twice, whole or entry by entry, and says so', () => {
    const plain =
      '?v=1&ads.dailyBudget=20&change=90:feedback.answeredShare=1&seed=3&a=ads.cpm=5;30:ads.ctr=0.02';
    const expected = readUrl(plain, []);
    expect(expected.issues).toEqual([]);
    const once = `?${encodeURIComponent(plain.slice(1))}`;
    const twice = `?${encodeURIComponent(encodeURIComponent(plain.slice(1)))}`;
    const entries = `?${plain
      .slice(1)
      .split('&')
      .map((e) => encodeURIComponent(encodeURIComponent(e)).replace(/%25(26|3D)/g, '%$1'))
      .join('&')}`;
    const equalSigns = plain.replace(/=/g, '%253D');
    for (const link of [once, twice, entries, equalSigns]) {
      const u = readUrl(link, []);
      const { problems: _, issues, ...read } = u;
      const { problems: __, issues: ___, ...want } = expected;
      expect(read, link).toEqual(want);
      expect(issues, link).toHaveLength(1);
      expect(issues[0]!.kind, link).toBe('encoded');
      expect(STRINGS.en.linkIssue(issues[0]!)).toMatch(
        / \(the link was encoded twice; it was read decoded once more\)$/,
      );
      expect(STRINGS.ru.linkIssue(issues[0]!)).toMatch(
        / \(ссылка закодирована дважды; она прочитана после повторного декодирования\)$/,
      );
    }
    // escapes that are not UTF-8 stay as they are, and are named
    expect(readUrl('?ads.cpm=%25C3%2528', []).issues.map((i) => i.entry)).toEqual(['ads.cpm=%C3%28']);
  });

  it('refuses a link longer than LINK_MAX_LENGTH whole, at once, and says how long it was', () => {
    const padded = `?v=1&lang=ru&ads.dailyBudget=20&seed=3&${'x'.repeat(100 * 1024)}`;
    const u = readUrl(padded, []);
    expect(u).toMatchObject({ params: {}, changes: [] });
    expect(u.lang).toBeUndefined();
    expect(u.issues).toHaveLength(1);
    expect(STRINGS.en.linkIssue(u.issues[0]!)).toBe(
      'the whole link (102,438 characters; links of at most 65,536 are read)',
    );
    expect(STRINGS.ru.linkIssue(u.issues[0]!).replace(/\s/g, ' ')).toBe(
      'вся ссылка (её длина 102 438, а читаются ссылки не длиннее 65 536 символов)',
    );
    // one character under the limit is read
    const longest = `?seed=3&${'x'.repeat(LINK_MAX_LENGTH - 'seed=3&'.length)}`;
    expect(readUrl(longest, []).seed).toBe(3);
  });

  it('reads the worst links under the limit without slowing down (no quadratic step)', () => {
    const fill = (unit: string, prefix = '') =>
      `?${prefix}${unit.repeat(Math.floor((LINK_MAX_LENGTH - prefix.length) / unit.length))}`;
    const worst = [
      fill(`ads.cpm=${'1'.repeat(30)}x&`), // runs of digits: the number syntax backtracks on long ones
      fill(`seed=${'9'.repeat(2000)}&`),
      fill('ads.cpm=5&'), // thousands of repeats
      fill('change=7:ads.cpm=5&'),
      fill('7:ads.cpm=5;', 'a=;'),
      `?${encodeURIComponent(encodeURIComponent(fill('ads.cpm=5&').slice(1))).slice(0, LINK_MAX_LENGTH)}`,
      fill('%'),
      fill(`${'abcdefghij'.repeat(6)}=1&`), // thousands of unknown names, each far from every known one
    ];
    const started = performance.now();
    for (const link of worst) {
      expect(link.length).toBeLessThanOrEqual(LINK_MAX_LENGTH + 1);
      const u = readUrl(link, [], LESSONS_FOR_LINKS);
      for (const issue of u.issues) expect(issue.entry.length).toBeLessThanOrEqual(60);
    }
    // eight links of 64 KB each: well under a second; a quadratic step would take minutes
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('shows an entry cut short, with its control and direction characters made visible', () => {
    expect(shownEntry('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
    expect(shownEntry('seed=1\u202Egnp.exe\u0000\n')).toBe('seed=1\uFFFDgnp.exe\uFFFD\uFFFD');
    // never half of a surrogate pair
    expect(shownEntry(`${'a'.repeat(58)}😀😀`)).toBe(`${'a'.repeat(58)}…`);
  });

  it('names the first issues of a notice and counts the rest', () => {
    const u = readUrl(`?${Array.from({ length: 12 }, (_, k) => `x${k}=1`).join('&')}`, []);
    expect(linkNotice(u.issues, 'en')).toBe(
      'Not applied from the link: x0 (an unknown setting); x1 (an unknown setting); x2 (an unknown setting); x3 (an unknown setting); x4 (an unknown setting); and 7 more',
    );
    expect(linkNotice(u.issues, 'ru')).toMatch(/; x4 \(такой настройки нет\); и ещё 7$/);
    expect(linkNotice([], 'en')).toBeNull();
  });
});
