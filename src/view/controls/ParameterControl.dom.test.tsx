import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, PARAMETER_ENDS, defaultParameters } from '../../model/parameters';
import { createAppStore } from '../../store/app-store';
import { StoreContext } from '../store-context';
import { StrategyControls } from './StrategyControls';

/** The budget's declared default, which a refused or abandoned value must leave in place. */
const BUDGET_DEFAULT = defaultParameters()['ads.dailyBudget'];

function renderControls(lang: 'en' | 'ru' = 'en') {
  const store = createAppStore({ lang });
  render(
    <StoreContext.Provider value={store}>
      <StrategyControls />
    </StoreContext.Provider>,
  );
  return store;
}

/** Opens a parameter's exact-value field by clicking its value, as a user would. */
async function openField(name: string) {
  await userEvent.click(screen.getByTestId(`value-${name}`));
  return screen.getByTestId(`field-${name}`) as HTMLInputElement;
}

describe('an exact value typed for a parameter', () => {
  it('is taken on Enter, and the focus returns to the value', async () => {
    const store = renderControls();
    const field = await openField('ads.dailyBudget');
    expect(field).toHaveFocus();
    expect(field).toHaveValue(String(BUDGET_DEFAULT));
    expect(field).toHaveAccessibleName('Daily ad budget: type an exact value');
    await userEvent.clear(field);
    await userEvent.type(field, '123.5{Enter}');
    expect(store.getState().params['ads.dailyBudget']).toBe(123.5);
    expect(screen.queryByTestId('field-ads.dailyBudget')).toBeNull();
    expect(screen.getByTestId('value-ads.dailyBudget')).toHaveFocus();
    expect(screen.getByTestId('param-ads.dailyBudget')).toHaveAttribute('aria-valuenow', '123.5');
  });

  it('out of range shows one message, keeps the old value, and Escape closes the field', async () => {
    const store = renderControls();
    const field = await openField('ads.dailyBudget');
    await userEvent.clear(field);
    await userEvent.type(field, '2000000{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a number between 0 and 1,000,000');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Type a number between 0 and 1,000,000');
    expect(store.getState().params['ads.dailyBudget']).toBe(BUDGET_DEFAULT);
    await userEvent.type(field, '{Escape}');
    expect(screen.queryByTestId('field-ads.dailyBudget')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().params['ads.dailyBudget']).toBe(BUDGET_DEFAULT);
  });

  it('refuses text that is not a number, and leaving the field keeps the old value and the message', async () => {
    const store = renderControls();
    const field = await openField('content.postsPerWeek');
    await userEvent.clear(field);
    await userEvent.type(field, 'lots');
    await userEvent.tab();
    expect(screen.queryByTestId('field-content.postsPerWeek')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Type a number between 0 and 28');
    expect(store.getState().params['content.postsPerWeek']).toBe(5);
  });

  it('asks for a whole number where the schema does', async () => {
    const store = renderControls();
    const field = await openField('audience.size');
    await userEvent.clear(field);
    await userEvent.type(field, '5000.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a whole number between 100 and 1,000,000');
    await userEvent.clear(field);
    await userEvent.type(field, '12,000{Enter}');
    expect(store.getState().params['audience.size']).toBe(12_000);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes a share in percent, as the value shows it', async () => {
    const store = renderControls();
    const field = await openField('ads.retargetingShare');
    expect(field).toHaveValue('20');
    await userEvent.clear(field);
    await userEvent.type(field, '7{Enter}');
    expect(store.getState().params['ads.retargetingShare']).toBe(0.07);
    expect(screen.getByTestId('value-ads.retargetingShare')).toHaveTextContent('7%');
  });

  it('reads a Russian decimal comma and speaks Russian when refusing', async () => {
    const store = renderControls('ru');
    const field = await openField('ads.cpm');
    expect(field).toHaveValue('10');
    await userEvent.clear(field);
    await userEvent.type(field, '12,5{Enter}');
    expect(store.getState().params['ads.cpm']).toBe(12.5);
    const share = await openField('ads.retargetingShare');
    await userEvent.clear(share);
    await userEvent.type(share, '150{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Введите число от 0 % до 100 %');
    expect(store.getState().params['ads.retargetingShare']).toBe(0.2);
  });
});

describe('a slider by keyboard (the keys themselves are tested in a real browser)', () => {
  it('steps to the next round value, pages further, and goes to the ends', () => {
    const store = renderControls();
    const slider = screen.getByTestId('param-ads.dailyBudget');
    const budget = () => store.getState().params['ads.dailyBudget'];
    // From 50, whatever the default: the grid steps by 5 there and the next page stop is 100.
    act(() => store.getState().setParam('ads.dailyBudget', 50));
    expect(slider).toHaveAttribute('aria-valuenow', '50');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(budget()).toBe(55);
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(budget()).toBe(50);
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(budget()).toBe(100);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(budget()).toBe(1_000_000);
    expect(slider).toHaveAttribute('aria-valuemax', '1000000');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(budget()).toBe(0);
    // A key the slider does not handle, or one with a modifier, is left to the browser.
    expect(fireEvent.keyDown(slider, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(slider, { key: 'ArrowRight', altKey: true })).toBe(true);
    expect(budget()).toBe(0);
  });
});

describe('a parameter’s help', () => {
  it('gives its range and the name that links, scenario files and the CLI use, in both languages', () => {
    const help = () => {
      const slider = screen.getByTestId('param-ads.dailyBudget');
      // Intl puts no-break spaces inside numbers and before units
      return document
        .getElementById(slider.getAttribute('aria-describedby')!)!
        .textContent!.replace(/[\u00a0\u202f]/g, ' ');
    };
    const store = renderControls();
    expect(help()).toContain(
      'Range: $0/day to $1,000,000/day. In links, scenario files and the CLI: ads.dailyBudget',
    );
    act(() => store.getState().setLang('ru'));
    expect(help()).toContain('Диапазон: от 0 $ в день до 1 000 000 $ в день.');
    expect(help()).toContain('В ссылках, файлах сценариев и командной строке: ads.dailyBudget');
  });

  it('says what the two ends of every share and score mean, in both languages', () => {
    const shares = PARAMETERS.filter((p) => p.unit === 'share' || p.unit === 'score').map((p) => p.name);
    expect(Object.keys(PARAMETER_ENDS).sort()).toEqual([...shares].sort());
    for (const ends of Object.values(PARAMETER_ENDS)) {
      expect(ends.en).toMatch(/^0: .+; 1: .+\.$/);
      expect(ends.ru).toMatch(/^0 — .+; 1 — .+\.$/);
    }
    renderControls();
    const slider = screen.getByTestId('param-feedback.answeredShare');
    expect(document.getElementById(slider.getAttribute('aria-describedby')!)!.textContent).toContain(
      '0: no complaint is answered; 1: every one is.',
    );
  });
});
