/**
 * The command line of `npm run simulate`: parsing and validation, with no I/O, so that every
 * mistake becomes one message naming the flag or field and what is allowed. Node's
 * `util.parseArgs` splits the command line; this module checks the values.
 */
import { parseArgs as parseCommandLine, type ParseArgsConfig } from 'node:util';
import {
  allowedRange,
  checkParameterValue,
  isParameterName,
  parameterSpec,
  type Parameters,
} from '../model/parameters';
import { parseNumber } from '../model/number';
import { checkChangeable, DAYS, mergeChanges, SEED, type StrategyChange } from '../model/scenario';
import { DEFAULT_RUNNER, RUNNERS, type RunnerName } from '../engine/run';

export const USAGE = `usage: npm run -s simulate -- <scenario.json> [--seed N] [--days N] [--set name=value]...
                           [--change DAY:name=value]... [--format csv|json] [--out FILE]
                           [--runner ${Object.keys(RUNNERS).join('|')}]
  --set sets a parameter from day 1; --change sets it from the start of day DAY (1 is the first day)`;

export interface CliOptions {
  file: string;
  seed?: number;
  days?: number;
  set: Partial<Parameters>;
  /** `--change` flags, one entry per day in order of day (a later flag wins for the same day and name) */
  changes: StrategyChange[];
  format: 'csv' | 'json';
  out?: string;
  runner: RunnerName;
  help: boolean;
}

/** A command-line mistake; its message is the whole line to print. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The flags, in the order the usage line and the "unknown flag" message list them. */
const OPTIONS = {
  seed: { type: 'string' },
  days: { type: 'string' },
  set: { type: 'string', multiple: true },
  change: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  runner: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const ALLOWED = Object.keys(OPTIONS).map((name) => `--${name}`);

/** One token of `util.parseArgs`, as its `tokens` option returns them. */
type Token = NonNullable<ReturnType<typeof parseCommandLine>['tokens']>[number];

/** A whole-number flag's value within its range. */
function wholeNumber(flag: string, text: string, range: { min: number; max: number }): number {
  const parsed = parseNumber(text, { ...range, integer: true });
  if (!parsed.ok) {
    throw new UsageError(`${flag}: must be a whole number from ${range.min} to ${range.max}, got "${text}"`);
  }
  return parsed.value;
}

/**
 * `name=value` after `flag`: a declared parameter and a value its declaration allows. Messages
 * about the parameter write it as typed after the flag: `--set ads.ctr`, `--change 90:ads.ctr`.
 */
function setting(value: string, flag = '--set', join = ' '): [keyof Parameters, number] {
  const at = value.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag}: expects name=value, got "${value}"`);
  const name = value.slice(0, at);
  const text = value.slice(at + 1);
  const spec = parameterSpec(name);
  if (!spec || !isParameterName(name)) throw new UsageError(`${flag}: ${checkParameterValue(name, NaN)}`);
  const parsed = parseNumber(text, spec);
  if (parsed.ok) return [name, parsed.value];
  if (parsed.problem === 'not a number')
    throw new UsageError(`${flag}${join}${name}: must be ${allowedRange(spec)}, got "${text}"`);
  throw new UsageError(`${flag}${join}${checkParameterValue(name, parsed.value)}`);
}

/**
 * `--change DAY:name=value`: from the start of day DAY, a parameter that may change during a run
 * takes a value its declaration allows. Whether DAY is within the run's horizon is checked once
 * the horizon is known (the scenario file's, or `--days`), by `checkChangeDays`.
 */
function change(value: string): StrategyChange {
  const colon = value.indexOf(':');
  if (colon <= 0) throw new UsageError(`--change: expects DAY:name=value, got "${value}"`);
  const dayText = value.slice(0, colon);
  const day = parseNumber(dayText, { ...DAYS, integer: true });
  if (!day.ok) {
    throw new UsageError(
      `--change: DAY must be a whole number from ${DAYS.min} to ${DAYS.max}, got "${dayText}"`,
    );
  }
  const flag = `--change ${day.value}`;
  const [name, number] = setting(value.slice(colon + 1), flag, ':');
  const fixed = checkChangeable(name);
  if (fixed) throw new UsageError(`${flag}:${fixed}; use --set`);
  return { day: day.value, parameters: { [name]: number } };
}

/** Refuses a `--change` past the run's horizon: `days` is the file's, or `--days`. */
export function checkChangeDays(changes: readonly StrategyChange[], days: number): void {
  for (const c of changes) {
    if (c.day > days) {
      const [name] = Object.keys(c.parameters);
      throw new UsageError(`--change ${c.day}:${name}: DAY must be from 1 to ${days} (the run's days)`);
    }
  }
}

/**
 * The line for a command line that `util.parseArgs` refused in strict mode: the same command
 * line read leniently shows which token was wrong (the library's own messages name no field in
 * our words and span several lines).
 */
function explainRefusal(argv: readonly string[], error: Error): string {
  const { tokens } = parseCommandLine({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (!option) return `${token.rawName}: unknown flag; allowed: ${ALLOWED.join(', ')}`;
    if (option.type === 'boolean' && token.value !== undefined) return `${token.rawName}: takes no value`;
    if (option.type !== 'string' || token.inlineValue) continue;
    // Read leniently, "--seed --days 7" takes "--days" as the seed; strict mode refuses any
    // value that looks like a flag, so "--seed -1" needs the "=" form.
    if (token.value === undefined || token.value.startsWith('--')) return `${token.rawName}: needs a value`;
    if (token.value.startsWith('-'))
      return `${token.rawName}: needs a value (write ${token.rawName}=${token.value} if "${token.value}" is the value)`;
  }
  return error.message.split('\n')[0]!;
}

/** True for the errors `util.parseArgs` throws for a malformed command line. */
function isParseArgsError(e: unknown): e is Error {
  return e instanceof Error && String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/** The command line's tokens in order, or a UsageError naming the flag that is malformed. */
function tokenize(argv: readonly string[]): Token[] {
  try {
    return parseCommandLine({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    }).tokens;
  } catch (e) {
    if (isParseArgsError(e)) throw new UsageError(explainRefusal(argv, e));
    throw e;
  }
}

/**
 * Parses argv (without node and the script); throws UsageError naming the offending flag.
 * Values are checked in the order they were typed, so the first mistake is the one reported.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    file: '',
    set: {},
    changes: [],
    format: 'csv',
    runner: DEFAULT_RUNNER,
    help: false,
  };
  const files: string[] = [];
  for (const token of tokenize(argv)) {
    if (token.kind === 'positional') {
      files.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const flag = `--${token.name}`;
    const value = token.value ?? '';
    switch (token.name) {
      case 'help':
        options.help = true;
        break;
      case 'seed':
        options.seed = wholeNumber(flag, value, SEED);
        break;
      case 'days':
        options.days = wholeNumber(flag, value, DAYS);
        break;
      case 'set': {
        const [name, number] = setting(value);
        options.set[name] = number;
        break;
      }
      case 'change':
        options.changes = mergeChanges(options.changes, [change(value)]);
        break;
      case 'format':
        if (value !== 'csv' && value !== 'json')
          throw new UsageError(`--format: must be csv or json, got "${value}"`);
        options.format = value;
        break;
      case 'out':
        if (value === '') throw new UsageError('--out: needs a file name');
        options.out = value;
        break;
      case 'runner':
        if (!Object.hasOwn(RUNNERS, value)) {
          throw new UsageError(`--runner: must be one of ${Object.keys(RUNNERS).join(', ')}, got "${value}"`);
        }
        options.runner = value as RunnerName;
        break;
    }
  }
  if (options.help) return options;
  if (files.length === 0)
    throw new UsageError('missing scenario file (a JSON file such as simulations/default.json)');
  if (files.length > 1)
    throw new UsageError(`expected one scenario file, got ${files.length}: ${files.join(' ')}`);
  options.file = files[0]!;
  return options;
}
