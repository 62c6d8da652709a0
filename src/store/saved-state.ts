/**
 * The last scenario, kept in localStorage so that the page opened again without a link starts
 * where the user left it: the strategy (what differs from the preset or the defaults), its
 * changes, seed, horizon, currency, the lesson and its step, and the runs compared, written as the
 * page's own link (see url.ts and link.ts) inside a small versioned record. A link in the address
 * wins over it: the link is what the user asked to open.
 *
 * What is stored is checked as a link is, and more strictly: anything that is not this page's
 * record of this version (not JSON, another shape, another app's data, an older or newer format)
 * or that the link reader would not apply in full (a value out of range, an unknown name) is set
 * aside under SET_ASIDE_KEY, untouched, the page starts from the defaults and says that the saved
 * scenario could not be restored. Storage that cannot be read or written (disabled, full, private
 * windows) only means nothing is restored or saved.
 */
import type { Lang } from '../i18n/strings';
import type { AppState, AppStoreApi } from './app-store';
import { linkOf, storeFromLink, type LinkCatalogue } from './link';
import { LINK_VERSION, readUrl } from './url';

/** The localStorage key of the last scenario (beside the language's, `smm-loop.lang`). */
export const SCENARIO_KEY = 'smm-loop.scenario';
/** Where stored data that could not be restored is moved to, as it was. */
export const SET_ASIDE_KEY = `${SCENARIO_KEY}:set-aside`;
/** What the record says it is, and the version of its format. */
export const SAVED_FORMAT = 'smm-loop/scenario';
export const SAVED_VERSION = 1;
/** The longest record read (a link of four runs with every parameter changed is a few kilobytes). */
export const SAVED_MAX_LENGTH = 100_000;

/** The record stored: this page's link of the scenario, without the language (kept on its own). */
export interface SavedScenario {
  format: typeof SAVED_FORMAT;
  version: typeof SAVED_VERSION;
  link: string;
}

/** What was found in storage: nothing, a scenario's link to open, or data set aside and why. */
export type Restored =
  | { status: 'none' }
  | { status: 'restored'; link: string; raw: string }
  | { status: 'set-aside'; reason: string };

type Storing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The state a saved scenario holds (the link's parts but the language and the day shown). */
export type ScenarioState = Parameters<typeof linkOf>[0];

/** The record of the scenario on screen, as stored. */
export function savedRecord(s: ScenarioState, presets: LinkCatalogue['presets']): string {
  // the language has its own key (lang-choice.ts) and its own rules; the day shown is not kept
  const record: SavedScenario = {
    format: SAVED_FORMAT,
    version: SAVED_VERSION,
    link: linkOf({ ...s, lang: 'en' }, presets),
  };
  return JSON.stringify(record);
}

/** Why a stored text is not a scenario this page can restore in full, or null when it is. */
export function savedProblem(raw: string, catalogue: LinkCatalogue): string | null {
  if (raw.length > SAVED_MAX_LENGTH) return `longer than ${SAVED_MAX_LENGTH} characters`;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a record';
  const record = data as Record<string, unknown>;
  if (record.format !== SAVED_FORMAT)
    return `not a scenario of this page (format ${JSON.stringify(record.format)})`;
  if (record.version !== SAVED_VERSION)
    return `version ${JSON.stringify(record.version)}; this page reads version ${SAVED_VERSION}`;
  const extra = Object.keys(record).filter((k) => !['format', 'version', 'link'].includes(k));
  if (extra.length) return `unknown fields: ${extra.join(', ')}`;
  if (typeof record.link !== 'string' || !record.link.startsWith('?')) return 'link: not a query string';
  const url = readUrl(
    record.link,
    catalogue.presets.map((p) => p.id),
    catalogue.lessons.map((l) => ({ id: l.id, steps: l.lesson.steps.length })),
  );
  if (url.version !== LINK_VERSION) return `link: not a link of version ${LINK_VERSION}`;
  if (url.problems.length) return `link: ${url.problems.join('; ')}`;
  return null;
}

/** Moves stored data that cannot be restored out of the way, as it was; drops it if even that fails. */
function setAside(storage: Storing, raw: string): void {
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
  } catch {
    // no room for the copy: dropping it is what is left
  }
  try {
    storage.removeItem(SCENARIO_KEY);
  } catch {
    // storage that refuses: nothing more to do
  }
}

/** Reads the stored scenario; what cannot be restored is set aside. Never throws. */
export function readSaved(storage: Storing | undefined, catalogue: LinkCatalogue): Restored {
  let raw: string | null;
  try {
    raw = storage?.getItem(SCENARIO_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  const reason = savedProblem(raw, catalogue);
  if (reason === null) return { status: 'restored', link: (JSON.parse(raw) as SavedScenario).link, raw };
  setAside(storage!, raw);
  return { status: 'set-aside', reason };
}

/** Keeps the scenario on screen for the next visit; a storage that refuses it is ignored. */
export function saveScenario(
  storage: Pick<Storage, 'setItem'> | undefined,
  s: ScenarioState,
  presets: LinkCatalogue['presets'],
): void {
  try {
    storage?.setItem(SCENARIO_KEY, savedRecord(s, presets));
  } catch {
    // full, disabled or blocked storage: the page works without it
  }
}

/** Whether a query string holds anything: a link the user asked to open. */
export function hasLink(search: string): boolean {
  return [...new URLSearchParams(search)].length > 0;
}

/**
 * The page's store at start: the link's scenario when there is a link, else the saved one, else
 * the defaults (with `restoreFailed` when saved data had to be set aside). `lang` is the language
 * when the link names none.
 */
export function startingStore(
  search: string,
  storage: Storing | undefined,
  catalogue: LinkCatalogue,
  lang: Lang,
): AppStoreApi {
  if (hasLink(search)) return storeFromLink(search, catalogue, lang);
  const saved = readSaved(storage, catalogue);
  if (saved.status === 'restored') {
    try {
      return storeFromLink(saved.link, catalogue, lang);
    } catch {
      // checked as a link and still not applied: set aside as any other
      setAside(storage!, saved.raw);
    }
  }
  const store = storeFromLink('', catalogue, lang);
  if (saved.status !== 'none') store.setState({ restoreFailed: true });
  return store;
}

/** The parts of the state a saved scenario holds: a change in any of them saves it again. */
const SAVED_PARTS = [
  'params',
  'startParams',
  'changes',
  'seed',
  'days',
  'currency',
  'presetId',
  'baseline',
  'others',
  'lesson',
] as const satisfies readonly (keyof AppState)[];

/**
 * Saves the scenario on screen now and whenever it changes; returns a function that stops.
 * (The scenario a link opened is the last one too.)
 */
export function keepScenario(
  store: AppStoreApi,
  storage: Pick<Storage, 'setItem'> | undefined,
  presets: LinkCatalogue['presets'],
): () => void {
  saveScenario(storage, store.getState(), presets);
  return store.subscribe((s, prev) => {
    if (SAVED_PARTS.some((k) => s[k] !== prev[k])) saveScenario(storage, s, presets);
  });
}
