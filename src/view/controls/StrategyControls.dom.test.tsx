import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GROUP_LABELS, PARAMETERS, PARAMETER_GROUPS, parameterSpec } from '../../model/parameters';
import { createAppStore } from '../../store/app-store';
import { StoreContext } from '../store-context';
import { StrategyControls } from './StrategyControls';
import { toPosition } from './slider-scale';

function renderControls(lang: 'en' | 'ru' = 'en') {
  const store = createAppStore({ lang });
  render(
    <StoreContext.Provider value={store}>
      <StrategyControls />
    </StoreContext.Provider>,
  );
  return store;
}

describe('strategy controls', () => {
  it('offer a labelled slider for every parameter of the schema, grouped as the article groups them', () => {
    renderControls();
    for (const g of PARAMETER_GROUPS) expect(screen.getByText(GROUP_LABELS[g].en)).toBeInTheDocument();
    for (const p of PARAMETERS) {
      const input = screen.getByTestId(`param-${p.name}`);
      expect(input).toHaveAccessibleName(p.label.en);
      expect(input).toHaveAttribute('aria-valuenow', String(p.default));
      expect(input).toHaveAccessibleDescription(expect.stringContaining(p.help.en));
    }
  });

  it('speak Russian when the page does', () => {
    renderControls('ru');
    expect(screen.getByTestId('param-ads.ctr')).toHaveAccessibleName(parameterSpec('ads.ctr')!.label.ru);
    expect(screen.getByText(GROUP_LABELS.research.ru)).toBeInTheDocument();
  });

  it('change the strategy when a slider moves, show the value with its unit, and reset to the default', async () => {
    const store = renderControls();
    const budget = parameterSpec('ads.dailyBudget')!;
    const input = screen.getByTestId('param-ads.dailyBudget');
    fireEvent.change(input, { target: { value: String(toPosition(budget, 200)) } });
    const value = store.getState().params['ads.dailyBudget'];
    expect(value).toBeGreaterThan(150);
    expect(value).toBeLessThan(250);
    expect(input).toHaveAttribute('aria-valuenow', String(value));
    expect(screen.getByTestId('value-ads.dailyBudget')).toHaveTextContent(/\$[\d,]+\/day/);
    const param = input.closest('.param') as HTMLElement;
    await userEvent.click(within(param).getByRole('button', { name: 'Reset to default' }));
    expect(store.getState().params['ads.dailyBudget']).toBe(budget.default);
  });

  it('show a share as a percentage and open the explanation on request', async () => {
    renderControls();
    expect(screen.getByTestId('value-ads.retargetingShare')).toHaveTextContent('20%');
    const toggle = screen.getByRole('button', { name: 'Retargeting share: ?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
