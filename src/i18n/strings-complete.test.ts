/**
 * Every text on the page exists in both languages and is never empty: the interface's tables
 * (strings.ts and every *-strings.ts, found by file name so a new table is checked too), the
 * parameters' labels, help and ends, the metric names, the presets' and lessons' texts. A table
 * with a key in one language only, an empty string, or a function that says nothing fails here.
 * The Russian side also uses no Latin word outside a short list of names and abbreviations that
 * Russian marketing texts write in Latin letters, and no text names a parameter by its code name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUP_LABELS, PARAMETERS, PARAMETER_ENDS, UNITS, UNIT_WORDS } from '../model/parameters';
import { PROBLEM_WORDS } from '../model/problems';
import { PLATFORMS } from '../model/platforms';
import { METRIC_NAMES } from './metric-names';
import { CURRENCY_UNIT, NOUNS, STRINGS } from './strings';

const tables = import.meta.glob<Record<string, unknown>>('./*-strings.ts', { eager: true });
const SIMULATIONS = join(import.meta.dirname, '..', '..', 'simulations');

/** Arguments a string function may take, tried in every combination until one gives a string. */
const SAMPLES: unknown[] = [
  2,
  'B',
  ['B', 'C'],
  'out of range',
  { entry: 'seed=-1', kind: 'unknown' },
  // words the loop's labels choose between
  'well',
  'polite',
];

/** Every list of `n` samples. */
function combinations(n: number): unknown[][] {
  if (n === 0) return [[]];
  return combinations(n - 1).flatMap((rest) => SAMPLES.map((x) => [x, ...rest]));
}

/** What a function says for the first sample arguments it takes without saying "undefined" or "NaN". */
function said(f: (...a: unknown[]) => unknown): unknown {
  for (const args of combinations(Math.max(1, f.length))) {
    try {
      const out = f(...args);
      if (typeof out === 'string' && !/undefined|NaN/.test(out)) return out;
    } catch {
      // other samples
    }
  }
  return undefined;
}

/** Where two language sides of one table differ, or say nothing. */
function differences(en: unknown, ru: unknown, at: string, out: string[]): string[] {
  if (typeof en === 'function' || typeof ru === 'function') {
    if (typeof en !== 'function' || typeof ru !== 'function')
      out.push(`${at}: a function in one language only`);
    else {
      for (const [lang, f] of [
        ['en', en],
        ['ru', ru],
      ] as const) {
        const text = said(f as (...a: unknown[]) => unknown);
        if (typeof text !== 'string' || text.trim() === '') out.push(`${at} (${lang}): says nothing`);
      }
    }
  } else if (typeof en === 'string' || typeof ru === 'string') {
    if (typeof en !== 'string' || typeof ru !== 'string') out.push(`${at}: a string in one language only`);
    else {
      if (en.trim() === '') out.push(`${at} (en): empty`);
      if (ru.trim() === '') out.push(`${at} (ru): empty`);
    }
  } else if (Array.isArray(en) || Array.isArray(ru)) {
    if (!Array.isArray(en) || !Array.isArray(ru) || en.length !== ru.length)
      out.push(`${at}: lists of different lengths`);
    else en.forEach((x, k) => differences(x, ru[k], `${at}[${k}]`, out));
  } else if (typeof en === 'object' && en !== null && typeof ru === 'object' && ru !== null) {
    const keys = new Set([...Object.keys(en), ...Object.keys(ru)]);
    for (const key of keys) {
      if (!(key in en)) out.push(`${at}.${key}: missing in English`);
      else if (!(key in ru)) out.push(`${at}.${key}: missing in Russian`);
      else differences((en as never)[key], (ru as never)[key], `${at}.${key}`, out);
    }
  } else if (en !== ru) out.push(`${at}: ${String(en)} against ${String(ru)}`);
  return out;
}

/** Every `{ en, ru }` pair anywhere inside a value, compared side by side. */
function pairs(value: unknown, at: string, out: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return out;
  if ('en' in value || 'ru' in value) {
    const v = value as { en?: unknown; ru?: unknown };
    if (!('en' in value)) out.push(`${at}: no English`);
    else if (!('ru' in value)) out.push(`${at}: no Russian`);
    else differences(v.en, v.ru, at, out);
    return out;
  }
  for (const [key, child] of Object.entries(value)) pairs(child, `${at}.${key}`, out);
  return out;
}

/** Every Russian text of a value: the `ru` side of each pair, and what its functions say. */
function russian(value: unknown, inRussian = false, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (inRussian) out.push(value);
  } else if (typeof value === 'function') {
    if (inRussian) {
      const text = said(value as (...a: unknown[]) => unknown);
      if (typeof text === 'string') out.push(text);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      // the language switch names the other language in that language (marked so on the page)
      if (key === 'en' || key === 'language') continue;
      russian(child, inRussian || key === 'ru', out);
    }
  }
  return out;
}

const scenarios = readdirSync(SIMULATIONS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(SIMULATIONS, f), 'utf8')) }));
const lessons = readdirSync(join(SIMULATIONS, 'lessons'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(SIMULATIONS, 'lessons', f), 'utf8')) }));

/** Every table of texts, by where it comes from (the nouns, whose forms differ by language, apart). */
const ALL: Record<string, unknown> = {
  strings: STRINGS,
  currencyUnit: CURRENCY_UNIT,
  ...Object.fromEntries(Object.entries(tables).map(([file, exports]) => [file, exports])),
  metricNames: METRIC_NAMES,
  groupLabels: GROUP_LABELS,
  units: UNITS,
  unitWords: UNIT_WORDS,
  problemWords: PROBLEM_WORDS,
  parameters: PARAMETERS,
  parameterEnds: PARAMETER_ENDS,
  platforms: PLATFORMS,
  // a preset's English is its top-level name and description, its Russian under `ru`
  ...Object.fromEntries(
    scenarios.map(({ file, data }) => [
      file,
      { text: { en: { name: data.name, description: data.description }, ru: data.ru } },
    ]),
  ),
  ...Object.fromEntries(lessons.map(({ file, data }) => [`lessons/${file}`, data])),
};

/**
 * Latin words a Russian text may use: the abbreviations of the figures (as Russian marketing
 * writes them), the platforms' own names, file formats and encodings (JSON, UTF-8), the runs'
 * letters A–D, the Bass model's p and q and the e of an exponential, and what a link or a command
 * line literally contains (the link's entries the notice quotes back are data, not prose).
 */
const LATIN_ALLOWED = new Set([
  ...['SMM', 'ROMI', 'CAC', 'LTV', 'CPM', 'CTR', 'CSV', 'URL', 'PNG', 'QR', 'JSON', 'UTF'],
  // JSON's own words, as a scenario file writes them
  ...['true', 'false', 'null'],
  ...['Facebook', 'Instagram', 'TikTok', 'LinkedIn', 'VK', 'Telegram'],
  ...['A', 'B', 'C', 'D', 'p', 'q', 'e'],
  // the page's own name, and keyboard keys as the keys themselves are labelled
  ...['Loop', 'Page', 'Up', 'Down'],
  // the notice quotes the link's entries: its sample here is "seed=-1"; the language and currency codes
  ...['seed', 'en', 'ru', 'USD', 'RUB'],
]);

describe('every text in both languages', () => {
  it('finds the tables: strings.ts, every *-strings.ts, the schema, the presets and the lessons', () => {
    expect(Object.keys(tables).length).toBeGreaterThanOrEqual(4);
    expect(scenarios.length).toBeGreaterThan(5);
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(ALL))('%s: no key missing or empty in either language', (name) => {
    expect(pairs(ALL[name], name)).toEqual([]);
  });

  it('every preset has a Russian name and description', () => {
    for (const { file, data } of scenarios) {
      expect(typeof data.ru?.name === 'string' && data.ru.name.trim() !== '', file).toBe(true);
      expect(typeof data.ru?.description === 'string' && data.ru.description.trim() !== '', file).toBe(true);
    }
  });

  it('every noun has every form its language needs', () => {
    for (const [name, noun] of Object.entries(NOUNS)) {
      expect(Object.keys(noun.en).sort(), name).toEqual(['one', 'other']);
      expect(Object.keys(noun.ru).sort(), name).toEqual(['few', 'many', 'one', 'other']);
      for (const form of [...Object.values(noun.en), ...Object.values(noun.ru)])
        expect(form.trim(), name).not.toBe('');
    }
  });

  it('the Russian texts use no Latin word but the abbreviations and names Russian writes in Latin', () => {
    const found = new Map<string, string>();
    for (const [name, table] of Object.entries(ALL))
      for (const text of russian(table))
        // `{unit}`-style placeholders are filled in by the page
        for (const word of text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [])
          if (!LATIN_ALLOWED.has(word) && !found.has(word)) found.set(word, `${name}: ${text}`);
    expect([...found.values()]).toEqual([]);
  });

  it('no preset or lesson text names a parameter by its code name', () => {
    const names = PARAMETERS.map((p) => p.name);
    for (const { file, data } of [...scenarios, ...lessons]) {
      const texts = JSON.stringify({ ...data, parameters: undefined, changes: undefined, steps: undefined });
      const steps = JSON.stringify((data.steps ?? []).map((s: { en: unknown; ru: unknown }) => [s.en, s.ru]));
      for (const n of names) expect(`${texts}${steps}`, `${file} names ${n}`).not.toContain(n);
    }
  });
});
