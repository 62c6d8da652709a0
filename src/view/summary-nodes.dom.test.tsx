import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STATES } from '../model/agent';
import { defaultParameters } from '../model/parameters';
import { createAppStore } from '../store/app-store';
import { simulateRun } from '../../test/support/run-data';
import { LiveSummary } from './LiveSummary';
import { LoopView } from './loop/LoopView';
import { StoreContext } from './store-context';

const params = { ...defaultParameters(), 'audience.size': 3000, 'ads.dailyBudget': 400 };
const RUN = simulateRun(params, 7, 90);

/**
 * The numbers the summary line says: the day, then the first word of each part (the count, as
 * the page formats it), in its order: the community, the customers, the complaints waiting.
 */
function spoken(summary: string): string[] {
  const [head, ...parts] = summary.replace(/\.$/, '').split(/: |, /);
  return [head!.replace(/^Day /, ''), ...parts.map((p) => p.split(' ')[0]!)];
}

// jsdom has no canvas: the dots are not drawn here, only the counts.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe('the summary line and the loop’s nodes', () => {
  it('show the same counts on every day, day 0 (before anyone moved) included', () => {
    const store = createAppStore({ run: RUN, days: RUN.days });
    render(
      <StoreContext.Provider value={store}>
        <LoopView />
        <LiveSummary />
      </StoreContext.Provider>,
    );
    for (let day = 0; day <= RUN.days; day++) {
      act(() => store.getState().scrub(day));
      const [shown, community, customers, waiting] = spoken(screen.getByTestId('summary').textContent!);
      expect(Number(shown)).toBe(day);
      expect({ day, community, customers, waiting }).toEqual({
        day,
        community: screen.getByTestId('count-community').textContent,
        customers: screen.getByTestId('count-product').textContent,
        waiting: screen.getByTestId('count-feedback').textContent,
      });
    }
  });

  it('start from the agents’ states before day 1, not from the end of day 1', () => {
    const store = createAppStore({ run: RUN, days: RUN.days, day: 0 });
    render(
      <StoreContext.Provider value={store}>
        <LoopView />
        <LiveSummary />
      </StoreContext.Provider>,
    );
    const followers = RUN.initial.filter((s) => s === STATES.indexOf('follower')).length;
    const afterDayOne = RUN.counts[STATES.length + STATES.indexOf('follower')]!;
    // The strategy makes followers on day 1, so the two days can be told apart.
    expect(afterDayOne).not.toBe(followers);
    expect(screen.getByTestId('count-community')).toHaveTextContent(String(followers));
    expect(spoken(screen.getByTestId('summary').textContent!).slice(0, 2)).toEqual(['0', String(followers)]);
  });
});
