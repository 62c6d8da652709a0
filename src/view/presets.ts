/** The scenario files of simulations/, bundled into the app and validated on load. */
import type { Parameters } from '../model/parameters';
import { parseScenario, scenarioParameters, type Scenario, type StrategyChange } from '../model/scenario';

const files = import.meta.glob<unknown>('../../simulations/*.json', { eager: true, import: 'default' });

/** Presets by file name (without .json), in file-name order, default first. */
export const PRESETS: ReadonlyArray<{ id: string; scenario: Scenario }> = Object.entries(files)
  .map(([path, data]) => ({ id: path.replace(/^.*\/(.*)\.json$/, '$1'), scenario: parseScenario(data) }))
  .sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id)));

/**
 * True when the page no longer shows its preset as the file has it: a parameter on day 1, a change
 * of strategy during the run, or the horizon differs (an edit, or a link that changed them). The
 * seed is left out: another seed is the same strategy on another random audience. False without a
 * preset (nothing to differ from).
 */
export function isPresetModified(
  presetId: string | null,
  strategy: { params: Parameters; startParams: Parameters | null; changes: readonly StrategyChange[] },
  days: number,
): boolean {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (!preset) return false;
  if (days !== preset.scenario.days) return true;
  const base = scenarioParameters(preset.scenario);
  const start = strategy.startParams ?? strategy.params;
  if ((Object.keys(base) as (keyof Parameters)[]).some((name) => start[name] !== base[name])) return true;
  return JSON.stringify(strategy.changes) !== JSON.stringify(preset.scenario.changes ?? []);
}
