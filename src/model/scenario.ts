/**
 * Scenario files: versioned data, validated on load. A scenario names the parameters that
 * differ from the defaults and, from version 2, the days on which the strategy changes. Reading
 * one gives the scenario or every problem at once, each naming the field and what is allowed
 * (see problems.ts for the words).
 */
import {
  checkParameterValue,
  defaultParameters,
  isParameterName,
  PARAMETER_NAMES,
  type ParameterName,
  type Parameters,
} from './parameters';
import { decodeUtf8, parseJson } from './json-text';
import {
  describeValue,
  expectedText,
  fieldIn,
  FILE_FIELD,
  gotText,
  issueText,
  nearMatch,
  ProblemList,
  problemText,
  type Checked,
  type Expected,
  type Problem,
} from './problems';

/** The version new files are written in. Version 1 (no `changes`) still loads. */
export const SCENARIO_VERSION = 2;
export const SCENARIO_VERSIONS = [1, 2] as const;
export type ScenarioVersion = (typeof SCENARIO_VERSIONS)[number];
/** Horizon limits in days. */
export const DAYS = { min: 1, max: 3650, default: 180 } as const;
/**
 * The currencies a scenario's money can be in. Every amount of a scenario (prices, budgets, CPM,
 * costs) is in its one currency, and the page shows it in that currency in both languages: a
 * scenario in dollars shows "$" in Russian too, never relabelled as roubles.
 */
export const CURRENCIES = ['USD', 'RUB'] as const;
export type Currency = (typeof CURRENCIES)[number];
/** The currency of a scenario that names none (every file before the field existed is in dollars). */
export const DEFAULT_CURRENCY: Currency = 'USD';

/** True when `x` names a currency a scenario may be in. */
export function isCurrency(x: unknown): x is Currency {
  return (CURRENCIES as readonly unknown[]).includes(x);
}

/** Seeds are unsigned 32-bit integers. */
export const SEED = { min: 0, max: 4294967295 } as const;

/**
 * Parameters that shape the audience on day 0 (how many people, which of them are the target
 * audience, who already follows the page), so a run cannot change them after it has started.
 */
export const FIXED_DURING_RUN: readonly ParameterName[] = [
  'audience.size',
  'audience.targetShare',
  'audience.initialFollowers',
];

/** A change of strategy: from the start of `day` on, these parameters take these values. */
export interface StrategyChange {
  /** 1 for the first simulated day */
  day: number;
  parameters: Partial<Parameters>;
}

/** A scenario, as stored in `simulations/*.json`. */
export interface Scenario {
  version: ScenarioVersion;
  name: string;
  description: string;
  seed: number;
  days: number;
  /** parameters that differ from their defaults, in force from day 1 */
  parameters: Partial<Parameters>;
  /** strategy changes, one per day at most, in order of day (version 2) */
  changes?: readonly StrategyChange[];
  /** Russian name and description, for the interface in Russian */
  ru?: { name: string; description: string };
  /** the currency of every amount of money in the scenario (USD when absent) */
  currency?: Currency;
}

/**
 * A scenario's problems as an error, for callers that stop at a bad scenario: `field` and
 * `problem` are the first problem's, the message lists every problem, one a line.
 */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  readonly problems: readonly Problem[];
  readonly field: string;
  readonly problem: string;

  constructor(field: string, problem: string);
  constructor(problems: readonly Problem[]);
  constructor(fieldOrProblems: string | readonly Problem[], problem?: string) {
    const problems = typeof fieldOrProblems === 'string' ? null : fieldOrProblems;
    const field = problems ? (problems[0]?.field ?? FILE_FIELD) : (fieldOrProblems as string);
    const first = problems ? (problems[0] ? issueText(problems[0].issue, 'en') : '') : problem!;
    super(problems ? problems.map((p) => problemText(p)).join('\n') : `${field}: ${first}`);
    this.problems = problems ?? [];
    this.field = field;
    this.problem = first;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a whole number in [min, max]; returns the problem or null. */
export function checkWhole(value: unknown, min: number, max: number): string | null {
  if (value === undefined) return `missing; ${expectedText({ kind: 'whole', min, max }, 'en')}`;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `must be a whole number from ${min} to ${max}, got ${gotText(describeValue(value), 'en')}`;
  }
  return null;
}

/** The problem with changing `name` during a run, or null when it may change. */
export function checkChangeable(name: string): string | null {
  return (FIXED_DURING_RUN as readonly string[]).includes(name)
    ? `${name} cannot change during a run (the audience is drawn on day 0)`
    : null;
}

/** A text that reads as a number: "15", " -0.5 ", "1e3" (a number written in quotes). */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/**
 * Checks a number field against `expected` (a whole number's range, or a parameter's
 * declaration); adds its problem to `out`. True when the value is valid.
 */
function checkNumber(out: ProblemList, field: string, value: unknown, expected: Expected): boolean {
  if (value === undefined) {
    out.add(field, { kind: 'missing', expected });
    return false;
  }
  // as JSON writes the number: "+5" is 5, ".5" is 0.5 ("1e999" is no number: a text like any other)
  const number = typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) + 0 : NaN;
  if (Number.isFinite(number)) {
    out.add(field, { kind: 'quotedNumber', expected, text: value as string, value: number });
    return false;
  }
  let valid = typeof value === 'number';
  if (typeof value === 'number') {
    if (expected.kind === 'whole') {
      valid = Number.isInteger(value) && value >= expected.min && value <= expected.max;
    } else if (expected.kind === 'parameter') {
      valid = checkParameterValue(expected.name, value) === null;
    } else if (expected.kind === 'oneOf') {
      valid = expected.values.includes(value);
    }
  }
  if (!valid) out.add(field, { kind: 'wrong', expected, got: describeValue(value) });
  return valid;
}

/** Adds a problem for each field of `data` not in `allowed`, with the nearest allowed name. */
function checkFields(
  out: ProblemList,
  data: Record<string, unknown>,
  allowed: readonly string[],
  at: string,
) {
  for (const key of Object.keys(data)) {
    if (allowed.includes(key)) continue;
    out.add(fieldIn(at, key), {
      kind: 'unknown',
      parameter: false,
      suggestion: nearMatch(key, allowed),
      allowed,
    });
  }
}

/**
 * Checks `{ dotted-name: number }` at `field`, adding every problem to `out`; returns the valid
 * parameters (all of them when there is no problem).
 */
export function collectParameters(out: ProblemList, data: unknown, field: string): Partial<Parameters> {
  const parameters: Partial<Parameters> = {};
  if (!isObject(data)) {
    out.add(
      field,
      data === undefined
        ? { kind: 'missing', expected: { kind: 'parameters' } }
        : { kind: 'wrong', expected: { kind: 'parameters' }, got: describeValue(data) },
    );
    return parameters;
  }
  for (const [name, value] of Object.entries(data)) {
    if (!isParameterName(name)) {
      out.add(fieldIn(field, name), {
        kind: 'unknown',
        parameter: true,
        suggestion: nearMatch(name, PARAMETER_NAMES),
        allowed: null,
      });
    } else if (checkNumber(out, `${field}.${name}`, value, { kind: 'parameter', name })) {
      parameters[name] = value as number;
    }
  }
  return parameters;
}

/** Validates `{ dotted-name: number }`; `field` prefixes each problem's field. Throws ScenarioError. */
export function parseParameters(data: unknown, field: string): Partial<Parameters> {
  const out = new ProblemList();
  const parameters = collectParameters(out, data, field);
  if (out.count) throw new ScenarioError(out.problems);
  return parameters;
}

/** The shape of one change, for messages. */
const CHANGE_FIELDS = ['day', 'parameters'] as const;

/**
 * Checks a list of strategy changes for a run of `days` days, adding every problem to `out`: each
 * entry is `{ "day", "parameters" }`, its day a whole number from 1 to `days`, its parameters
 * valid and changeable during a run, at most one entry per day. Returns the valid entries in order
 * of day (a file may list them in any order).
 */
export function collectChanges(
  out: ProblemList,
  data: unknown,
  days: number,
  field = 'changes',
): StrategyChange[] {
  if (!Array.isArray(data)) {
    out.add(field, { kind: 'wrong', expected: { kind: 'changes' }, got: describeValue(data) });
    return [];
  }
  const firstOnDay = new Map<number, number>();
  const changes: StrategyChange[] = [];
  data.forEach((entry: unknown, k) => {
    const at = `${field}[${k}]`;
    if (!isObject(entry)) {
      out.add(at, {
        kind: 'wrong',
        expected: { kind: 'object', fields: CHANGE_FIELDS },
        got: describeValue(entry),
      });
      return;
    }
    const before = out.count;
    checkFields(out, entry, CHANGE_FIELDS, at);
    const dayValid = checkNumber(out, `${at}.day`, entry.day, {
      kind: 'whole',
      min: 1,
      max: days,
      runDays: true,
    });
    const day = entry.day as number;
    if (dayValid) {
      const earlier = firstOnDay.get(day);
      if (earlier !== undefined)
        out.add(`${at}.day`, { kind: 'dayTaken', day, earlier: `${field}[${earlier}]` });
      else firstOnDay.set(day, k);
    }
    const parameters = collectParameters(out, entry.parameters, `${at}.parameters`);
    if (isObject(entry.parameters) && Object.keys(entry.parameters).length === 0)
      out.add(`${at}.parameters`, { kind: 'noParameters' });
    for (const name of Object.keys(parameters)) {
      if (checkChangeable(name)) out.add(`${at}.parameters.${name}`, { kind: 'fixedDuringRun', name });
    }
    if (out.count === before) changes.push({ day, parameters });
  });
  return changes.sort((a, b) => a.day - b.day);
}

/**
 * Validates a list of strategy changes for a run of `days` days (see `collectChanges`); returns
 * them in order of day, or throws ScenarioError with every problem.
 */
export function parseChanges(data: unknown, days: number, field = 'changes'): StrategyChange[] {
  const out = new ProblemList();
  const changes = collectChanges(out, data, days, field);
  if (out.count) throw new ScenarioError(out.problems);
  return changes;
}

/** The fields of a scenario file, in the order files write them. */
export const SCENARIO_FIELDS = [
  'version',
  'name',
  'description',
  'seed',
  'days',
  'parameters',
  'changes',
  'ru',
  'currency',
] as const;
/** The fields every scenario file has. */
const REQUIRED_FIELDS = ['version', 'name', 'description', 'seed', 'days', 'parameters'] as const;

/** Checks a text field; adds its problem to `out`. */
function checkText(out: ProblemList, field: string, value: unknown): void {
  if (value === undefined) out.add(field, { kind: 'missing', expected: { kind: 'text' } });
  else if (typeof value !== 'string')
    out.add(field, { kind: 'wrong', expected: { kind: 'text' }, got: describeValue(value) });
}

/** Checks parsed JSON as a scenario: the scenario, or every problem found (up to MAX_PROBLEMS). */
export function checkScenario(data: unknown): Checked<Scenario> {
  const out = new ProblemList();
  if (!isObject(data)) {
    out.add(FILE_FIELD, {
      kind: 'wrong',
      expected: { kind: 'object', fields: REQUIRED_FIELDS },
      got: describeValue(data),
    });
    return { ok: false, problems: out.problems };
  }
  const version = data.version;
  // A file from a newer program may mean other things by its fields: say only that.
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
    out.add('version', { kind: 'newerVersion', version, known: SCENARIO_VERSIONS });
    return { ok: false, problems: out.problems };
  }
  checkFields(out, data, SCENARIO_FIELDS, '');
  checkNumber(out, 'version', version, { kind: 'oneOf', values: SCENARIO_VERSIONS });
  checkText(out, 'name', data.name);
  checkText(out, 'description', data.description);
  checkNumber(out, 'seed', data.seed, { kind: 'whole', ...SEED });
  const daysValid = checkNumber(out, 'days', data.days, { kind: 'whole', min: DAYS.min, max: DAYS.max });
  const parameters = collectParameters(out, data.parameters, 'parameters');
  let changes: StrategyChange[] | undefined;
  if (data.changes !== undefined) {
    if (version === 1) out.add('changes', { kind: 'needsVersion2' });
    else changes = collectChanges(out, data.changes, daysValid ? (data.days as number) : DAYS.max);
  }
  let ru: Scenario['ru'];
  if (data.ru !== undefined) {
    const fields = ['name', 'description'] as const;
    if (!isObject(data.ru)) {
      out.add('ru', { kind: 'wrong', expected: { kind: 'object', fields }, got: describeValue(data.ru) });
    } else {
      checkFields(out, data.ru, fields, 'ru');
      checkText(out, 'ru.name', data.ru.name);
      checkText(out, 'ru.description', data.ru.description);
      ru = { name: data.ru.name as string, description: data.ru.description as string };
    }
  }
  if (data.currency !== undefined && !isCurrency(data.currency)) {
    out.add('currency', {
      kind: 'wrong',
      expected: { kind: 'oneOf', values: CURRENCIES },
      got: describeValue(data.currency),
    });
  }
  if (out.count) return { ok: false, problems: out.problems };
  return {
    ok: true,
    value: {
      version: version as ScenarioVersion,
      name: data.name as string,
      description: data.description as string,
      seed: data.seed as number,
      days: data.days as number,
      parameters,
      ...(changes ? { changes } : {}),
      ...(ru ? { ru } : {}),
      ...(data.currency !== undefined ? { currency: data.currency as Currency } : {}),
    },
  };
}

/** Validates parsed JSON as a scenario; throws ScenarioError listing every problem. */
export function parseScenario(data: unknown): Scenario {
  const checked = checkScenario(data);
  if (!checked.ok) throw new ScenarioError(checked.problems);
  return checked.value;
}

/** The largest scenario file read: 10 MB (a scenario is a few kilobytes; this leaves room for notes). */
export const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;

/**
 * Reads a scenario file, the one reader of the CLI and the page: its bytes (UTF-8, a byte-order
 * mark allowed) or its text, checked as JSON and then as a scenario. Gives the scenario, or every
 * problem found, each naming its field: a file too large, not UTF-8, empty, not JSON (with the
 * line and column), nested too deep, or valid JSON that is not a valid scenario.
 */
export function readScenarioFile(input: Uint8Array | string): Checked<Scenario> {
  const tooLarge = (bytes: number): Checked<Scenario> => ({
    ok: false,
    problems: [{ field: FILE_FIELD, issue: { kind: 'tooLarge', bytes, limit: MAX_SCENARIO_BYTES } }],
  });
  let text: string;
  if (typeof input === 'string') {
    // a UTF-16 unit is at least one byte of UTF-8, at most three
    if (input.length > MAX_SCENARIO_BYTES) return tooLarge(utf8Length(input));
    if (input.length * 3 > MAX_SCENARIO_BYTES && utf8Length(input) > MAX_SCENARIO_BYTES)
      return tooLarge(utf8Length(input));
    text = input;
  } else {
    if (input.length > MAX_SCENARIO_BYTES) return tooLarge(input.length);
    const decoded = decodeUtf8(input);
    if (!decoded.ok) {
      return {
        ok: false,
        problems: [{ field: FILE_FIELD, issue: { kind: 'notUtf8', byte: decoded.byte, line: decoded.line } }],
      };
    }
    text = decoded.text;
  }
  const json = parseJson(text);
  if (!('value' in json)) return { ok: false, problems: json.problems };
  const checked = checkScenario(json.value);
  const problems = [...(checked.ok ? [] : checked.problems), ...json.problems];
  return problems.length ? { ok: false, problems } : checked;
}

/** The length of `s` in UTF-8 bytes. */
function utf8Length(s: string): number {
  let bytes = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        k++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The scenario's full parameter set on day 1: its own values over the defaults. */
export function scenarioParameters(s: Pick<Scenario, 'parameters'>): Parameters {
  return { ...defaultParameters(), ...s.parameters };
}

/**
 * The parameters in force on `day` (1 for the first simulated day): the scenario's own over the
 * defaults, then every change made on that day or before, in order of day. Day 0 and any day
 * before the first change give the starting parameters.
 */
export function parametersOn(s: Pick<Scenario, 'parameters' | 'changes'>, day: number): Parameters {
  const p = scenarioParameters(s);
  for (const change of [...(s.changes ?? [])].sort((a, b) => a.day - b.day)) {
    if (change.day > day) break;
    Object.assign(p, change.parameters);
  }
  return p;
}

/**
 * Two lists of changes as one, in order of day: on a day that both change, `later`'s values
 * replace `earlier`'s for the parameters it names and keep the rest (so a command line's
 * `--change` adjusts a file's changes).
 */
export function mergeChanges(
  earlier: readonly StrategyChange[],
  later: readonly StrategyChange[],
): StrategyChange[] {
  const byDay = new Map<number, Partial<Parameters>>();
  for (const c of [...earlier, ...later]) byDay.set(c.day, { ...byDay.get(c.day), ...c.parameters });
  return [...byDay].sort(([a], [b]) => a - b).map(([day, parameters]) => ({ day, parameters }));
}
