/**
 * What the page shows and what the user chose, in one vanilla Zustand store (usable outside
 * React and reset between tests). No simulation happens here: runs arrive from the worker.
 */
import { createStore } from 'zustand/vanilla';
import { defaultParameters, type ParameterName, type Parameters } from '../model/parameters';
import {
  DEFAULT_CURRENCY,
  scenarioParameters,
  type Currency,
  type Scenario,
  type StrategyChange,
} from '../model/scenario';
import type { Lang, LinkIssue } from '../i18n/strings';
import type { RunData } from './run-data';
import type { DayFrame } from '../engine/simulation';
import { lessonStrategy, type Lesson } from '../engine/lesson';
import type { Journey } from '../engine/journey';
import { pickBuyer, type Followed } from './journey';

/** The strategy pinned as A, to compare the current one (B) with on the same audience. */
export interface Baseline {
  params: Parameters;
  /** its strategy on day 1 and its changes during the run, as the store's (see AppState) */
  startParams: Parameters | null;
  changes: StrategyChange[];
  /** the preset it was, if it was one unchanged */
  presetId: string | null;
}

/** Runs of a check that have come back, of every run checked together. */
export function seedRunsDone(check: SeedCheck): number {
  return checkedRuns(check).reduce((sum, r) => sum + check.runs[r]!.filter(Boolean).length, 0);
}

/** Runs a check asks for: each run checked on each seed. */
export function seedRunsTotal(check: SeedCheck): number {
  return checkedRuns(check).length * check.seeds.length;
}

/** Whether every run of a check has come back. */
export function seedCheckDone(check: SeedCheck): boolean {
  return seedRunsDone(check) === seedRunsTotal(check);
}

/** The runs a check covers, in order: A, B, then C and D when they were pinned. */
export function checkedRuns(check: SeedCheck): RunId[] {
  return RUN_IDS.filter((r) => check.runs[r] !== undefined);
}

/** A strategy pinned beside A and the current one, and its run on the current seed and horizon. */
export interface OtherRun {
  strategy: Baseline;
  run: RunData | null;
}

/** Runs a comparison shows at most: A, the current one, and up to two more pinned. */
export const MAX_RUNS = 4;

/** Seeds a comparison is checked on: the shown seed and the next ones. */
export const CHECK_SEEDS = 10;

/**
 * The runs of a comparison: A (pinned), B (the one on screen), and C and D (pinned beside them,
 * `others[0]` and `others[1]`).
 */
export type RunId = 'a' | 'b' | 'c' | 'd';
export const RUN_IDS: readonly RunId[] = ['a', 'b', 'c', 'd'];
/** The runs pinned beside A, by their place in `others`. */
export const OTHER_RUN_IDS: readonly RunId[] = ['c', 'd'];

/**
 * Every compared run (A, B, and C and D when pinned) on several seeds, paired seed by seed with A,
 * to tell each strategy's effect from luck. Filled as the runs come back; stale (and dropped) as
 * soon as a strategy, the runs pinned, the seed or the horizon change.
 */
export interface SeedCheck {
  seeds: number[];
  /** each checked run's days, by seed (as they arrive); C and D only when they were pinned */
  runs: Partial<Record<RunId, DayFrame[][]>>;
}

/**
 * Why the simulation stopped giving runs: its worker failed (`load`, `crash`, `unreadable`: see
 * worker/client.ts) or it refused a run (`failed`, with its reason in `detail`).
 */
export interface SimulationFault {
  kind: 'load' | 'crash' | 'unreadable' | 'failed';
  detail: string;
}

export interface AppState {
  lang: Lang;
  /** the currency of every amount of money on screen: the scenario's (never converted, never relabelled) */
  currency: Currency;
  /** the preset the parameters started from, if any */
  presetId: string | null;
  /** the strategy as it stands now, at the end of the run: what the sliders show and change */
  params: Parameters;
  /** the strategy on day 1 when it changes during the run (null: `params` from day 1 to the end) */
  startParams: Parameters | null;
  /** changes of strategy during the run, days ascending: each applies from the start of its day */
  changes: StrategyChange[];
  /**
   * Where a change of strategy takes effect: from the day shown ('today': the days before stay
   * as they were), or from day 0 ('start': the whole run is simulated again with it).
   */
  applyFrom: ApplyFrom;
  seed: number;
  days: number;
  /** the current run (every day of the horizon), once computed */
  run: RunData | null;
  /** the run before the last change, drawn faintly for comparison (A's run while one is pinned) */
  ghost: RunData | null;
  /** the strategy pinned as A, if any */
  baseline: Baseline | null;
  /** A's run on the current seed and horizon, once computed */
  baselineRun: RunData | null;
  /** more strategies pinned beside A (C, D), each with its run once computed */
  others: OtherRun[];
  /** every compared run over several seeds, once asked for */
  seedCheck: SeedCheck | null;
  /** a run is being computed */
  computing: boolean;
  /** the day shown, 0 (before the run) … days */
  day: number;
  playing: boolean;
  /** days per second */
  speed: number;
  /** a message for the user (a failed run) */
  notice: string | null;
  /** what the page's link asked for and the page could not apply, said in the language on screen */
  linkIssues: LinkIssue[];
  /** the simulation failed: the page says so and offers to restart it (the strategy stays as it is) */
  fault: SimulationFault | null;
  /** how many times the simulation was restarted (each restart starts a new worker) */
  restarts: number;
  /** the scenario saved by the last visit could not be restored (it was set aside): the page says so */
  restoreFailed: boolean;
  presentation: boolean;
  /** the lesson open and its step on screen (0: its starting point, before the first step) */
  lesson: { id: string; step: number } | null;
  /** the agent followed in the loop, with its journey once traced (traced again with every new run) */
  followed: Followed | null;
  /** how many times "Follow a random buyer" was pressed (each press picks with its own keyed draw) */
  buyerPicks: number;
}

export type ApplyFrom = 'today' | 'start';

/** The same pinned runs, to be run again (a new seed or horizon). */
function unrun(others: readonly OtherRun[]): OtherRun[] {
  return others.map((o) => ({ ...o, run: null }));
}

/** The strategy on each day of a timeline: `start`, with every change up to and including `day`. */
export function strategyOn(start: Parameters, changes: readonly StrategyChange[], day: number): Parameters {
  let p = start;
  for (const c of changes) if (c.day <= day) p = { ...p, ...c.parameters } as Parameters;
  return p;
}

export interface AppActions {
  setParam(name: ParameterName, value: number): void;
  /**
   * Several parameters in one change (a platform sets three): one new strategy, one edit. Repeated
   * changes of the same names in quick succession are one edit, as a dragged slider is.
   */
  setParams(values: Partial<Parameters>): void;
  resetParam(name: ParameterName): void;
  /**
   * Loads a scenario: its strategy, seed, horizon and currency. A scenario in another currency than
   * the one on screen drops the runs pinned for comparison (dollars and roubles do not compare).
   */
  loadScenario(
    id: string | null,
    scenario: Pick<Scenario, 'parameters' | 'seed' | 'days' | 'changes' | 'currency'>,
  ): void;
  setSeed(seed: number): void;
  /** the horizon, in days (a whole number within the scenario's limits) */
  setDays(days: number): void;
  setLang(lang: Lang): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepDay(): void;
  rewind(): void;
  scrub(day: number): void;
  setSpeed(daysPerSecond: number): void;
  /** a run computed for the current parameters arrived */
  receiveRun(run: RunData): void;
  setComputing(computing: boolean): void;
  setNotice(notice: string | null): void;
  /** dismisses the notice and the link's issues */
  clearNotice(): void;
  /**
   * The simulation failed (see SimulationFault). A worker that died is what the page says over a
   * run it refused; the first failure of the same kind stays.
   */
  reportFault(fault: SimulationFault): void;
  /** dismisses the fault's notice (a later failure shows it again) */
  dismissFault(): void;
  /** starts the simulation afresh (a new worker) and runs the scenario on screen again */
  restartSimulation(): void;
  /** dismisses the notice that the saved scenario could not be restored */
  dismissRestoreNotice(): void;
  togglePresentation(): void;
  setApplyFrom(applyFrom: ApplyFrom): void;
  /** pins the current strategy as A: the comparison's baseline */
  pinBaseline(): void;
  /** drops A and every other pinned run; the page goes back to one run */
  clearBaseline(): void;
  /** pins the current strategy beside A as one more run to compare (up to MAX_RUNS in all) */
  pinAnother(): void;
  /** drops the k-th run pinned beside A */
  unpinOther(k: number): void;
  /** the run of a strategy pinned beside A arrived */
  receiveOtherRun(strategy: Baseline, run: RunData): void;
  /** A's run for the current seed and horizon arrived */
  receiveBaselineRun(run: RunData): void;
  /**
   * Shows step `step` of a lesson (0: its starting point): its strategy on screen (B) beside the
   * step before pinned as A, on the lesson's seed and horizon. A step made from a later day shows
   * the days before it as they were, from the day before the change on.
   */
  goToLessonStep(id: string, lesson: Lesson, step: number): void;
  /** closes the lesson; what is on screen stays */
  closeLesson(): void;
  /** asks for every compared run (A, B, and C and D when pinned) on CHECK_SEEDS seeds */
  checkSeeds(): void;
  /** one seed's run of A, B, C or D arrived for the current check */
  receiveSeedRun(which: RunId, seed: number, frames: DayFrame[]): void;
  /** follows agent `agent` (null: stops following); its journey is traced by the controller */
  follow(agent: number | null): void;
  /** follows the next buyer picked for this seed, one who bought by the day shown if any (see pickBuyer) */
  followRandomBuyer(): void;
  /** the followed agent's journey through the current run arrived */
  receiveJourney(journey: Journey): void;
}

export type AppStore = AppState & AppActions;

export const SPEED = { min: 1, max: 30, default: 6 } as const;
/** Changes of one parameter closer together than this are one edit: the ghost stays put. */
const EDIT_PAUSE_MS = 1000;

export function initialState(): AppState {
  return {
    lang: 'en',
    currency: DEFAULT_CURRENCY,
    presetId: 'default',
    params: defaultParameters(),
    startParams: null,
    changes: [],
    applyFrom: 'today',
    seed: 1,
    days: 180,
    run: null,
    ghost: null,
    baseline: null,
    baselineRun: null,
    others: [],
    seedCheck: null,
    computing: false,
    day: 0,
    playing: false,
    speed: SPEED.default,
    notice: null,
    linkIssues: [],
    fault: null,
    restarts: 0,
    restoreFailed: false,
    presentation: false,
    lesson: null,
    followed: null,
    buyerPicks: 0,
  };
}

/** Creates a store; `now` is the clock used to group rapid changes into one edit. */
export function createAppStore(initial: Partial<AppState> = {}, now: () => number = () => Date.now()) {
  // An edit is keyed by the parameter it changes (or the names of several changed together).
  let lastEdit: { name: string | null; at: number } = { name: null, at: -Infinity };
  // The run the current edit started from: it becomes the ghost when the edit's first run arrives.
  let editBaseline: RunData | null | undefined;

  return createStore<AppStore>()((set, get) => {
    const beginEdit = (name: string | null) => {
      const t = now();
      const sameEdit = name !== null && lastEdit.name === name && t - lastEdit.at < EDIT_PAUSE_MS;
      if (!sameEdit) editBaseline = get().run ?? get().ghost;
      lastEdit = { name, at: t };
    };
    /**
     * Makes `next` the strategy: from the day shown on (a change on that day, the days before as
     * they were) or from day 0 (the whole run). The audience cannot change during a run, so a new
     * audience size always starts the run afresh.
     */
    const edit = (next: Parameters) => {
      const { day, days, applyFrom, params, startParams, changes } = get();
      const at = Math.min(day, days);
      if (applyFrom === 'today' && at > 1 && next['audience.size'] === params['audience.size']) {
        const start = startParams ?? params;
        const kept = changes.filter((c) => c.day < at);
        const before = strategyOn(start, kept, at - 1);
        const change: Partial<Parameters> = {};
        for (const name of Object.keys(next) as ParameterName[])
          if (next[name] !== before[name]) change[name] = next[name];
        const timeline = Object.keys(change).length ? [...kept, { day: at, parameters: change }] : kept;
        set({
          params: next,
          startParams: timeline.length ? start : null,
          changes: timeline,
          seedCheck: null,
        });
      } else set({ params: next, startParams: null, changes: [], seedCheck: null });
    };
    return {
      ...initialState(),
      ...initial,
      setParam(name, value) {
        if (get().params[name] === value) return;
        beginEdit(name);
        edit({ ...get().params, [name]: value });
      },
      setParams(values) {
        const params = get().params;
        const names = (Object.keys(values) as ParameterName[]).filter((n) => values[n] !== undefined).sort();
        if (names.every((n) => params[n] === values[n])) return;
        beginEdit(names.join(' '));
        const next = { ...params };
        for (const n of names) next[n] = values[n]!;
        edit(next);
      },
      resetParam(name) {
        get().setParam(name, defaultParameters()[name]);
      },
      loadScenario(id, scenario) {
        beginEdit(null);
        const start = scenarioParameters(scenario);
        const changes = [...(scenario.changes ?? [])];
        const currency = scenario.currency ?? DEFAULT_CURRENCY;
        if (currency !== get().currency)
          set({ currency, baseline: null, baselineRun: null, others: [], ghost: null });
        set({
          presetId: id,
          params: strategyOn(start, changes, scenario.days),
          startParams: changes.length ? start : null,
          changes,
          seed: scenario.seed,
          days: scenario.days,
          day: 0,
          playing: false,
          seedCheck: null,
          lesson: null,
        });
      },
      setSeed(seed) {
        if (seed === get().seed) return;
        beginEdit(null);
        set({ seed, seedCheck: null, baselineRun: null, others: unrun(get().others) });
      },
      setDays(days) {
        if (days === get().days) return;
        beginEdit(null);
        // The day shown stays where it is unless the new horizon ends before it.
        // Changes after the new horizon fall away (their days are not in the run any more).
        const { startParams, params } = get();
        const changes = get().changes.filter((c) => c.day <= days);
        set({
          days,
          day: Math.min(get().day, days),
          changes,
          startParams: changes.length ? startParams : null,
          params:
            startParams && changes.length ? strategyOn(startParams, changes, days) : (startParams ?? params),
          seedCheck: null,
          baselineRun: null,
          others: unrun(get().others),
        });
      },
      setLang(lang) {
        set({ lang });
      },
      play() {
        if (get().day >= get().days) set({ day: 0 });
        set({ playing: true });
      },
      pause() {
        set({ playing: false });
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      stepDay() {
        set({ playing: false, day: Math.min(get().days, get().day + 1) });
      },
      rewind() {
        set({ playing: false, day: 0 });
      },
      scrub(day) {
        set({ day: Math.max(0, Math.min(get().days, Math.round(day))) });
      },
      setSpeed(speed) {
        set({ speed: Math.max(SPEED.min, Math.min(SPEED.max, speed)) });
      },
      receiveRun(run) {
        // While A is pinned, it is what every change is measured against.
        const ghost = get().baseline
          ? get().baselineRun
          : editBaseline !== undefined
            ? editBaseline
            : get().ghost;
        set({ run, ghost, day: Math.min(get().day, run.days), computing: false });
      },
      setComputing(computing) {
        set({ computing });
      },
      setNotice(notice) {
        set({ notice });
      },
      clearNotice() {
        set({ notice: null, linkIssues: [] });
      },
      reportFault(fault) {
        const now = get().fault;
        if (now && (now.kind !== 'failed' || fault.kind === 'failed')) return;
        set({ fault });
      },
      dismissFault() {
        set({ fault: null });
      },
      restartSimulation() {
        set({ fault: null, restarts: get().restarts + 1 });
      },
      dismissRestoreNotice() {
        set({ restoreFailed: false });
      },
      togglePresentation() {
        set({ presentation: !get().presentation });
      },
      setApplyFrom(applyFrom) {
        set({ applyFrom });
      },
      pinBaseline() {
        const { params, startParams, changes, presetId, run } = get();
        const ready = get().computing ? null : run;
        set({
          baseline: { params, startParams, changes, presetId },
          baselineRun: ready,
          ghost: ready,
          seedCheck: null,
        });
      },
      clearBaseline() {
        set({ baseline: null, baselineRun: null, others: [], seedCheck: null });
      },
      pinAnother() {
        const { params, startParams, changes, presetId, run, baseline, others, computing } = get();
        // A and the current run take two of the places
        if (!baseline || others.length >= MAX_RUNS - 2) return;
        set({
          others: [
            ...others,
            { strategy: { params, startParams, changes, presetId }, run: computing ? null : run },
          ],
          seedCheck: null,
        });
      },
      unpinOther(k) {
        set({ others: get().others.filter((_, i) => i !== k), seedCheck: null });
      },
      receiveOtherRun(strategy, run) {
        set({ others: get().others.map((o) => (o.strategy === strategy ? { ...o, run } : o)) });
      },
      goToLessonStep(id, lesson, step) {
        beginEdit(null);
        const k = Math.max(0, Math.min(Math.round(step), lesson.steps.length));
        const strategyAt = (n: number) => {
          const { params, changes } = lessonStrategy(lesson, n);
          return {
            params: strategyOn(params, changes, lesson.days),
            startParams: changes.length ? params : null,
            changes,
          };
        };
        const from = k > 0 ? lesson.steps[k - 1]!.fromDay : undefined;
        // Lessons are in dollars, as the defaults their steps start from.
        set({
          ...strategyAt(k),
          currency: DEFAULT_CURRENCY,
          presetId: null,
          seed: lesson.seed,
          days: lesson.days,
          day: from ? from - 1 : 0,
          playing: false,
          baseline: k > 0 ? { ...strategyAt(k - 1), presetId: null } : null,
          baselineRun: null,
          ghost: null,
          others: [],
          seedCheck: null,
          lesson: { id, step: k },
        });
      },
      closeLesson() {
        set({ lesson: null });
      },
      receiveBaselineRun(run) {
        set({ baselineRun: run, ghost: run });
      },
      checkSeeds() {
        const first = get().seed;
        const runs: SeedCheck['runs'] = { a: [], b: [] };
        get().others.forEach((_, k) => (runs[OTHER_RUN_IDS[k]!] = []));
        set({ seedCheck: { seeds: Array.from({ length: CHECK_SEEDS }, (_, k) => first + k), runs } });
      },
      receiveSeedRun(which, seed, frames) {
        const check = get().seedCheck;
        const before = check?.runs[which];
        if (!check || !before) return;
        const k = check.seeds.indexOf(seed);
        if (k < 0) return;
        const after = [...before];
        after[k] = frames;
        set({ seedCheck: { ...check, runs: { ...check.runs, [which]: after } } });
      },
      follow(agent) {
        set({ followed: agent === null ? null : { agent, journey: null } });
      },
      followRandomBuyer() {
        const { run, buyerPicks, day } = get();
        if (!run) return;
        const agent = pickBuyer(run, buyerPicks, day);
        set({ buyerPicks: buyerPicks + 1 });
        if (agent !== null) set({ followed: { agent, journey: null } });
      },
      receiveJourney(journey) {
        const followed = get().followed;
        if (followed?.agent === journey.agent) set({ followed: { agent: journey.agent, journey } });
      },
    };
  });
}

export type AppStoreApi = ReturnType<typeof createAppStore>;
