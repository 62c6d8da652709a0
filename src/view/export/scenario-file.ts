/**
 * The scenario on screen as a scenario file (the format of `simulations/*.json`), and a file read
 * back: the page saves what the CLI runs, and opens what the CLI runs.
 */
import { defaultParameters, type ParameterName, type Parameters } from '../../model/parameters';
import {
  DEFAULT_CURRENCY,
  parseScenario,
  SCENARIO_VERSION,
  ScenarioError,
  type Scenario,
} from '../../model/scenario';
import type { AppState } from '../../store/app-store';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import { PRESETS, isPresetModified } from '../presets';
import { exportBaseName, slug } from './names';

/** A scenario opened from a file that is not a preset: its name and words, kept for saving it again. */
export interface OpenedScenario {
  name: string;
  description: string;
  ru?: { name: string; description: string };
}

/** What of the page's state a scenario file is made of. */
export type ScenarioState = Pick<
  AppState,
  'params' | 'startParams' | 'changes' | 'seed' | 'days' | 'currency' | 'presetId'
>;

/** The parameters of `p` that differ from the defaults, in declaration order. */
export function differingFromDefaults(p: Parameters): Partial<Parameters> {
  const defaults = defaultParameters();
  const out: Partial<Parameters> = {};
  for (const name of Object.keys(defaults) as ParameterName[])
    if (p[name] !== defaults[name]) out[name] = p[name];
  return out;
}

/**
 * The scenario on screen: its strategy on day 1 (the parameters that differ from the defaults), its
 * changes during the run, seed, horizon and currency, named after its preset ("(modified)" when
 * edited) or the file it was opened from.
 */
export function currentScenario(state: ScenarioState, opened: OpenedScenario | null = null): Scenario {
  const preset = PRESETS.find((p) => p.id === state.presetId);
  const modified = preset ? isPresetModified(preset.id, state, state.days) : false;
  const en = EXPORT_STRINGS.en;
  const ruWords = EXPORT_STRINGS.ru;
  let words: Pick<Scenario, 'name' | 'description' | 'ru'>;
  if (preset) {
    const { name, description, ru } = preset.scenario;
    words = modified
      ? {
          name: en.modifiedName(name),
          description,
          ...(ru ? { ru: { name: ruWords.modifiedName(ru.name), description: ru.description } } : {}),
        }
      : { name, description, ...(ru ? { ru } : {}) };
  } else if (opened) {
    words = { name: opened.name, description: opened.description, ...(opened.ru ? { ru: opened.ru } : {}) };
  } else {
    words = {
      name: en.customName,
      description: en.customDescription,
      ru: { name: ruWords.customName, description: ruWords.customDescription },
    };
  }
  const start = state.startParams ?? state.params;
  return {
    version: SCENARIO_VERSION,
    name: words.name,
    description: words.description,
    seed: state.seed,
    days: state.days,
    parameters: differingFromDefaults(start),
    ...(state.changes.length
      ? { changes: state.changes.map((c) => ({ day: c.day, parameters: { ...c.parameters } })) }
      : {}),
    ...(words.ru ? { ru: words.ru } : {}),
    currency: state.currency ?? DEFAULT_CURRENCY,
  };
}

/** The slug the scenario's files are named with: its preset's id, else its name's slug. */
export function scenarioSlug(state: Pick<AppState, 'presetId'>, opened: OpenedScenario | null): string {
  if (state.presetId && PRESETS.some((p) => p.id === state.presetId)) return state.presetId;
  return opened ? slug(opened.name) : 'custom';
}

/** The base name of the files exported for the scenario on screen (CSV, scenario, pictures). */
export function currentBaseName(state: ScenarioState, opened: OpenedScenario | null = null): string {
  return exportBaseName(scenarioSlug(state, opened), currentScenario(state, opened));
}

/** A scenario file's text, as `simulations/` writes them (two-space indent, a final newline). */
export function scenarioText(s: Scenario): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** A file's text read as a scenario, or what is wrong with it in the validator's words. */
export type ReadScenario = { ok: true; scenario: Scenario } | { ok: false; problem: string; json: boolean };

export function readScenario(text: string): ReadScenario {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: (e as Error).message, json: false };
  }
  try {
    return { ok: true, scenario: parseScenario(data) };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problem: e.message, json: true };
    throw e;
  }
}

/** The preset a scenario file is (same name), for the page to show it as that preset. */
export function presetOf(s: Scenario): string | null {
  return PRESETS.find((p) => p.scenario.name === s.name)?.id ?? null;
}
