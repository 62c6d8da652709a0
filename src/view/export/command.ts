/**
 * The command that runs the scenario on screen headless: `npm run -s simulate --` on the preset's
 * file (or `simulations/default.json` when the strategy is no preset's, or when the preset's own
 * changes during the run cannot be kept), with `--seed`, `--days`, a `--set` for every parameter of
 * day 1 that differs from the file's, and a `--change` for every change of strategy during the run.
 * Its CSV is, byte for byte, the page's Export CSV.
 */
import type { ParameterName, Parameters } from '../../model/parameters';
import { mergeChanges, scenarioParameters, type StrategyChange } from '../../model/scenario';
import { PRESETS } from '../presets';
import type { ScenarioState } from './scenario-file';

/** The file a command starts from, and the run it describes before its flags. */
interface Base {
  file: string;
  parameters: Parameters;
  changes: readonly StrategyChange[];
}

const canonicalChanges = (changes: readonly StrategyChange[]) =>
  JSON.stringify(
    changes.map((c) => ({
      day: c.day,
      parameters: Object.fromEntries(Object.entries(c.parameters).sort(([a], [b]) => (a < b ? -1 : 1))),
    })),
  );

/**
 * True when `--change` flags for `changes` over a file's `fileChanges` give exactly `changes`: the
 * CLI keeps a file's changes (within the horizon) and merges the flags into them, so every
 * parameter a file changes must be changed again on that day.
 */
function keepsChanges(
  fileChanges: readonly StrategyChange[],
  changes: readonly StrategyChange[],
  days: number,
): boolean {
  const merged = mergeChanges(
    fileChanges.filter((c) => c.day <= days),
    changes,
  );
  return canonicalChanges(merged) === canonicalChanges(changes);
}

/** A number as the command line reads it back exactly (`String` writes the shortest such text). */
const number = (x: number) => String(x);

/** The command line (one line, no shell quoting needed: names are dotted words, values numbers). */
export function cliCommand(state: ScenarioState): string {
  const start = state.startParams ?? state.params;
  const changes = state.changes;
  const preset = PRESETS.find((p) => p.id === state.presetId);
  const fallback: Base = {
    file: 'simulations/default.json',
    parameters: scenarioParameters({ parameters: {} }),
    changes: [],
  };
  const presetBase: Base | null = preset
    ? {
        file: `simulations/${preset.id}.json`,
        parameters: scenarioParameters(preset.scenario),
        changes: preset.scenario.changes ?? [],
      }
    : null;
  const base = presetBase && keepsChanges(presetBase.changes, changes, state.days) ? presetBase : fallback;
  const words = [
    'npm',
    'run',
    '-s',
    'simulate',
    '--',
    base.file,
    '--seed',
    String(state.seed),
    '--days',
    String(state.days),
  ];
  for (const name of Object.keys(start) as ParameterName[]) {
    if (start[name] !== base.parameters[name]) words.push('--set', `${name}=${number(start[name])}`);
  }
  for (const c of changes) {
    for (const [name, value] of Object.entries(c.parameters)) {
      if (value !== undefined) words.push('--change', `${c.day}:${name}=${number(value)}`);
    }
  }
  return words.join(' ');
}
