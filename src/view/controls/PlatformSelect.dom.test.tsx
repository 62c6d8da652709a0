import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultParameters, parameterSpec } from '../../model/parameters';
import { PLATFORMS, PLATFORM_PARAMETERS, platformOf, platformValues } from '../../model/platforms';
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

const select = () => screen.getByTestId('platform-select') as HTMLSelectElement;
const shownOption = () => select().selectedOptions[0]!.textContent;

describe('the platform select', () => {
  it('sits among the research results, labelled, listing every profile', () => {
    renderControls();
    const research = screen.getByText('Research results').closest('details')!;
    const box = within(research).getByRole('combobox', { name: 'Platform' });
    expect(box).toBe(select());
    expect([...select().options].map((o) => o.textContent)).toEqual(PLATFORMS.map((p) => p.label.en));
    expect(select()).toHaveAccessibleDescription(
      expect.stringContaining('averages: cost per 1000 impressions, click-through rate, organic reach.'),
    );
  });

  it('shows the platform whose averages the strategy has (the default strategy’s are Facebook’s)', () => {
    renderControls();
    expect(select().value).toBe(platformOf(defaultParameters()) ?? 'custom');
  });

  it('sets the three sliders to the chosen platform’s averages, in one change of the strategy', async () => {
    const store = renderControls();
    let updates = 0;
    store.subscribe((s, prev) => {
      if (s.params !== prev.params) updates++;
    });
    await userEvent.selectOptions(select(), 'linkedin');
    expect(updates).toBe(1);
    for (const name of PLATFORM_PARAMETERS) {
      expect(screen.getByTestId(`param-${name}`)).toHaveAttribute(
        'aria-valuenow',
        String(platformValues('linkedin')[name]),
      );
    }
    expect(screen.getByTestId('value-ads.cpm')).toHaveTextContent('$30');
    expect(shownOption()).toBe('LinkedIn');
    // everything else is as it was
    expect(store.getState().params).toEqual({ ...defaultParameters(), ...platformValues('linkedin') });
  });

  it('says "Custom values" once a slider moves one of the three, and a platform can be chosen again', async () => {
    const store = renderControls();
    await userEvent.selectOptions(select(), 'instagram');
    const cpm = parameterSpec('ads.cpm')!;
    fireEvent.change(screen.getByTestId('param-ads.cpm'), { target: { value: String(toPosition(cpm, 20)) } });
    expect(store.getState().params['ads.cpm']).not.toBe(platformValues('instagram')['ads.cpm']);
    expect(select().value).toBe('custom');
    expect(shownOption()).toBe('Custom values');
    expect(screen.getByText(/match no platform’s published averages/)).toBeInTheDocument();
    await userEvent.selectOptions(select(), 'tiktok');
    expect(store.getState().params['ads.cpm']).toBe(platformValues('tiktok')['ads.cpm']);
    expect([...select().options].map((o) => o.value)).not.toContain('custom');
  });

  it('opens where each figure comes from, and marks an assumption as one', async () => {
    renderControls();
    await userEvent.selectOptions(select(), 'tiktok');
    expect(screen.queryByTestId('platform-sources')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Platform: ?' }));
    const sources = screen.getByTestId('platform-sources');
    expect(sources).toHaveTextContent('Right Side Up & Varos 2024');
    expect(sources).toHaveTextContent('Socialinsider 2023');
    expect(sources).toHaveTextContent('an assumption');
  });

  it('speaks Russian when the page does', async () => {
    renderControls('ru');
    expect(screen.getByRole('combobox', { name: 'Площадка' })).toBe(select());
    fireEvent.change(screen.getByTestId('param-ads.ctr'), {
      target: { value: String(toPosition(parameterSpec('ads.ctr')!, 0.05)) },
    });
    expect(shownOption()).toBe('Свои значения');
    expect(screen.getByText(/не совпадают со средними ни одной площадки/)).toBeInTheDocument();
    await userEvent.selectOptions(select(), 'instagram');
    await userEvent.click(screen.getByRole('button', { name: 'Площадка: ?' }));
    expect(screen.getByTestId('platform-sources')).toHaveTextContent('Кликабельность (CTR): 0,6 %');
  });
});
