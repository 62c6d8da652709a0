/**
 * The command line of `npm run simulate`: parsing and validation, with no I/O, so that every
 * mistake becomes one message naming the flag or field and what is allowed.
 */
import {
  allowedRange,
  checkParameterValue,
  isParameterName,
  parameterSpec,
  type Parameters,
} from '../model/parameters';
import { DAYS, SEED, checkWhole } from '../model/scenario';
import { DEFAULT_RUNNER, RUNNERS, type RunnerName } from '../engine/run';

export const USAGE = `usage: npm run -s simulate -- <scenario.json> [--seed N] [--days N] [--set name=value]...
                           [--format csv|json] [--out FILE] [--runner ${Object.keys(RUNNERS).join('|')}]`;

export interface CliOptions {
  file: string;
  seed?: number;
  days?: number;
  set: Partial<Parameters>;
  format: 'csv' | 'json';
  out?: string;
  runner: RunnerName;
  help: boolean;
}

/** A command-line mistake; its message is the whole line to print. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FLAGS_WITH_VALUE = new Set(['--seed', '--days', '--set', '--format', '--out', '--runner']);

/** Reads a number the way a person types it: decimal, optionally signed, with a fraction or exponent. */
function parseNumber(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : NaN;
}

/** A whole-number flag's value within [min, max]. */
function wholeNumber(flag: string, text: string, range: { min: number; max: number }): number {
  const n = parseNumber(text);
  if (checkWhole(n, range.min, range.max)) {
    throw new UsageError(`${flag}: must be a whole number from ${range.min} to ${range.max}, got "${text}"`);
  }
  return n;
}

/** Parses argv (without node and the script); throws UsageError naming the offending flag. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { file: '', set: {}, format: 'csv', runner: DEFAULT_RUNNER, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag =
      eq > 0 && !arg.startsWith('--set=') ? arg.slice(0, eq) : arg.startsWith('--set=') ? '--set' : arg;
    if (!FLAGS_WITH_VALUE.has(flag)) {
      throw new UsageError(`${arg}: unknown flag; allowed: ${[...FLAGS_WITH_VALUE].join(', ')}, --help`);
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag}: needs a value`);
    }
    switch (flag) {
      case '--seed':
        options.seed = wholeNumber(flag, value, SEED);
        break;
      case '--days':
        options.days = wholeNumber(flag, value, DAYS);
        break;
      case '--set': {
        const at = value.indexOf('=');
        if (at <= 0) throw new UsageError(`--set: expects name=value, got "${value}"`);
        const name = value.slice(0, at);
        const text = value.slice(at + 1);
        const number = parseNumber(text);
        const spec = parameterSpec(name);
        if (!spec || !isParameterName(name))
          throw new UsageError(`--set: ${checkParameterValue(name, number)}`);
        if (Number.isNaN(number))
          throw new UsageError(`--set ${name}: must be ${allowedRange(spec)}, got "${text}"`);
        const problem = checkParameterValue(name, number);
        if (problem) throw new UsageError(`--set ${problem}`);
        options.set[name] = number;
        break;
      }
      case '--format':
        if (value !== 'csv' && value !== 'json')
          throw new UsageError(`--format: must be csv or json, got "${value}"`);
        options.format = value;
        break;
      case '--out':
        if (value === '') throw new UsageError('--out: needs a file name');
        options.out = value;
        break;
      case '--runner':
        if (!(value in RUNNERS)) {
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
