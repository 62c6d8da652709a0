import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultParameters } from './model/parameters';
import { createAppStore } from './store/app-store';
import { createClock } from './store/clock';
import { metricAt } from './store/run-data';
import { fakeFrames } from '../test/support/frames';
import { simulateRun } from '../test/support/run-data';
import { Page } from './App';
import { ClockContext, StoreContext } from './view/store-context';

/** Renders of each counted panel (React's profiler, every commit of its tree). */
const renders = vi.hoisted(() => ({}) as Record<string, number>);

vi.mock('./view/Header', async (original) => {
  const { counted } = await import('../test/support/render-count');
  return counted(await original<typeof import('./view/Header')>(), 'Header', renders);
});
vi.mock('./view/controls/StrategyControls', async (original) => {
  const { counted } = await import('../test/support/render-count');
  return counted(
    await original<typeof import('./view/controls/StrategyControls')>(),
    'StrategyControls',
    renders,
  );
});
vi.mock('./view/playback/PlaybackBar', async (original) => {
  const { counted } = await import('../test/support/render-count');
  return counted(await original<typeof import('./view/playback/PlaybackBar')>(), 'PlaybackBar', renders);
});
// The loop view is not on this page: time must not depend on it.
vi.mock('./view/loop/LoopView', () => ({ LoopView: () => null }));

const RUN = simulateRun({ ...defaultParameters(), 'audience.size': 2000, 'ads.dailyBudget': 300 }, 3, 60);

function renderPage() {
  const store = createAppStore({ run: RUN, days: RUN.days, speed: 8 });
  const frames = fakeFrames();
  const clock = createClock(store, frames.driver);
  clock.start();
  render(
    <StoreContext.Provider value={store}>
      <ClockContext.Provider value={clock}>
        <Page />
      </ClockContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, frames };
}

describe('the page and the day clock', () => {
  it('moves the figures, the summary and the charts with the clock, without the loop view', () => {
    const { store, frames } = renderPage();
    const buyers = () => screen.getByTestId('kpi-buyers').textContent;
    const chartDays = () =>
      [...document.querySelectorAll('.charts-panel [data-day]')].map((el) => el.getAttribute('data-day'));
    expect(screen.getByTestId('summary')).toHaveTextContent(/^Day 0:/);
    expect(chartDays()).toEqual([]);

    act(() => store.getState().play());
    act(() => frames.run(0, 1250, 125)); // ten days at 8 days a second
    expect(store.getState().day).toBe(10);
    expect(screen.getByTestId('day')).toHaveTextContent('Day 10 of 60');
    expect(screen.getByTestId('summary')).toHaveTextContent(/^Day 10:/);
    expect(buyers()).toBe(String(metricAt(RUN, 'buyers', 10)));
    // While playing, the charts follow every third day at this speed.
    expect(new Set(chartDays())).toEqual(new Set(['9']));

    act(() => store.getState().pause());
    expect(new Set(chartDays())).toEqual(new Set(['10']));
  });

  it('re-renders only the panels that show the day when the day advances', () => {
    const { store, frames } = renderPage();
    act(() => store.getState().play());
    act(() => frames.frame(0));
    const before = { ...renders };
    // One frame at a time, as the browser delivers them (one act() would batch them in one render).
    for (let t = 125; t <= 1250; t += 125) act(() => frames.frame(t));
    expect(store.getState().day).toBe(10);
    expect(renders.Header).toBe(before.Header);
    expect(renders.StrategyControls).toBe(before.StrategyControls);
    // The playback bar shows the day: one render per day, not more.
    expect(renders.PlaybackBar! - before.PlaybackBar!).toBe(10);
  });
});
