import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { simulateRun } from '../../test/support/run-data';
import { parseLesson } from '../engine/lesson';
import { lessonData } from '../../test/support/lesson';
import type { RunData } from './run-data';
import {
  checkedRuns,
  createAppStore,
  seedCheckDone,
  seedRunsDone,
  seedRunsTotal,
  strategyOn,
} from './app-store';

function fakeRun(budget: number): RunData {
  const params = { ...defaultParameters(), 'audience.size': 300, 'ads.dailyBudget': budget };
  return simulateRun(params, 1, 20);
}

describe('the app store', () => {
  it('starts on the default strategy at day 0, paused', () => {
    const s = createAppStore().getState();
    expect(s.params).toEqual(defaultParameters());
    expect(s.day).toBe(0);
    expect(s.playing).toBe(false);
  });

  it('plays, pauses, steps one day, scrubs and rewinds within the horizon', () => {
    const store = createAppStore({ days: 10 });
    const s = () => store.getState();
    s().play();
    expect(s().playing).toBe(true);
    s().stepDay();
    expect(s().playing).toBe(false);
    expect(s().day).toBe(1);
    s().scrub(50);
    expect(s().day).toBe(10);
    s().stepDay();
    expect(s().day).toBe(10);
    s().play(); // at the end, play starts again from day 0
    expect(s().day).toBe(0);
    s().scrub(-3);
    expect(s().day).toBe(0);
    s().scrub(4);
    s().rewind();
    expect(s().day).toBe(0);
    s().setSpeed(99);
    expect(s().speed).toBe(30);
    s().setSpeed(0);
    expect(s().speed).toBe(1);
  });

  it('keeps the run before an edit as the ghost, however many runs the dragged slider produces', () => {
    let clock = 0;
    const store = createAppStore({}, () => clock);
    const s = () => store.getState();
    const first = fakeRun(50);
    s().receiveRun(first);
    expect(s().ghost).toBeNull();
    s().setParam('ads.dailyBudget', 60);
    clock += 100;
    s().receiveRun(fakeRun(60));
    s().setParam('ads.dailyBudget', 70);
    clock += 100;
    const third = fakeRun(70);
    s().receiveRun(third);
    expect(s().ghost).toBe(first);
    // a pause ends the edit: the next change compares with the last run
    clock += 5000;
    s().setParam('ads.dailyBudget', 80);
    s().receiveRun(fakeRun(80));
    expect(s().ghost).toBe(third);
  });

  it('starts a new edit when another parameter changes', () => {
    let clock = 0;
    const store = createAppStore({}, () => clock);
    const s = () => store.getState();
    const a = fakeRun(50);
    s().receiveRun(a);
    s().setParam('ads.dailyBudget', 60);
    const b = fakeRun(60);
    s().receiveRun(b);
    clock += 10;
    s().setParam('ads.ctr', 0.02);
    s().receiveRun(fakeRun(61));
    expect(s().ghost).toBe(b);
  });

  it('loads a scenario at day 0 and resets a parameter to its default', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().scrub(30);
    s().loadScenario('x', { parameters: { 'ads.dailyBudget': 200 }, seed: 9, days: 60 });
    expect(s()).toMatchObject({ presetId: 'x', seed: 9, days: 60, day: 0 });
    expect(s().params['ads.dailyBudget']).toBe(200);
    s().resetParam('ads.dailyBudget');
    expect(s().params['ads.dailyBudget']).toBe(defaultParameters()['ads.dailyBudget']);
  });
});

describe('the currency', () => {
  const scenario = { parameters: {}, seed: 1, days: 30 };
  it('is the scenario’s: dollars by default, roubles when it says so, dollars again for a lesson', () => {
    const store = createAppStore();
    expect(store.getState().currency).toBe('USD');
    store.getState().loadScenario('ru', { ...scenario, currency: 'RUB' });
    expect(store.getState().currency).toBe('RUB');
    store.getState().loadScenario('default', scenario);
    expect(store.getState().currency).toBe('USD');
  });

  it('drops a comparison when a scenario in another currency loads: dollars and roubles do not compare', () => {
    const store = createAppStore();
    store.getState().pinBaseline();
    expect(store.getState().baseline).not.toBeNull();
    store.getState().loadScenario('same', scenario);
    expect(store.getState().baseline).not.toBeNull();
    store.getState().loadScenario('ru', { ...scenario, currency: 'RUB' });
    expect(store.getState().baseline).toBeNull();
  });

  it('stays when the language changes', () => {
    const store = createAppStore();
    store.getState().loadScenario('ru', { ...scenario, currency: 'RUB' });
    store.getState().setLang('ru');
    store.getState().setLang('en');
    expect(store.getState().currency).toBe('RUB');
  });
});

describe('a change of strategy during the run', () => {
  const base = defaultParameters();

  it('applies from the day shown: the days before keep the strategy they had', () => {
    const store = createAppStore({ days: 180 });
    const s = () => store.getState();
    s().scrub(90);
    s().setParam('feedback.responseHours', 1);
    expect(s().startParams).toEqual(base);
    expect(s().changes).toEqual([{ day: 90, parameters: { 'feedback.responseHours': 1 } }]);
    expect(s().params['feedback.responseHours']).toBe(1);
    // a later change adds to the timeline; each carries only what differs from the day before
    s().scrub(120);
    s().setParam('ads.dailyBudget', 30);
    expect(s().changes).toEqual([
      { day: 90, parameters: { 'feedback.responseHours': 1 } },
      { day: 120, parameters: { 'ads.dailyBudget': 30 } },
    ]);
    // a change before the last rewrites the days after it: later changes fall away
    s().scrub(100);
    s().setParam('feedback.tone', 0.9);
    expect(s().changes).toEqual([
      { day: 90, parameters: { 'feedback.responseHours': 1 } },
      { day: 100, parameters: { 'feedback.tone': 0.9, 'ads.dailyBudget': 30 } },
    ]);
    expect(strategyOn(s().startParams!, s().changes, 99)['ads.dailyBudget']).toBe(base['ads.dailyBudget']);
    expect(strategyOn(s().startParams!, s().changes, 180)).toEqual(s().params);
  });

  it('applies to the whole run from day 0, on day 0 or 1, or for a new audience size', () => {
    const store = createAppStore({ days: 180 });
    const s = () => store.getState();
    s().setParam('ads.dailyBudget', 30);
    expect(s().changes).toEqual([]);
    expect(s().startParams).toBeNull();
    s().scrub(60);
    s().setParam('feedback.tone', 0.9);
    expect(s().changes).toHaveLength(1);
    s().setParam('audience.size', 3000);
    expect(s().changes).toEqual([]);
    expect(s().params).toMatchObject({ 'audience.size': 3000, 'feedback.tone': 0.9, 'ads.dailyBudget': 30 });
    s().setApplyFrom('start');
    s().setParam('feedback.tone', 0.5);
    expect(s().changes).toEqual([]);
    expect(s().startParams).toBeNull();
  });

  it('drops the changes a shorter horizon leaves out, and plays a scenario’s own changes', () => {
    const store = createAppStore({ days: 180 });
    const s = () => store.getState();
    s().scrub(150);
    s().setParam('feedback.tone', 0.9);
    s().setDays(120);
    expect(s().changes).toEqual([]);
    expect(s().params['feedback.tone']).toBe(base['feedback.tone']);
    s().loadScenario('answer-from-day-90', {
      parameters: { 'feedback.answeredShare': 0.1 },
      seed: 4,
      days: 365,
      changes: [{ day: 90, parameters: { 'feedback.answeredShare': 0.95 } }],
    });
    expect(s().startParams?.['feedback.answeredShare']).toBe(0.1);
    expect(s().params['feedback.answeredShare']).toBe(0.95);
    expect(s().changes).toHaveLength(1);
  });
});

describe('the check over seeds', () => {
  /** A store comparing A with B, C pinned beside them, and the run on screen. */
  function comparingWithC() {
    const store = createAppStore({ days: 20 });
    const s = () => store.getState();
    s().receiveRun(fakeRun(50));
    s().pinBaseline();
    s().setParam('ads.dailyBudget', 60);
    s().receiveRun(fakeRun(60));
    s().pinAnother();
    return { store, s };
  }
  const days = fakeRun(50).frames;

  it('covers A and B, and C and D when they are pinned, on the shown seed and the next ones', () => {
    const { s } = comparingWithC();
    s().checkSeeds();
    const check = s().seedCheck!;
    expect(check.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(checkedRuns(check)).toEqual(['a', 'b', 'c']);
    expect(seedRunsTotal(check)).toBe(30);
    s().pinAnother();
    s().checkSeeds();
    expect(checkedRuns(s().seedCheck!)).toEqual(['a', 'b', 'c', 'd']);
    expect(seedRunsTotal(s().seedCheck!)).toBe(40);
  });

  it('counts every run that came back, of every run checked, and is done when all are in', () => {
    const { s } = comparingWithC();
    s().checkSeeds();
    const seeds = s().seedCheck!.seeds;
    s().receiveSeedRun('c', seeds[3]!, days);
    s().receiveSeedRun('a', seeds[0]!, days);
    expect(seedRunsDone(s().seedCheck!)).toBe(2);
    expect(s().seedCheck!.runs.c![3]).toBeDefined();
    // D is not pinned, and a seed outside the check is not one of its runs: both are ignored
    s().receiveSeedRun('d', seeds[0]!, days);
    s().receiveSeedRun('b', 99, days);
    expect(s().seedCheck!.runs.d).toBeUndefined();
    expect(seedRunsDone(s().seedCheck!)).toBe(2);
    for (const seed of seeds)
      for (const id of ['a', 'b', 'c'] as const) {
        expect(seedCheckDone(s().seedCheck!)).toBe(false);
        s().receiveSeedRun(id, seed, days);
      }
    expect(seedRunsDone(s().seedCheck!)).toBe(30);
    expect(seedCheckDone(s().seedCheck!)).toBe(true);
  });

  it('is dropped when C or D is pinned or unpinned, or the strategy, the seed, the horizon or A change', () => {
    const { s } = comparingWithC();
    const drops: [string, () => void][] = [
      ['pin D', () => s().pinAnother()],
      ['unpin C', () => s().unpinOther(0)],
      ['change the strategy', () => s().setParam('ads.dailyBudget', s().params['ads.dailyBudget'] + 5)],
      ['change the seed', () => s().setSeed(s().seed + 1)],
      ['change the horizon', () => s().setDays(s().days - 1)],
      ['pin A again', () => s().pinBaseline()],
      ['stop comparing', () => s().clearBaseline()],
    ];
    for (const [what, act] of drops) {
      s().checkSeeds();
      expect(s().seedCheck, what).not.toBeNull();
      act();
      expect(s().seedCheck, what).toBeNull();
    }
  });

  it('keeps the check when a pinned run of the shown seed arrives', () => {
    const { s } = comparingWithC();
    s().checkSeeds();
    const check = s().seedCheck;
    s().receiveOtherRun(s().others[0]!.strategy, fakeRun(60));
    expect(s().seedCheck).toBe(check);
  });
});

describe('lessons in the store', () => {
  const lesson = parseLesson(lessonData(5));

  it('the starting point is the lesson’s strategy, seed and horizon, with nothing compared', () => {
    const store = createAppStore();
    store.getState().pinBaseline();
    store.getState().goToLessonStep('l', lesson, 0);
    const s = store.getState();
    expect(s.lesson).toEqual({ id: 'l', step: 0 });
    expect(s.params['content.postsPerWeek']).toBe(2);
    expect([s.seed, s.days, s.day, s.presetId, s.baseline]).toEqual([5, 120, 0, null, null]);
  });

  it('a step runs beside the step before, pinned as A', () => {
    const store = createAppStore();
    store.getState().goToLessonStep('l', lesson, 1);
    const s = store.getState();
    expect(s.params['content.postsPerWeek']).toBe(7);
    expect(s.baseline?.params['content.postsPerWeek']).toBe(2);
    expect(s.baselineRun).toBeNull();
    expect(s.day).toBe(0);
  });

  it('a step from a later day is a change on that day, shown from the day before it', () => {
    const store = createAppStore();
    store.getState().goToLessonStep('l', lesson, 2);
    const s = store.getState();
    expect(s.changes).toEqual([{ day: 60, parameters: { 'feedback.answeredShare': 1 } }]);
    expect(s.startParams?.['feedback.answeredShare']).toBe(0.5);
    expect(s.params['feedback.answeredShare']).toBe(1);
    expect(s.baseline?.changes).toEqual([]);
    expect(s.baseline?.params['content.postsPerWeek']).toBe(7);
    expect(s.day).toBe(59);
  });

  it('steps stay within the lesson; choosing a preset closes it; closing keeps what is on screen', () => {
    const store = createAppStore();
    store.getState().goToLessonStep('l', lesson, 9);
    expect(store.getState().lesson).toEqual({ id: 'l', step: 2 });
    store.getState().closeLesson();
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().params['feedback.answeredShare']).toBe(1);
    store.getState().goToLessonStep('l', lesson, 1);
    store.getState().loadScenario('default', { parameters: {}, seed: 1, days: 180 });
    expect(store.getState().lesson).toBeNull();
  });
});
