/**
 * What `npm run simulate` checks before it runs: the command line, the scenario file (read as
 * bytes by the shared reader) and the changes against the horizon. Every way it can go wrong ends
 * in lines to print, one per problem, and nothing is run or written; reading the file is passed
 * in, so the checks run in-process in the tests.
 */
import { mergeChanges, MAX_SCENARIO_BYTES, readScenarioFile, type Scenario } from '../model/scenario';
import { FILE_FIELD, problemText, type Problem } from '../model/problems';
import { checkChangeDays, parseArgs, UsageError, type CliOptions } from './args';

/** A file's bytes, or why it could not be read (an error code such as ENOENT). */
export type FileRead =
  { ok: true; bytes: Uint8Array } | { ok: false; code: string } | { ok: false; size: number };

/** The run to make, the usage to print, or the lines that say what is wrong. */
export type Prepared =
  | { kind: 'run'; scenario: Scenario; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'refused'; messages: string[] };

/** Why a file could not be read, in words. */
function unreadable(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'not allowed to read it';
    default:
      return code;
  }
}

/**
 * A scenario file's bytes as a scenario, or one line per problem: "FILE: field: what is wrong
 * and what is allowed".
 */
export function loadScenario(
  file: string,
  read: FileRead,
): { ok: true; scenario: Scenario } | { ok: false; messages: string[] } {
  let problems: Problem[];
  if (!read.ok) {
    if ('size' in read) {
      problems = [
        { field: FILE_FIELD, issue: { kind: 'tooLarge', bytes: read.size, limit: MAX_SCENARIO_BYTES } },
      ];
    } else {
      return { ok: false, messages: [`${file}: cannot read the file (${unreadable(read.code)})`] };
    }
  } else {
    const checked = readScenarioFile(read.bytes);
    if (checked.ok) return { ok: true, scenario: checked.value };
    problems = checked.problems;
  }
  return { ok: false, messages: problems.map((p) => `${file}: ${problemText(p)}`) };
}

/**
 * The command line `argv` (after the script) with the scenario file read by `read`: the scenario
 * to run (the file's, with --seed, --days, --set and --change applied), or what is wrong.
 */
export function prepareRun(argv: readonly string[], read: (file: string) => FileRead): Prepared {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'refused', messages: [e.message] };
    throw e;
  }
  if (options.help) return { kind: 'help' };
  const loaded = loadScenario(options.file, read(options.file));
  if (!loaded.ok) return { kind: 'refused', messages: loaded.messages };
  const base = loaded.scenario;
  const days = options.days ?? base.days;
  try {
    checkChangeDays(options.changes, days);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'refused', messages: [e.message] };
    throw e;
  }
  // --set changes the strategy from day 1; the file's changes still come on their days (those
  // past a shorter --days never come), and --change adds to them, winning on the same day.
  return {
    kind: 'run',
    options,
    scenario: {
      ...base,
      seed: options.seed ?? base.seed,
      days,
      parameters: { ...base.parameters, ...options.set },
      changes: mergeChanges(base.changes ?? [], options.changes),
    },
  };
}
