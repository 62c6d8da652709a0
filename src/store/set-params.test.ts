import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { platformValues } from '../model/platforms';
import { simulateRun } from '../../test/support/run-data';
import type { RunData } from './run-data';
import { createAppStore } from './app-store';

function fakeRun(budget: number): RunData {
  const params = { ...defaultParameters(), 'audience.size': 300, 'ads.dailyBudget': budget };
  return simulateRun(params, 1, 20);
}

describe('setting several parameters at once', () => {
  it('changes exactly the named parameters, in one update of the store', () => {
    const store = createAppStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setParams(platformValues('linkedin'));
    expect(updates).toBe(1);
    expect(store.getState().params).toEqual({ ...defaultParameters(), ...platformValues('linkedin') });
  });

  it('does nothing when the values are already set (no new run, no new edit)', () => {
    const store = createAppStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setParams({ 'ads.cpm': defaultParameters()['ads.cpm'], 'ads.ctr': undefined });
    store.getState().setParams({});
    expect(updates).toBe(0);
    expect(store.getState().params).toEqual(defaultParameters());
  });

  it('keeps the run before the change as the ghost, and choices in quick succession are one edit', () => {
    let clock = 0;
    const store = createAppStore({}, () => clock);
    const s = () => store.getState();
    const first = fakeRun(50);
    s().receiveRun(first);
    s().setParams(platformValues('instagram'));
    s().receiveRun(fakeRun(51));
    clock += 300; // the next platform tried at once: still the same edit
    s().setParams(platformValues('tiktok'));
    const third = fakeRun(52);
    s().receiveRun(third);
    expect(s().ghost).toBe(first);
    // after a pause, the next choice compares with the last run
    clock += 5000;
    s().setParams(platformValues('facebook'));
    s().receiveRun(fakeRun(53));
    expect(s().ghost).toBe(third);
  });

  it('starts a new edit when a slider moves one of the same parameters', () => {
    let clock = 0;
    const store = createAppStore({}, () => clock);
    const s = () => store.getState();
    s().receiveRun(fakeRun(50));
    s().setParams(platformValues('instagram'));
    const chosen = fakeRun(51);
    s().receiveRun(chosen);
    clock += 10;
    s().setParam('ads.cpm', 8);
    s().receiveRun(fakeRun(52));
    expect(s().ghost).toBe(chosen);
  });
});
