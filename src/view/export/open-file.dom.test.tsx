import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/app-store';
import { StoreContext } from '../store-context';
import { ExportMenu, openScenarioFile } from './ExportMenu';

const file = (text: string, name = 'scenario.json') => new File([text], name, { type: 'application/json' });

describe('opening a scenario file', () => {
  it('leaves the run as it was and says in the page’s language what is wrong with a bad file', async () => {
    const store = createAppStore({ seed: 9, days: 60, playing: true });
    expect(await openScenarioFile(store, file('{ nope', 'broken.json'))).toBe(false);
    expect(store.getState().notice).toBe(
      'Could not open “broken.json”, the run on screen stays: (file): line 1, column 3: expected a field name in double quotes, found "nope"',
    );
    store.getState().setLang('ru');
    const wrong = JSON.stringify({
      version: 2,
      name: 'x',
      description: '',
      seed: 1,
      days: 30,
      parameters: { 'ads.ctr': 7 },
    });
    expect(await openScenarioFile(store, file(wrong, 'wrong.json'))).toBe(false);
    expect(store.getState().notice).toBe(
      'Не удалось открыть «wrong.json», на экране остаётся прежний прогон: parameters.ads.ctr: ожидается число от 0 до 1 (доля), а указано 7',
    );
    expect(store.getState()).toMatchObject({ seed: 9, days: 60, playing: true });
  });

  it('lists every problem of a file at once, one a line, in the page’s language', async () => {
    const store = createAppStore({ seed: 9, days: 60, playing: true });
    const many = JSON.stringify({
      version: 2,
      name: 'x',
      description: '',
      days: '90',
      parameters: { 'ads.budget': 20, 'ads.ctr': -1 },
    });
    expect(await openScenarioFile(store, file(many, 'many.json'))).toBe(false);
    expect(store.getState().notice).toBe(
      [
        'Could not open “many.json”, the run on screen stays. What is wrong:',
        '• seed: missing; a whole number from 0 to 4294967295',
        '• days: must be a whole number from 1 to 3650, written without quotes; got the text "90" (write 90)',
        '• parameters.ads.budget: unknown; did you mean ads.dailyBudget?',
        '• parameters.ads.ctr: must be a number from 0 to 1 (share), got -1',
      ].join('\n'),
    );
    store.getState().setLang('ru');
    expect(await openScenarioFile(store, file(many, 'many.json'))).toBe(false);
    expect(store.getState().notice).toBe(
      [
        'Не удалось открыть «many.json», на экране остаётся прежний прогон. Что не так:',
        '• seed: поле отсутствует; ожидается целое число от 0 до 4294967295',
        '• days: ожидается целое число от 1 до 3650 без кавычек, а указан текст «90» (напишите 90)',
        '• parameters.ads.budget: такого нет; может быть, имелось в виду ads.dailyBudget?',
        '• parameters.ads.ctr: ожидается число от 0 до 1 (доля), а указано -1',
      ].join('\n'),
    );
    expect(store.getState()).toMatchObject({ seed: 9, days: 60, playing: true });
  });

  it('opens a good file, dropped anywhere on the page, as its preset when it has a preset’s name', async () => {
    const store = createAppStore({ seed: 9, days: 60 });
    render(
      <StoreContext.Provider value={store}>
        <ExportMenu />
      </StoreContext.Provider>,
    );
    const good = JSON.stringify({
      version: 2,
      name: 'My plan',
      description: 'mine',
      seed: 3,
      days: 90,
      parameters: { 'ads.dailyBudget': 25 },
      changes: [{ day: 30, parameters: { 'ads.dailyBudget': 10 } }],
    });
    fireEvent.drop(window, { dataTransfer: { files: [file(good)], types: ['Files'] } });
    await waitFor(() => expect(store.getState().seed).toBe(3));
    expect(store.getState()).toMatchObject({ days: 90, presetId: null, notice: null });
    expect(store.getState().startParams?.['ads.dailyBudget']).toBe(25);
    expect(store.getState().params['ads.dailyBudget']).toBe(10);
    expect(screen.getByTestId('open-scenario')).toBeTruthy();
  });
});
