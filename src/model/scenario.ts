/**
 * Scenario files: versioned data, validated on load. A scenario names the parameters that
 * differ from the defaults and, from version 2, the days on which the strategy changes; every
 * error names the field and what is allowed.
 */
import {
  checkParameterValue,
  defaultParameters,
  isParameterName,
  type ParameterName,
  type Parameters,
} from './parameters';

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

/** A scenario problem: which field is wrong and what is allowed. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a whole number in [min, max]; returns the problem or null. */
export function checkWhole(value: unknown, min: number, max: number): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value) ?? String(value)}`;
  }
  return null;
}

/** The problem with changing `name` during a run, or null when it may change. */
export function checkChangeable(name: string): string | null {
  return (FIXED_DURING_RUN as readonly string[]).includes(name)
    ? `${name} cannot change during a run (the audience is drawn on day 0)`
    : null;
}

/** Validates `{ dotted-name: number }`; `field` prefixes each problem's field. */
export function parseParameters(data: unknown, field: string): Partial<Parameters> {
  if (!isObject(data)) throw new ScenarioError(field, 'must be an object of dotted names and numbers');
  const parameters: Partial<Parameters> = {};
  for (const [name, value] of Object.entries(data)) {
    const problem = checkParameterValue(name, value);
    if (problem || !isParameterName(name)) throw new ScenarioError(`${field}.${name}`, problem ?? 'unknown');
    parameters[name] = value as number;
  }
  return parameters;
}

/**
 * Validates a list of strategy changes for a run of `days` days: each entry is
 * `{ "day", "parameters" }`, its day a whole number from 1 to `days`, its parameters valid and
 * changeable during a run, at most one entry per day. Returns them in order of day (a file may
 * list them in any order); throws ScenarioError on the first problem.
 */
export function parseChanges(data: unknown, days: number, field = 'changes'): StrategyChange[] {
  if (!Array.isArray(data)) {
    throw new ScenarioError(field, 'must be a list of { "day": N, "parameters": { dotted-name: value } }');
  }
  const firstOnDay = new Map<number, number>();
  const changes = data.map((entry: unknown, k): StrategyChange => {
    const at = `${field}[${k}]`;
    if (!isObject(entry)) throw new ScenarioError(at, 'must be an object with "day" and "parameters"');
    for (const key of Object.keys(entry)) {
      if (key !== 'day' && key !== 'parameters')
        throw new ScenarioError(`${at}.${key}`, 'unknown field; allowed: day, parameters');
    }
    const dayProblem = checkWhole(entry.day, 1, days);
    if (dayProblem) throw new ScenarioError(`${at}.day`, `${dayProblem} (the run's days)`);
    const day = entry.day as number;
    const earlier = firstOnDay.get(day);
    if (earlier !== undefined) {
      throw new ScenarioError(
        `${at}.day`,
        `day ${day} already has a change (${field}[${earlier}]); put all of a day's parameters in one entry`,
      );
    }
    firstOnDay.set(day, k);
    const parameters = parseParameters(entry.parameters, `${at}.parameters`);
    const names = Object.keys(parameters);
    if (names.length === 0) throw new ScenarioError(`${at}.parameters`, 'must name at least one parameter');
    for (const name of names) {
      const fixed = checkChangeable(name);
      if (fixed) throw new ScenarioError(`${at}.parameters.${name}`, `${fixed}; set it in "parameters"`);
    }
    return { day, parameters };
  });
  return changes.sort((a, b) => a.day - b.day);
}

/** Validates parsed JSON as a scenario; throws ScenarioError on the first problem. */
export function parseScenario(data: unknown): Scenario {
  if (!isObject(data)) throw new ScenarioError('(file)', 'must be a JSON object');
  const known = new Set([
    'version',
    'name',
    'description',
    'seed',
    'days',
    'parameters',
    'changes',
    'ru',
    'currency',
  ]);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) throw new ScenarioError(key, `unknown field; allowed: ${[...known].join(', ')}`);
  }
  const version = data.version;
  if (!(SCENARIO_VERSIONS as readonly unknown[]).includes(version)) {
    throw new ScenarioError(
      'version',
      `must be ${SCENARIO_VERSIONS.join(' or ')}, got ${JSON.stringify(version)}`,
    );
  }
  for (const key of ['name', 'description'] as const) {
    if (typeof data[key] !== 'string') throw new ScenarioError(key, 'must be a string');
  }
  const seedProblem = checkWhole(data.seed, SEED.min, SEED.max);
  if (seedProblem) throw new ScenarioError('seed', seedProblem);
  const daysProblem = checkWhole(data.days, DAYS.min, DAYS.max);
  if (daysProblem) throw new ScenarioError('days', daysProblem);
  const parameters = parseParameters(data.parameters, 'parameters');
  let changes: StrategyChange[] | undefined;
  if (data.changes !== undefined) {
    if (version === 1) throw new ScenarioError('changes', 'needs "version": 2 (version 1 has no changes)');
    changes = parseChanges(data.changes, data.days as number);
  }
  let ru: Scenario['ru'];
  if (data.ru !== undefined) {
    if (!isObject(data.ru) || typeof data.ru.name !== 'string' || typeof data.ru.description !== 'string') {
      throw new ScenarioError('ru', 'must be an object with "name" and "description" strings');
    }
    ru = { name: data.ru.name, description: data.ru.description };
  }
  if (data.currency !== undefined && !isCurrency(data.currency)) {
    throw new ScenarioError(
      'currency',
      `must be ${CURRENCIES.map((c) => `"${c}"`).join(' or ')}, got ${JSON.stringify(data.currency)}`,
    );
  }
  return {
    version: version as ScenarioVersion,
    name: data.name as string,
    description: data.description as string,
    seed: data.seed as number,
    days: data.days as number,
    parameters,
    ...(changes ? { changes } : {}),
    ...(ru ? { ru } : {}),
    ...(data.currency !== undefined ? { currency: data.currency as Currency } : {}),
  };
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
