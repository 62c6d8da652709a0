/**
 * Scenario files: versioned data, validated on load. A scenario names the parameters that
 * differ from the defaults; every error names the field and what is allowed.
 */
import { checkParameterValue, defaultParameters, isParameterName, type Parameters } from './parameters';

export const SCENARIO_VERSION = 1;
/** Horizon limits in days. */
export const DAYS = { min: 1, max: 3650, default: 180 } as const;
/** Seeds are unsigned 32-bit integers. */
export const SEED = { min: 0, max: 4294967295 } as const;

/** A scenario, as stored in `simulations/*.json`. */
export interface Scenario {
  version: typeof SCENARIO_VERSION;
  name: string;
  description: string;
  seed: number;
  days: number;
  /** parameters that differ from their defaults */
  parameters: Partial<Parameters>;
  /** Russian name and description, for the interface in Russian */
  ru?: { name: string; description: string };
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

/** Validates parsed JSON as a scenario; throws ScenarioError on the first problem. */
export function parseScenario(data: unknown): Scenario {
  if (!isObject(data)) throw new ScenarioError('(file)', 'must be a JSON object');
  const known = new Set(['version', 'name', 'description', 'seed', 'days', 'parameters', 'ru']);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) throw new ScenarioError(key, `unknown field; allowed: ${[...known].join(', ')}`);
  }
  if (data.version !== SCENARIO_VERSION) {
    throw new ScenarioError('version', `must be ${SCENARIO_VERSION}, got ${JSON.stringify(data.version)}`);
  }
  for (const key of ['name', 'description'] as const) {
    if (typeof data[key] !== 'string') throw new ScenarioError(key, 'must be a string');
  }
  const seedProblem = checkWhole(data.seed, SEED.min, SEED.max);
  if (seedProblem) throw new ScenarioError('seed', seedProblem);
  const daysProblem = checkWhole(data.days, DAYS.min, DAYS.max);
  if (daysProblem) throw new ScenarioError('days', daysProblem);
  if (!isObject(data.parameters))
    throw new ScenarioError('parameters', 'must be an object of dotted names and numbers');
  const parameters: Partial<Parameters> = {};
  for (const [name, value] of Object.entries(data.parameters)) {
    const problem = checkParameterValue(name, value);
    if (problem || !isParameterName(name))
      throw new ScenarioError(`parameters.${name}`, problem ?? 'unknown');
    parameters[name] = value as number;
  }
  let ru: Scenario['ru'];
  if (data.ru !== undefined) {
    if (!isObject(data.ru) || typeof data.ru.name !== 'string' || typeof data.ru.description !== 'string') {
      throw new ScenarioError('ru', 'must be an object with "name" and "description" strings');
    }
    ru = { name: data.ru.name, description: data.ru.description };
  }
  return {
    version: SCENARIO_VERSION,
    name: data.name as string,
    description: data.description as string,
    seed: data.seed as number,
    days: data.days as number,
    parameters,
    ...(ru ? { ru } : {}),
  };
}

/** The scenario's full parameter set: its own values over the defaults. */
export function scenarioParameters(s: Pick<Scenario, 'parameters'>): Parameters {
  return { ...defaultParameters(), ...s.parameters };
}
