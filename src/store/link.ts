/**
 * The page's state as a link, and a link as the page's state: what `url.ts` reads and writes,
 * applied to the store. The presets and lessons a link may name are given by the caller.
 */
import { PARAMETERS, defaultParameters, type Parameters } from '../model/parameters';
import { DEFAULT_CURRENCY, scenarioParameters, type Scenario, type StrategyChange } from '../model/scenario';
import type { Lesson } from '../engine/lesson';
import { STRINGS, type Lang, type LinkIssue } from '../i18n/strings';
import { createAppStore, strategyOn, type AppState, type AppStoreApi, type Baseline } from './app-store';
import { readUrl, writeUrl, type LinkStrategy, type WrittenStrategy } from './url';

export interface LinkCatalogue {
  presets: ReadonlyArray<{ id: string; scenario: Scenario }>;
  lessons: ReadonlyArray<{ id: string; lesson: Lesson }>;
}

/** How many of a link's issues the notice names; the rest are counted. */
export const SHOWN_ISSUES = 5;

/**
 * The notice for what a link could not apply, in `lang`: its first issues, each named, and how many
 * more there are (a tampered link can have thousands); null when there is nothing to say.
 */
export function linkNotice(issues: readonly LinkIssue[], lang: Lang): string | null {
  if (issues.length === 0) return null;
  const t = STRINGS[lang];
  const named = issues.slice(0, SHOWN_ISSUES).map((i) => t.linkIssue(i));
  if (issues.length > SHOWN_ISSUES) named.push(t.moreLinkIssues(issues.length - SHOWN_ISSUES));
  return t.invalidUrl(named.join('; '));
}

/** A strategy of a link on its base, as the store keeps one (changes after the horizon fall away). */
function strategyOf(base: Parameters, link: LinkStrategy, days: number): Omit<Baseline, 'presetId'> {
  const start = { ...base, ...link.params };
  const changes = link.changes.filter((c) => c.day <= days);
  return {
    params: strategyOn(start, changes, days),
    startParams: changes.length ? start : null,
    changes,
  };
}

const sameChanges = (x: readonly StrategyChange[], y: readonly StrategyChange[]) =>
  JSON.stringify(x) === JSON.stringify(y);

/**
 * A store set up from a query string. `lang` is the language when the link names none (the user's
 * last choice or the browser's).
 */
export function storeFromLink(search: string, catalogue: LinkCatalogue, lang: Lang = 'en'): AppStoreApi {
  const { presets, lessons } = catalogue;
  const url = readUrl(
    search,
    presets.map((p) => p.id),
    lessons.map((l) => ({ id: l.id, steps: l.lesson.steps.length })),
  );
  const preset = presets.find((p) => p.id === (url.preset ?? 'default')) ?? presets[0]!;
  const store = createAppStore();
  store.getState().loadScenario(preset.id, preset.scenario);
  const lesson = url.lesson && lessons.find((l) => l.id === url.lesson!.id);
  if (url.lesson && lesson) store.getState().goToLessonStep(lesson.id, lesson.lesson, url.lesson.step);
  const s = store.getState();
  const days = url.days ?? s.days;
  const common = {
    seed: url.seed ?? s.seed,
    days,
    lang: url.lang ?? lang,
    // the link's currency, else its lesson's or preset's: the amounts are the scenario's, never converted
    currency: url.currency ?? (lesson ? DEFAULT_CURRENCY : (preset.scenario.currency ?? DEFAULT_CURRENCY)),
    linkIssues: url.issues,
  };
  if (url.version === undefined) {
    // A link made before links had a version: one strategy for the whole run.
    const changed = Object.keys(url.params).length > 0;
    store.setState({
      ...(changed
        ? { params: { ...s.params, ...url.params }, startParams: null, changes: [] }
        : // the preset's own timeline, its changes after a shorter horizon falling away
          strategyOf(s.startParams ?? s.params, { params: {}, changes: s.changes }, days)),
      ...common,
      presetId: changed && !url.preset ? null : s.presetId,
    });
  } else {
    // Version 1 holds the whole timeline: the strategy, its changes and the runs compared.
    const base = { ...defaultParameters(), ...(url.preset ? preset.scenario.parameters : {}) };
    const main = strategyOf(base, url, days);
    const edited =
      Object.keys(url.params).length > 0 || !sameChanges(main.changes, preset.scenario.changes ?? []);
    // A pinned run is the preset's when it is the preset's strategy as its file has it (the
    // default preset's too when the link names none), so that the link the page writes for it
    // pins the same run again.
    const presetStart = scenarioParameters(preset.scenario);
    const pinned = (link: LinkStrategy): Baseline => {
      const run = strategyOf(base, link, days);
      const start = run.startParams ?? run.params;
      const asPreset =
        (url.preset || !lesson) &&
        PARAMETERS.every((p) => start[p.name] === presetStart[p.name]) &&
        sameChanges(run.changes, preset.scenario.changes ?? []);
      return { ...run, presetId: asPreset ? preset.id : null };
    };
    store.setState({
      ...main,
      ...common,
      presetId: url.preset ? preset.id : lesson || edited ? null : preset.id,
      baseline: url.compared ? pinned(url.compared.a) : null,
      baselineRun: null,
      ghost: null,
      others: url.compared ? url.compared.others.map((o) => ({ strategy: pinned(o), run: null })) : [],
      seedCheck: null,
    });
  }
  if (url.day !== undefined) store.setState({ day: Math.min(url.day, days) });
  else store.setState({ day: Math.min(store.getState().day, days) });
  return store;
}

/** The query string of the state on screen; `withDay` adds the day shown, to open the link at it. */
export function linkOf(
  s: Pick<
    AppState,
    | 'params'
    | 'startParams'
    | 'changes'
    | 'seed'
    | 'days'
    | 'lang'
    | 'currency'
    | 'presetId'
    | 'baseline'
    | 'others'
    | 'lesson'
    | 'day'
  >,
  presets: LinkCatalogue['presets'],
  withDay = false,
): string {
  const preset = presets.find((p) => p.id === s.presetId);
  const written = (x: Pick<Baseline, 'params' | 'startParams' | 'changes'>): WrittenStrategy =>
    x.startParams ? { params: x.startParams, changes: x.changes } : { params: x.params };
  const main = written(s);
  return writeUrl(main.params, s.seed, s.days, {
    lang: s.lang,
    currency: s.currency,
    ...(preset ? { preset: preset.id, base: preset.scenario.parameters } : {}),
    ...(main.changes?.length ? { changes: main.changes } : {}),
    ...(s.baseline
      ? { compared: { a: written(s.baseline), others: s.others.map((o) => written(o.strategy)) } }
      : {}),
    lesson: s.lesson,
    ...(withDay ? { day: s.day } : {}),
  });
}
