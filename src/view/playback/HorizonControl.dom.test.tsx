import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/app-store';
import { StoreContext } from '../store-context';
import { PlaybackBar } from './PlaybackBar';

function renderBar(lang: 'en' | 'ru' = 'en') {
  const store = createAppStore({ days: 30, day: 20, lang });
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
    </StoreContext.Provider>,
  );
  return store;
}

describe('the horizon in the playback bar', () => {
  it('reads as part of the day counter and changes on Enter, keeping the day shown when it can', async () => {
    const store = renderBar();
    expect(screen.getByTestId('day')).toHaveTextContent('Day 20 of 30');
    const button = screen.getByRole('button', { name: 'Horizon, days: 30' });
    await userEvent.click(button);
    const field = screen.getByTestId('horizon-field');
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, '365{Enter}');
    expect(store.getState()).toMatchObject({ days: 365, day: 20 });
    expect(screen.getByTestId('day')).toHaveTextContent('Day 20 of 365');
    expect(screen.getByTestId('horizon')).toHaveFocus();
    expect(screen.getByTestId('timeline')).toHaveAttribute('max', '365');
    // A horizon shorter than the day shown brings the day back to its end.
    await userEvent.click(screen.getByTestId('horizon'));
    await userEvent.clear(screen.getByTestId('horizon-field'));
    await userEvent.type(screen.getByTestId('horizon-field'), '10{Enter}');
    expect(store.getState()).toMatchObject({ days: 10, day: 10 });
  });

  it('refuses a horizon outside the scenario limits or not whole, keeping the one in use', async () => {
    const store = renderBar();
    await userEvent.click(screen.getByTestId('horizon'));
    const field = screen.getByTestId('horizon-field');
    for (const bad of ['0', '3651', '90.5', 'a year']) {
      await userEvent.clear(field);
      await userEvent.type(field, `${bad}{Enter}`);
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The horizon is a whole number of days from 1 to 3,650',
      );
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(store.getState().days).toBe(30);
    }
    await userEvent.type(field, '{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('horizon')).toHaveTextContent('30');
  });

  it('speaks Russian when the page does', async () => {
    renderBar('ru');
    await userEvent.click(screen.getByRole('button', { name: 'Срок моделирования, дн.: 30' }));
    await userEvent.clear(screen.getByTestId('horizon-field'));
    await userEvent.type(screen.getByTestId('horizon-field'), '-5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Срок моделирования — целое число дней от 1 до 3 650',
    );
  });
});
