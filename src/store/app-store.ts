/**
 * What the page shows and what the user chose, in one vanilla Zustand store (usable outside
 * React and reset between tests). No simulation happens here: runs arrive from the worker.
 */
import { createStore } from 'zustand/vanilla';
import { defaultParameters, type ParameterName, type Parameters } from '../model/parameters';
import { scenarioParameters, type Scenario } from '../model/scenario';
import type { Lang } from '../i18n/strings';
import type { RunData } from './run-data';

export interface AppState {
  lang: Lang;
  /** the preset the parameters started from, if any */
  presetId: string | null;
  params: Parameters;
  seed: number;
  days: number;
  /** the current run (every day of the horizon), once computed */
  run: RunData | null;
  /** the run before the last change, drawn faintly for comparison */
  ghost: RunData | null;
  /** a run is being computed */
  computing: boolean;
  /** the day shown, 0 (before the run) … days */
  day: number;
  playing: boolean;
  /** days per second */
  speed: number;
  /** a message for the user (what a link could not apply, a failed run) */
  notice: string | null;
  presentation: boolean;
}

export interface AppActions {
  setParam(name: ParameterName, value: number): void;
  /**
   * Several parameters in one change (a platform sets three): one new strategy, one edit. Repeated
   * changes of the same names in quick succession are one edit, as a dragged slider is.
   */
  setParams(values: Partial<Parameters>): void;
  resetParam(name: ParameterName): void;
  loadScenario(id: string | null, scenario: Pick<Scenario, 'parameters' | 'seed' | 'days'>): void;
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
  togglePresentation(): void;
}

export type AppStore = AppState & AppActions;

export const SPEED = { min: 1, max: 30, default: 6 } as const;
/** Changes of one parameter closer together than this are one edit: the ghost stays put. */
const EDIT_PAUSE_MS = 1000;

export function initialState(): AppState {
  return {
    lang: 'en',
    presetId: 'default',
    params: defaultParameters(),
    seed: 1,
    days: 180,
    run: null,
    ghost: null,
    computing: false,
    day: 0,
    playing: false,
    speed: SPEED.default,
    notice: null,
    presentation: false,
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
    return {
      ...initialState(),
      ...initial,
      setParam(name, value) {
        if (get().params[name] === value) return;
        beginEdit(name);
        set({ params: { ...get().params, [name]: value } });
      },
      setParams(values) {
        const params = get().params;
        const names = (Object.keys(values) as ParameterName[]).filter((n) => values[n] !== undefined).sort();
        if (names.every((n) => params[n] === values[n])) return;
        beginEdit(names.join(' '));
        const next = { ...params };
        for (const n of names) next[n] = values[n]!;
        set({ params: next });
      },
      resetParam(name) {
        get().setParam(name, defaultParameters()[name]);
      },
      loadScenario(id, scenario) {
        beginEdit(null);
        set({
          presetId: id,
          params: scenarioParameters(scenario),
          seed: scenario.seed,
          days: scenario.days,
          day: 0,
          playing: false,
        });
      },
      setSeed(seed) {
        if (seed === get().seed) return;
        beginEdit(null);
        set({ seed });
      },
      setDays(days) {
        if (days === get().days) return;
        beginEdit(null);
        // The day shown stays where it is unless the new horizon ends before it.
        set({ days, day: Math.min(get().day, days) });
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
        const ghost = editBaseline !== undefined ? editBaseline : get().ghost;
        set({ run, ghost, day: Math.min(get().day, run.days), computing: false });
      },
      setComputing(computing) {
        set({ computing });
      },
      setNotice(notice) {
        set({ notice });
      },
      togglePresentation() {
        set({ presentation: !get().presentation });
      },
    };
  });
}

export type AppStoreApi = ReturnType<typeof createAppStore>;
