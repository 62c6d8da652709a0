import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { createAppStore, type AppStoreApi } from '../store/app-store';
import { Header } from './Header';
import { PRESETS, isPresetModified } from './presets';
import { StoreContext } from './store-context';

function renderHeader(store: AppStoreApi) {
  render(
    <StoreContext.Provider value={store}>
      <Header />
    </StoreContext.Provider>,
  );
  return store;
}

const shownName = () => (screen.getByTestId('scenario') as HTMLSelectElement).selectedOptions[0]!.text;
const story = () => document.querySelector('.header-story')?.textContent ?? '';

describe('the scenario in the header', () => {
  it('names the preset while it is as its file has it', () => {
    renderHeader(createAppStore());
    expect(shownName()).toBe('Default strategy');
    expect(story()).not.toContain('Before your changes');
  });

  it('marks an edited preset as modified, and choosing the preset again loads it as it was', async () => {
    const store = renderHeader(createAppStore());
    act(() => store.getState().setParam('ads.dailyBudget', 100));
    expect(shownName()).toBe('Default strategy (modified)');
    expect(story()).toMatch(/^Before your changes: /);
    await userEvent.selectOptions(screen.getByTestId('scenario'), 'default');
    expect(store.getState().params).toEqual(defaultParameters());
    expect(shownName()).toBe('Default strategy');
  });

  it('counts a changed horizon as a change, and a changed seed not (same strategy, another audience)', () => {
    const store = renderHeader(createAppStore());
    act(() => store.getState().setSeed(7));
    expect(shownName()).toBe('Default strategy');
    act(() => store.getState().setDays(365));
    expect(shownName()).toBe('Default strategy (modified)');
  });

  it('calls a scenario without a preset a custom strategy, in both languages', () => {
    const store = renderHeader(createAppStore({ presetId: null }));
    expect(shownName()).toBe('Custom strategy');
    act(() => store.getState().setLang('ru'));
    expect(shownName()).toBe('Своя стратегия');
    act(() => store.setState({ presetId: 'default' }));
    act(() => store.getState().setParam('content.postsPerWeek', 6));
    expect(shownName()).toBe('Стратегия по умолчанию (изменено)');
  });
});

describe('a preset is modified', () => {
  it('when a parameter, a change over time or the horizon differs from its file, for every preset', () => {
    for (const { id, scenario } of PRESETS) {
      const params = { ...defaultParameters(), ...scenario.parameters };
      const changes = [...(scenario.changes ?? [])];
      const strategy = { params, startParams: changes.length ? params : null, changes };
      expect(isPresetModified(id, strategy, scenario.days)).toBe(false);
      expect(isPresetModified(id, strategy, scenario.days + 1)).toBe(true);
      const cheaper = { ...params, 'ads.cpm': params['ads.cpm'] + 1 };
      expect(isPresetModified(id, { ...strategy, params: cheaper, startParams: null }, scenario.days)).toBe(
        true,
      );
      expect(
        isPresetModified(
          id,
          { ...strategy, changes: [...changes, { day: 2, parameters: { 'ads.cpm': 1 } }] },
          scenario.days,
        ),
      ).toBe(true);
    }
    const none = { params: defaultParameters(), startParams: null, changes: [] };
    expect(isPresetModified(null, none, 180)).toBe(false);
  });
});
