/** The scenario files of simulations/, bundled into the app and validated on load. */
import { parseScenario, type Scenario } from '../model/scenario';

const files = import.meta.glob<unknown>('../../simulations/*.json', { eager: true, import: 'default' });

/** Presets by file name (without .json), in file-name order, default first. */
export const PRESETS: ReadonlyArray<{ id: string; scenario: Scenario }> = Object.entries(files)
  .map(([path, data]) => ({ id: path.replace(/^.*\/(.*)\.json$/, '$1'), scenario: parseScenario(data) }))
  .sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id)));
