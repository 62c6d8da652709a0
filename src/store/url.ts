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
import { parseNumber } from '../model/number';
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
 * Reads a query string such as `?v=1&preset=full-loop&ads.dailyBudget=200&change=90:ads.cpm=5&seed=3&days=90&lang=ru`.
 * `presets` and `lessons` are the ones a link may name.
 */
export function readUrl(
  search: string,
  presets: readonly string[],
  lessons: readonly LinkLesson[] = [],
): UrlScenario {
  const out: UrlScenario = { params: {}, changes: [], problems: [], issues: [] };
  const refuse = (issue: LinkIssue, problem: string) => {
    out.issues.push(issue);
    out.problems.push(`${issue.entry}: ${problem}`);
  };
  const whole = (entry: string, text: string, range: { min: number; max: number }): number | undefined => {
    const read = parseNumber(text, { ...range, integer: true });
    if (read.ok) return read.value;
    refuse(
      { entry, kind: 'number', integer: true, min: range.min, max: range.max },
      `must be a whole number from ${range.min} to ${range.max}`,
    );
    return undefined;
  };
  const query = [...new URLSearchParams(search)];
  // The horizon first: the days of the changes are checked against it.
  const daysEntry = query.find(([key]) => key === 'days');
  const horizon = (daysEntry && parseNumber(daysEntry[1], { ...DAYS, integer: true })) || null;
  const lastDay = horizon?.ok ? horizon.value : DAYS.max;
  const pinned: Partial<Record<(typeof PINNED_KEYS)[number], { entry: string; strategy: LinkStrategy }>> = {};
  let step: { entry: string; value: number } | undefined;
  for (const [key, text] of query) {
    const entry = `${key}=${text}`;
    if (key === 'seed' || key === 'days') {
      const value = whole(entry, text, key === 'seed' ? SEED : DAYS);
      if (value !== undefined) out[key] = value;
    } else if (key === 'v') {
      const value = whole(entry, text, { min: 1, max: LINK_VERSION });
      // A link from a later version is read as this version can: what it does not know is named.
      out.version = value ?? LINK_VERSION;
    } else if (key === 'day') {
      const value = whole(entry, text, { min: 0, max: DAYS.max });
      if (value !== undefined) out.day = value;
    } else if (key === 'preset') {
      if (presets.includes(text)) out.preset = text;
      else refuse({ entry, kind: 'preset' }, 'no such scenario');
    } else if (key === 'lang') {
      if (text === 'en' || text === 'ru') out.lang = text;
      else refuse({ entry, kind: 'lang' }, 'must be en or ru');
    } else if (key === 'currency') {
      if (isCurrency(text)) out.currency = text;
      else refuse({ entry, kind: 'currency' }, `must be ${CURRENCIES.join(' or ')}`);
    } else if (key === 'lesson') {
      if (lessons.some((l) => l.id === text)) out.lesson = { id: text, step: 0 };
      else refuse({ entry, kind: 'lesson' }, 'no such lesson');
    } else if (key === 'step') {
      const value = whole(entry, text, { min: 0, max: 99 });
      if (value !== undefined) step = { entry, value };
    } else if (key === 'change') {
      try {
        const change = readChange(text, lastDay);
        if (out.changes.some((c) => c.day === change.day))
          throw new Error(`day ${change.day} already has a change`);
        out.changes = [...out.changes, change].sort((x, y) => x.day - y.day);
      } catch (error) {
        refuse({ entry, kind: 'invalid' }, (error as Error).message);
      }
    } else if ((PINNED_KEYS as readonly string[]).includes(key)) {
      try {
        pinned[key as (typeof PINNED_KEYS)[number]] = { entry, strategy: readStrategy(text, lastDay) };
      } catch (error) {
        refuse({ entry, kind: 'invalid' }, (error as Error).message);
      }
    } else if (isParameterName(key)) {
      const spec = parameterSpec(key)!;
      const read = parseNumber(text, spec);
      if (read.ok) out.params[key] = read.value;
      else {
        // The schema's own sentence for the value, without the name (already given) or the value.
        const problem = checkParameterValue(key, read.problem === 'not a number' ? NaN : read.value)!;
        refuse(
          { entry, kind: 'number', integer: Boolean(spec.integer), min: spec.min, max: spec.max },
          problem.replace(/, got .*$/, '').replace(`${key} `, ''),
        );
      }
    } else {
      refuse({ entry: key, kind: 'unknown' }, 'unknown setting');
    }
  }
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
  if (at < 0 || !isParameterName(name)) throw new Error(`${text}: unknown setting`);
  const read = parseNumber(text.slice(at + 1), parameterSpec(name)!);
  if (!read.ok)
    throw new Error(
      checkParameterValue(name, read.problem === 'not a number' ? NaN : read.value)!.replace(/, got .*$/, ''),
    );
  return [name, read.value];
}

/** `name=value,name=value` (empty: nothing). */
function readAssignments(text: string): Partial<Parameters> {
  const params: Partial<Parameters> = {};
  for (const part of text ? text.split(',') : []) {
    const [name, value] = readAssignment(part);
    params[name] = value;
  }
  return params;
}

/** `90:name=value,name=value`, checked as a scenario file's change (a day of the run, changeable parameters). */
function readChange(text: string, days: number): StrategyChange {
  const colon = text.indexOf(':');
  if (colon < 0) throw new Error('must be day:name=value,…');
  const day = parseNumber(text.slice(0, colon), { min: 1, max: days, integer: true });
  if (!day.ok) throw new Error(`the day must be a whole number from 1 to ${days}`);
  try {
    return parseChanges(
      [{ day: day.value, parameters: readAssignments(text.slice(colon + 1)) }],
      days,
      'change',
    )[0]!;
  } catch (error) {
    if (error instanceof ScenarioError) throw new Error(error.problem, { cause: error });
    throw error;
  }
}

/** `name=value,…;90:name=value,…;120:…`: a strategy's starting differences, then its changes. */
function readStrategy(text: string, days: number): LinkStrategy {
  const [start = '', ...rest] = text.split(';');
  const changes: StrategyChange[] = [];
  for (const part of rest) {
    const change = readChange(part, days);
    if (changes.some((c) => c.day === change.day)) throw new Error(`day ${change.day} already has a change`);
    changes.push(change);
  }
  return { params: readAssignments(start), changes: changes.sort((x, y) => x.day - y.day) };
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
