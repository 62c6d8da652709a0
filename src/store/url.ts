/**
 * The scenario in the page's URL, so a link reproduces exactly what the sender saw: parameters
 * that differ from the preset's (or the defaults), seed, horizon, language, currency, the
 * strategy's changes over time, the lesson open and its step, the runs pinned for comparison (A,
 * C, D) and, on request, the day shown. Reading never throws: anything invalid is left out and
 * reported in one sentence per entry.
 *
 * Version 1 (`v=1`) holds the whole timeline. Simple entries read as the command line's
 * (`ads.dailyBudget=20&seed=3`); a change is `change=90:feedback.answeredShare=1,ads.cpm=5`; a
 * pinned run is `a=ads.dailyBudget=20;90:feedback.answeredShare=1` (its starting differences, then
 * each change after a `;`). A link without `v` is the format before it: one strategy for the
 * whole run, read as it always was.
 */
import {
  PARAMETERS,
  checkParameterValue,
  defaultParameters,
  isParameterName,
  parameterSpec,
  type ParameterName,
  type Parameters,
} from '../model/parameters';
import { nearMatch } from '../model/near';
import { parseNumber, type NumberSpec, type ParsedNumber } from '../model/number';
import type { LinkIssue } from '../i18n/strings';
import {
  CURRENCIES,
  DAYS,
  DEFAULT_CURRENCY,
  SEED,
  ScenarioError,
  isCurrency,
  parseChanges,
  type Currency,
  type StrategyChange,
} from '../model/scenario';

/** The version of the links this page writes. A link without one is read as the format before. */
export const LINK_VERSION = 1;

/** A strategy in a link: its differences from the link's base on day 1, and its changes. */
export interface LinkStrategy {
  params: Partial<Parameters>;
  changes: StrategyChange[];
}

/** The runs a link pins for comparison: A, and the ones pinned beside it (C, D) in order. */
export interface LinkCompared {
  a: LinkStrategy;
  others: LinkStrategy[];
}

export interface UrlScenario {
  /** the link's version; undefined for a link made before links had one */
  version?: number;
  /** the strategy on day 1: its differences from the preset's values (or the defaults) */
  params: Partial<Parameters>;
  /** the strategy's changes during the run, days ascending (version 1) */
  changes: StrategyChange[];
  seed?: number;
  days?: number;
  preset?: string;
  lang?: 'en' | 'ru';
  /** the scenario's currency, when the link names one */
  currency?: Currency;
  /** the runs pinned for comparison, when the link has A */
  compared?: LinkCompared;
  /** the lesson open and its step */
  lesson?: { id: string; step: number };
  /** the day to open at */
  day?: number;
  /** what was ignored, and why, one English sentence each (as the command line says it) */
  problems: string[];
  /** the same, as data, for the page to say in its language */
  issues: LinkIssue[];
}

/** A lesson a link may name: its id and how many steps it has. */
export interface LinkLesson {
  id: string;
  steps: number;
}

const PINNED_KEYS = ['a', 'c', 'd'] as const;

/**
 * The longest link read, in characters of its query string. The longest link the page writes with
 * every parameter off its default in all four runs compared is about 6,600 characters (a QR code
 * holds at most about 2,900, and many web servers refuse addresses over 8,000), so every link the
 * page writes in use is far below it; a longer one is no link of the page's and is refused whole,
 * the page opening with the defaults and saying so.
 */
export const LINK_MAX_LENGTH = 65_536;

/** Issues after which no near name is looked for (the notice names the first five). */
const NEAR_LOOKUPS = 20;

/** An entry named in a notice is cut to this many characters. */
const SHOWN_LENGTH = 60;

/**
 * The longest text read as a number: the longest the page writes is 24 characters
 * ("-1.2345678901234567e-300"). A longer one is no number, and is refused before the number
 * syntax's regular expression sees it (it backtracks quadratically on long runs of digits).
 */
const NUMBER_TEXT_MAX = 32;

/** Every name a link may give: its own keys and the parameters'. */
const LINK_KEYS = [
  'v',
  'preset',
  'seed',
  'days',
  'day',
  'lang',
  'currency',
  'lesson',
  'step',
  'change',
  ...PINNED_KEYS,
  ...PARAMETERS.map((p) => p.name),
];

/** Entries that only version 1 writes: a link with one of them but no `v` is read as version 1. */
const VERSION_1_KEYS = new Set(['change', 'lesson', 'step', 'day', ...PINNED_KEYS]);

/** `text` read as a number that `spec` allows, refused at once when it is too long to be one. */
function readNumber(text: string, spec: NumberSpec): ParsedNumber {
  return text.length > NUMBER_TEXT_MAX ? { ok: false, problem: 'not a number' } : parseNumber(text, spec);
}

/** A problem, and the name meant when one is near. */
const withNear = (problem: string, near: string | null) =>
  near ? `${problem}; did you mean ${near}?` : problem;

/** Told of an entry given more than once: the one not used, and the one used. */
type OnRepeated = (unused: string, used: string) => void;

/** Entries by key where the last one given is used; each one it replaced is named with it. */
class LastGiven {
  private readonly used = new Map<string, string>();
  private readonly replaced: [key: string, entry: string][] = [];

  give(key: string, entry: string): void {
    const before = this.used.get(key);
    if (before !== undefined) this.replaced.push([key, before]);
    this.used.set(key, entry);
  }

  report(onRepeated: OnRepeated): void {
    for (const [key, entry] of this.replaced) onRepeated(entry, this.used.get(key)!);
  }
}

/**
 * An entry as a notice shows it: at most SHOWN_LENGTH characters, its control and direction
 * characters (which could hide or reorder the text around them) shown as �.
 */
export function shownEntry(text: string): string {
  const visible = text.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '\ufffd');
  if (visible.length <= SHOWN_LENGTH) return visible;
  let cut = SHOWN_LENGTH - 1;
  // never half of a surrogate pair
  if (/[\ud800-\udbff]/.test(visible[cut - 1]!)) cut -= 1;
  return `${visible.slice(0, cut)}…`;
}

const ESCAPE = /%[0-9a-f]{2}/i;

/** `text` with its escapes decoded once more, or null when they are not valid UTF-8. */
function decodedAgain(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The entries of a query string, each `[key, value, entry as written]`. A link encoded twice (by a
 * mail program, a form, a chat) has its `=`, `&`, `:` still escaped once decoded (`%3D`), or its
 * whole query in one key: such an entry is decoded again (at most twice more) and read, and
 * `encoded` names the first.
 */
function queryEntries(text: string, depth = 0): { entries: [string, string][]; encoded?: string } {
  const entries: [string, string][] = [];
  let encoded: string | undefined;
  for (const [rawKey, rawValue] of new URLSearchParams(text)) {
    let key = rawKey;
    let value = rawValue;
    let again = 0;
    while (again < 2 && (ESCAPE.test(key) || ESCAPE.test(value))) {
      const k = decodedAgain(key);
      const v = decodedAgain(value);
      if (k === null || v === null) break;
      [key, value] = [k, v];
      again += 1;
    }
    // A whole query in one key: its own `=` and `&` were escaped.
    if (depth < 2 && value === '' && /[=&]/.test(key)) {
      const inner = queryEntries(key.replace(/^\?/, ''), depth + 1);
      entries.push(...inner.entries);
      encoded ??= rawValue === '' ? rawKey : `${rawKey}=${rawValue}`;
    } else {
      if (again > 0) encoded ??= rawValue === '' ? rawKey : `${rawKey}=${rawValue}`;
      entries.push([key, value]);
    }
  }
  return { entries, ...(encoded !== undefined ? { encoded } : {}) };
}

/**
 * Reads a query string such as `?v=1&preset=full-loop&ads.dailyBudget=200&change=90:ads.cpm=5&seed=3&days=90&lang=ru`.
 * `presets` and `lessons` are the ones a link may name. Never throws: whatever cannot be read is
 * left out and named in `issues`. An entry given more than once (a parameter, the seed, two changes
 * on one day, a name twice inside a change) is read as its last valid value, and each one it
 * replaced is named with the one used.
 */
export function readUrl(
  search: string,
  presets: readonly string[],
  lessons: readonly LinkLesson[] = [],
): UrlScenario {
  const out: UrlScenario = { params: {}, changes: [], problems: [], issues: [] };
  const refuse = (issue: LinkIssue, problem: string) => {
    out.issues.push({ ...issue, entry: shownEntry(issue.entry) });
    out.problems.push(`${issue.entry}: ${problem}`);
  };
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > LINK_MAX_LENGTH) {
    refuse(
      { entry: search, kind: 'too-long', length: text.length, max: LINK_MAX_LENGTH },
      `the link is ${text.length} characters long; links of at most ${LINK_MAX_LENGTH} are read`,
    );
    return out;
  }
  const whole = (entry: string, value: string, range: { min: number; max: number }): number | undefined => {
    const read = readNumber(value, { ...range, integer: true });
    if (read.ok) return read.value;
    refuse(
      { entry, kind: 'number', integer: true, min: range.min, max: range.max },
      `must be a whole number from ${range.min} to ${range.max}`,
    );
    return undefined;
  };
  // The name meant by a name not known, looked for only while the notice can still show it (a
  // link of thousands of unknown names would otherwise cost seconds).
  const nearby = (name: string, known: readonly string[]) =>
    out.issues.length < NEAR_LOOKUPS ? nearMatch(name, known) : null;
  const { entries: query, encoded } = queryEntries(text);
  if (encoded !== undefined) refuse({ entry: encoded, kind: 'encoded' }, 'encoded twice; read decoded again');
  // The horizon first: the days of the changes are checked against it (the last valid one is used).
  let lastDay: number = DAYS.max;
  for (const [key, value] of query) {
    const read = key === 'days' ? readNumber(value, { ...DAYS, integer: true }) : null;
    if (read?.ok) lastDay = read.value;
  }
  // Which entry set each key (a change: each day), and the entries a later one replaced.
  const given = new LastGiven();
  const set = (key: string, entry: string) => given.give(key, entry);
  const changeBy = new Map<number, StrategyChange>();
  const within = (entry: string) => (unused: string, used: string) =>
    refuse(
      // the entry's key, then the part given twice inside it: "change=…ads.cpm=5"
      {
        entry: `${entry.slice(0, entry.indexOf('=') + 1)}…${unused}`,
        kind: 'repeated',
        used: shownEntry(used),
      },
      `${unused} is given more than once; ${used} is used`,
    );
  const pinned: Partial<Record<(typeof PINNED_KEYS)[number], { entry: string; strategy: LinkStrategy }>> = {};
  let step: { entry: string; value: number } | undefined;
  let version: number | undefined;
  for (const [key, value] of query) {
    const entry = `${key}=${value}`;
    if (key === 'seed' || key === 'days') {
      const read = whole(entry, value, key === 'seed' ? SEED : DAYS);
      if (read !== undefined) {
        out[key] = read;
        set(key, entry);
      }
    } else if (key === 'v') {
      const read = readNumber(value, { min: 1, max: LINK_VERSION, integer: true });
      if (read.ok) {
        version = read.value;
        set(key, entry);
      } else {
        // A link from a later version is read as this version can: what it does not know is named.
        version ??= LINK_VERSION;
        refuse(
          { entry, kind: 'version', version: LINK_VERSION },
          `this page reads links of version ${LINK_VERSION}; the rest was read as version ${LINK_VERSION}`,
        );
      }
    } else if (key === 'day') {
      const read = whole(entry, value, { min: 0, max: DAYS.max });
      if (read !== undefined) {
        out.day = read;
        set(key, entry);
      }
    } else if (key === 'preset') {
      if (presets.includes(value)) {
        out.preset = value;
        set(key, entry);
      } else {
        const near = nearby(value, presets);
        refuse({ entry, kind: 'preset', ...(near ? { near } : {}) }, withNear('no such scenario', near));
      }
    } else if (key === 'lang') {
      if (value === 'en' || value === 'ru') {
        out.lang = value;
        set(key, entry);
      } else refuse({ entry, kind: 'lang' }, 'must be en or ru');
    } else if (key === 'currency') {
      if (isCurrency(value)) {
        out.currency = value;
        set(key, entry);
      } else refuse({ entry, kind: 'currency' }, `must be ${CURRENCIES.join(' or ')}`);
    } else if (key === 'lesson') {
      if (lessons.some((l) => l.id === value)) {
        out.lesson = { id: value, step: 0 };
        set(key, entry);
      } else {
        const near = nearby(
          value,
          lessons.map((l) => l.id),
        );
        refuse({ entry, kind: 'lesson', ...(near ? { near } : {}) }, withNear('no such lesson', near));
      }
    } else if (key === 'step') {
      const read = whole(entry, value, { min: 0, max: 99 });
      if (read !== undefined) {
        step = { entry, value: read };
        set(key, entry);
      }
    } else if (key === 'change') {
      try {
        const change = readChange(value, lastDay, within(entry));
        changeBy.set(change.day, change);
        set(`change:${change.day}`, entry);
      } catch (error) {
        refuse({ entry, kind: 'invalid' }, (error as Error).message);
      }
    } else if ((PINNED_KEYS as readonly string[]).includes(key)) {
      try {
        const strategy = readStrategy(value, lastDay, within(entry));
        pinned[key as (typeof PINNED_KEYS)[number]] = { entry, strategy };
        set(key, entry);
      } catch (error) {
        refuse({ entry, kind: 'invalid' }, (error as Error).message);
      }
    } else if (isParameterName(key)) {
      const spec = parameterSpec(key)!;
      const read = readNumber(value, spec);
      if (read.ok) {
        out.params[key] = read.value;
        set(key, entry);
      } else {
        // The schema's own sentence for the value, without the name (already given) or the value.
        const problem = checkParameterValue(key, read.problem === 'not a number' ? NaN : read.value)!;
        refuse(
          { entry, kind: 'number', integer: Boolean(spec.integer), min: spec.min, max: spec.max },
          problem.replace(/, got .*$/, '').replace(`${key} `, ''),
        );
      }
    } else {
      const near = nearby(key, LINK_KEYS);
      refuse(
        { entry: key || entry, kind: 'unknown', ...(near ? { near } : {}) },
        withNear('unknown setting', near),
      );
    }
  }
  out.changes = [...changeBy.values()].sort((x, y) => x.day - y.day);
  // A link with what only version 1 writes but no version lost its `v`: it is read as version 1.
  out.version = version ?? (query.some(([key]) => VERSION_1_KEYS.has(key)) ? LINK_VERSION : undefined);
  if (out.version === undefined) delete out.version;
  given.report((entry, used) =>
    refuse({ entry, kind: 'repeated', used: shownEntry(used) }, `given more than once; ${used} is used`),
  );
  if (step) {
    const lesson = out.lesson && lessons.find((l) => l.id === out.lesson!.id);
    if (!lesson) refuse({ entry: step.entry, kind: 'invalid' }, 'a step needs a lesson');
    else if (step.value > lesson.steps)
      refuse(
        { entry: step.entry, kind: 'number', integer: true, min: 0, max: lesson.steps },
        `must be a whole number from 0 to ${lesson.steps}`,
      );
    else out.lesson = { id: lesson.id, step: step.value };
  }
  if (pinned.a) {
    out.compared = {
      a: pinned.a.strategy,
      others: [pinned.c, pinned.d].filter((p) => p !== undefined).map((p) => p.strategy),
    };
  } else {
    for (const p of [pinned.c, pinned.d])
      if (p) refuse({ entry: p.entry, kind: 'invalid' }, 'a run is pinned beside A only when A is pinned');
  }
  return out;
}

/** One parameter `name=value`, checked as a change's or a starting value. */
function readAssignment(text: string): [ParameterName, number] {
  const at = text.indexOf('=');
  const name = text.slice(0, at);
  if (at < 0 || !isParameterName(name)) throw new Error(`${shownEntry(text)}: unknown setting`);
  const read = readNumber(text.slice(at + 1), parameterSpec(name)!);
  if (!read.ok)
    throw new Error(
      checkParameterValue(name, read.problem === 'not a number' ? NaN : read.value)!.replace(/, got .*$/, ''),
    );
  return [name, read.value];
}

/** `name=value,name=value` (empty: nothing); a name given twice takes its last value. */
function readAssignments(text: string, onRepeated: OnRepeated): Partial<Parameters> {
  const params: Partial<Parameters> = {};
  const given = new LastGiven();
  for (const part of text ? text.split(',') : []) {
    const [name, value] = readAssignment(part);
    given.give(name, part);
    params[name] = value;
  }
  given.report(onRepeated);
  return params;
}

/** `90:name=value,name=value`, checked as a scenario file's change (a day of the run, changeable parameters). */
function readChange(text: string, days: number, onRepeated: OnRepeated): StrategyChange {
  const colon = text.indexOf(':');
  if (colon < 0) throw new Error('must be day:name=value,…');
  const day = readNumber(text.slice(0, colon), { min: 1, max: days, integer: true });
  if (!day.ok) throw new Error(`the day must be a whole number from 1 to ${days}`);
  try {
    return parseChanges(
      [{ day: day.value, parameters: readAssignments(text.slice(colon + 1), onRepeated) }],
      days,
      'change',
    )[0]!;
  } catch (error) {
    if (error instanceof ScenarioError) throw new Error(error.problem, { cause: error });
    throw error;
  }
}

/**
 * `name=value,…;90:name=value,…;120:…`: a strategy's starting differences, then its changes (of
 * two changes on one day, the last is used).
 */
function readStrategy(text: string, days: number, onRepeated: OnRepeated): LinkStrategy {
  const [start = '', ...rest] = text.split(';');
  const params = readAssignments(start, onRepeated);
  const byDay = new Map<number, StrategyChange>();
  const given = new LastGiven();
  for (const part of rest) {
    const change = readChange(part, days, onRepeated);
    byDay.set(change.day, change);
    given.give(String(change.day), part);
  }
  given.report(onRepeated);
  return { params, changes: [...byDay.values()].sort((x, y) => x.day - y.day) };
}

/** A strategy as a link writes it: its start, and its changes (none when it has one strategy throughout). */
export interface WrittenStrategy {
  params: Parameters;
  changes?: readonly StrategyChange[];
}

export interface WriteOptions {
  preset?: string;
  /** the preset's parameters: a link names only what differs from them (and from the defaults) */
  base?: Partial<Parameters>;
  lang?: 'en' | 'ru';
  currency?: Currency;
  /** the strategy's changes during the run; `params` is then its strategy on day 1 */
  changes?: readonly StrategyChange[];
  /** the runs pinned for comparison */
  compared?: { a: WrittenStrategy; others: readonly WrittenStrategy[] };
  lesson?: { id: string; step: number } | null;
  /** the day to open at */
  day?: number;
}

/** Differences from `base`, in the schema's order, as `name=value` entries. */
function differences(params: Parameters, base: Parameters): string[] {
  return PARAMETERS.filter((p) => params[p.name] !== base[p.name]).map((p) => `${p.name}=${params[p.name]}`);
}

/** A change as `day:name=value,…`, its parameters in the schema's order. */
function changeText(change: StrategyChange): string {
  const names = PARAMETERS.map((p) => p.name).filter((n) => change.parameters[n] !== undefined);
  return `${change.day}:${names.map((n) => `${n}=${change.parameters[n]}`).join(',')}`;
}

/** A query entry, escaped only where it must be: the syntax's `:`, `,`, `;` and `=` stay readable. */
function entry(key: string, value: string): string {
  const escape = (s: string) =>
    encodeURIComponent(s)
      .replace(/%3A/gi, ':')
      .replace(/%2C/gi, ',')
      .replace(/%3B/gi, ';')
      .replace(/%3D/gi, '=');
  return `${escape(key)}=${escape(value)}`;
}

/**
 * Writes the query string for a scenario: its version, then only what differs from the defaults
 * (and the preset's values). `params` is the strategy on day 1 when `options.changes` are given.
 */
export function writeUrl(params: Parameters, seed: number, days: number, options: WriteOptions = {}): string {
  const defaults = { ...defaultParameters(), ...options.base };
  const out = [entry('v', String(LINK_VERSION))];
  if (options.preset) out.push(entry('preset', options.preset));
  out.push(...differences(params, defaults));
  for (const c of options.changes ?? []) out.push(entry('change', changeText(c)));
  out.push(entry('seed', String(seed)), entry('days', String(days)));
  if (options.lang && options.lang !== 'en') out.push(entry('lang', options.lang));
  // A link keeps its currency only when it is not the dollar, so links made before it stay the same.
  if (options.currency && options.currency !== DEFAULT_CURRENCY)
    out.push(entry('currency', options.currency));
  if (options.lesson)
    out.push(entry('lesson', options.lesson.id), entry('step', String(options.lesson.step)));
  if (options.compared) {
    const runs = [options.compared.a, ...options.compared.others.slice(0, 2)];
    runs.forEach((run, k) => {
      const text = [differences(run.params, defaults).join(','), ...(run.changes ?? []).map(changeText)].join(
        ';',
      );
      out.push(entry(PINNED_KEYS[k]!, text));
    });
  }
  if (options.day !== undefined) out.push(entry('day', String(options.day)));
  return `?${out.join('&')}`;
}
