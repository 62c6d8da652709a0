import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/app-store';
import { StoreContext } from '../store-context';
import { PlaybackBar } from './PlaybackBar';

function renderBar() {
  const store = createAppStore({ days: 30 });
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
    </StoreContext.Provider>,
  );
  return store;
}

describe('playback', () => {
  it('plays and pauses, steps one day, and scrubs the timeline', async () => {
    const store = renderBar();
    await userEvent.click(screen.getByTestId('play'));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByTestId('play')).toHaveTextContent('Pause');
    await userEvent.click(screen.getByTestId('step'));
    expect(store.getState()).toMatchObject({ playing: false, day: 1 });
    expect(screen.getByTestId('day')).toHaveTextContent('Day 1 of 30');
    fireEvent.change(screen.getByTestId('timeline'), { target: { value: '20' } });
    expect(store.getState().day).toBe(20);
  });

  it('refuses a seed that is not a whole number in range, keeping the one in use', async () => {
    const store = renderBar();
    const seed = screen.getByTestId('seed');
    await userEvent.clear(seed);
    await userEvent.type(seed, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('whole number from 0 to 4,294,967,295');
    expect(store.getState().seed).toBe(1);
    await userEvent.clear(seed);
    await userEvent.type(seed, '42{Enter}');
    expect(store.getState().seed).toBe(42);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a seed was refused, and reads it like a link or the command line does', async () => {
    const store = renderBar();
    const seed = screen.getByTestId('seed');
    await userEvent.clear(seed);
    await userEvent.type(seed, '1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Not a whole number: /);
    await userEvent.clear(seed);
    await userEvent.type(seed, '0x10{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Not a number: /);
    await userEvent.clear(seed);
    await userEvent.type(seed, '1e3{Enter}');
    expect(store.getState().seed).toBe(1000);
  });

  it('writes the speed with the noun its number takes', () => {
    const store = renderBar();
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '1' } });
    expect(screen.getByTestId('speed')).toHaveAttribute('aria-valuetext', '1 day/s');
    act(() => store.getState().setLang('ru'));
    expect(screen.getByTestId('speed')).toHaveAttribute('aria-valuetext', '1 день/с');
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '5' } });
    expect(screen.getByTestId('speed')).toHaveAttribute('aria-valuetext', '5 дней/с');
  });
});
