/**
 * The scenario on screen as a scenario file (the format of `simulations/*.json`), and a file read
 * back: the page saves what the CLI runs, and opens what the CLI runs.
 */
import { defaultParameters, type ParameterName, type Parameters } from '../../model/parameters';
import { FILE_FIELD, problemText, type Problem } from '../../model/problems';
import {
  DEFAULT_CURRENCY,
  MAX_SCENARIO_BYTES,
  readScenarioFile,
  SCENARIO_VERSION,
  type Scenario,
} from '../../model/scenario';
import type { AppState } from '../../store/app-store';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import type { Lang } from '../../i18n/strings';
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

/**
 * A scenario file read: the scenario, or every problem found. `problem` says them all in
 * English, one a line, and `json` is false when the text is not JSON at all.
 */
export type ReadScenario =
  { ok: true; scenario: Scenario } | { ok: false; problems: Problem[]; problem: string; json: boolean };

/** Problems that mean the text is not JSON (or not text at all). */
const NOT_JSON: ReadonlySet<string> = new Set([
  'empty',
  'tooLarge',
  'notUtf8',
  'syntax',
  'tooDeep',
  'unreadable',
]);

/** A file's bytes or text read as a scenario by the reader the CLI uses (see `readScenarioFile`). */
export function readScenario(input: Uint8Array | string): ReadScenario {
  const read = readScenarioFile(input);
  return read.ok ? { ok: true, scenario: read.value } : refused(read.problems);
}

function refused(problems: Problem[]): ReadScenario & { ok: false } {
  return {
    ok: false,
    problems,
    problem: problems.map((p) => problemText(p)).join('\n'),
    json: !problems.some((p) => NOT_JSON.has(p.issue.kind)),
  };
}

/**
 * A picked or dropped file read as a scenario: refused by its size before it is read when it is
 * larger than a scenario file may be, then read as bytes (so a file that is not UTF-8 is named as
 * such, never read as garbage).
 */
export async function readScenarioBlob(file: Blob): Promise<ReadScenario> {
  if (file.size > MAX_SCENARIO_BYTES)
    return refused([
      { field: FILE_FIELD, issue: { kind: 'tooLarge', bytes: file.size, limit: MAX_SCENARIO_BYTES } },
    ]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refused([{ field: FILE_FIELD, issue: { kind: 'unreadable' } }]);
  }
  return readScenario(bytes);
}

/** Problems listed in the page's notice at most; the CLI lists them all. */
export const NOTICE_PROBLEMS = 12;

/**
 * The notice for a file that could not be opened, in the page's language: its name, that the run
 * on screen stays, and every problem (the first NOTICE_PROBLEMS, then how many more), one a line,
 * each with its field as written in the file.
 */
export function badFileNotice(name: string, problems: readonly Problem[], lang: Lang): string {
  const words = EXPORT_STRINGS[lang];
  const lines = problems.slice(0, NOTICE_PROBLEMS).map((p) => problemText(p, lang));
  if (lines.length === 1) return words.badFile(name, lines[0]!);
  const more = problems.length - NOTICE_PROBLEMS;
  return words.badFileList(name, [...lines, ...(more > 0 ? [words.moreProblems(more)] : [])]);
}

/** A picked or dropped file opened: its scenario, or the notice that says what is wrong with it. */
export type OpenedFile =
  { ok: true; scenario: Scenario } | { ok: false; problems: Problem[]; notice: string };

/** Reads a picked or dropped file for the page (see `readScenarioBlob` and `badFileNotice`). */
export async function openedFile(file: Blob & { readonly name: string }, lang: Lang): Promise<OpenedFile> {
  const read = await readScenarioBlob(file);
  if (read.ok) return read;
  return { ok: false, problems: read.problems, notice: badFileNotice(file.name, read.problems, lang) };
}

/** The preset a scenario file is (same name), for the page to show it as that preset. */
export function presetOf(s: Scenario): string | null {
  return PRESETS.find((p) => p.scenario.name === s.name)?.id ?? null;
}
