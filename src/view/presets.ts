/** The scenario files of simulations/, bundled into the app and validated on load. */
import type { Parameters } from '../model/parameters';
import { parseScenario, scenarioParameters, type Scenario } from '../model/scenario';

const files = import.meta.glob<unknown>('../../simulations/*.json', { eager: true, import: 'default' });

/**
 * Presets by file name (without .json), in file-name order, default first. Scenarios that change
 * their strategy on given days are left out: the page cannot apply changes yet (the CLI runs them).
 */
export const PRESETS: ReadonlyArray<{ id: string; scenario: Scenario }> = Object.entries(files)
  .map(([path, data]) => ({ id: path.replace(/^.*\/(.*)\.json$/, '$1'), scenario: parseScenario(data) }))
  .filter(({ scenario }) => !scenario.changes?.length)
  .sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id)));

/**
 * True when the page no longer shows its preset as the file has it: a parameter or the horizon
 * differs (an edit, or a link that changed them). The seed is left out: another seed is the same
 * strategy on another random audience. False without a preset (nothing to differ from).
 */
export function isPresetModified(presetId: string | null, params: Parameters, days: number): boolean {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (!preset) return false;
  if (days !== preset.scenario.days) return true;
  const base = scenarioParameters(preset.scenario);
  return (Object.keys(base) as (keyof Parameters)[]).some((name) => params[name] !== base[name]);
}
