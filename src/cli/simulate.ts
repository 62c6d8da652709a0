/**
 * `npm run -s simulate -- <scenario.json> [...]`: runs a scenario headless, with its changes of
 * strategy and any `--change`, and prints one row per day (CSV or JSON). Bad input: one line on
 * stderr, exit code 2, nothing written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mergeChanges, parseScenario, ScenarioError, type Scenario } from '../model/scenario';
import { runScenario } from '../engine/run';
import { toCsv, toRecords } from '../engine/report';
import { checkChangeDays, parseArgs, UsageError, USAGE } from './args';

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return parseScenario(data);
  } catch (e) {
    if (e instanceof ScenarioError) fail(`${file}: ${e.message}`);
    throw e;
  }
}

function main(argv: readonly string[]): void {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const base = loadScenario(options.file);
  const days = options.days ?? base.days;
  try {
    checkChangeDays(options.changes, days);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  // --set changes the strategy from day 1; the file's changes still come on their days (those
  // past a shorter --days never come), and --change adds to them, winning on the same day.
  const scenario: Scenario = {
    ...base,
    seed: options.seed ?? base.seed,
    days,
    parameters: { ...base.parameters, ...options.set },
    changes: mergeChanges(base.changes ?? [], options.changes),
  };
  const frames = runScenario(scenario, { runner: options.runner, countTransitions: false });
  const text =
    options.format === 'csv'
      ? toCsv(frames)
      : `[\n${toRecords(frames)
          .map((r) => JSON.stringify(r))
          .join(',\n')}\n]\n`;
  if (options.out) {
    try {
      writeFileSync(options.out, text);
    } catch (e) {
      fail(`--out ${options.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    process.stdout.write(text);
  }
}

main(process.argv.slice(2));
