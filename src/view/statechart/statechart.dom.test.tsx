import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { AGENT_EVENTS, agentMachine, STATES, STATE_META } from '../../model/agent';
import { defaultParameters } from '../../model/parameters';
import { createAppStore } from '../../store/app-store';
import { countsAt, transitionsAt } from '../../store/run-data';
import { agentTransitions } from '../../engine/transitions';
import { GUARD_WORDS } from '../../i18n/statechart-strings';
import { simulateRun } from '../../../test/support/run-data';
import { StoreContext } from '../store-context';
import { readGraph } from './machine-graph';
import { Statechart, StatechartPanel } from './StatechartPanel';

const params = { ...defaultParameters(), 'audience.size': 1500, 'ads.dailyBudget': 300 };
const RUN = simulateRun(params, 3, 20);

/** Every transition of the machine, read here from XState's own state nodes: `state.EVENT.order`. */
function machineTransitions(): { id: string; guard: string | undefined; target: string | undefined }[] {
  const out: { id: string; guard: string | undefined; target: string | undefined }[] = [];
  for (const [name, node] of Object.entries(agentMachine.root.states)) {
    for (const [event, list] of node.transitions) {
      list.forEach((t, k) => {
        const guard =
          t.guard === undefined
            ? undefined
            : typeof t.guard === 'string'
              ? t.guard
              : (t.guard as { type: string }).type;
        out.push({ id: `${name}.${event}.${k}`, guard, target: t.target?.[0]?.key });
      });
    }
    expect(node.always ?? []).toEqual([]);
  }
  return out;
}

function svg(): SVGSVGElement {
  return screen.getByTestId('statechart') as unknown as SVGSVGElement;
}

describe('the statechart panel', () => {
  it('draws every state and every transition of the machine, each with its guard in words and in code', () => {
    render(<Statechart run={RUN} day={5} lang="en" />);
    const chart = svg();
    expect([...chart.querySelectorAll('[data-state]')].map((g) => g.getAttribute('data-state'))).toEqual(
      STATES,
    );
    const all = machineTransitions();
    expect(all.length).toBe(agentTransitions().list.length);
    for (const t of all) {
      const g = chart.querySelector(`[data-transition="${t.id}"]`);
      expect(g, t.id).not.toBeNull();
      // the guard's words are shown, its code name is the tooltip
      expect(g!.getAttribute('data-guard')).toBe(t.guard ?? '');
      if (t.guard) {
        expect(g!.textContent).toContain(GUARD_WORDS[t.guard as keyof typeof GUARD_WORDS].en);
        expect(g!.querySelector('title')!.textContent).toContain(t.guard);
      } else expect(g!.textContent).toContain('otherwise');
      // a transition to another state ends in an arrow to it, drawn from the block that lists it
      const [source] = t.id.split('.');
      if (t.target && t.target !== source) {
        expect(chart.querySelector(`[data-edge="${source}>${t.target}"]`), t.id).not.toBeNull();
        expect(g!.closest('[data-block]')!.getAttribute('data-block')).toBe(t.target);
      } else expect(g!.closest('[data-block]')!.getAttribute('data-block')).toBe('stays');
    }
    // one arrow per pair of states linked by a transition, and none other
    const pairs = new Set(
      all
        .filter((t) => t.target && t.target !== t.id.split('.')[0])
        .map((t) => `${t.id.split('.')[0]}>${t.target}`),
    );
    expect(
      new Set([...chart.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge'))),
    ).toEqual(pairs);
  });

  it('shows the people in each state as countsAt does, and the day’s count of each transition', () => {
    const { rerender } = render(<Statechart run={RUN} day={0} lang="en" />);
    for (const day of [0, 1, 7, 20]) {
      rerender(<Statechart run={RUN} day={day} lang="en" />);
      const counts = countsAt(RUN, day);
      STATES.forEach((s, i) => {
        const g = svg().querySelector(`[data-state="${s}"]`)!;
        expect(Number(g.getAttribute('data-count')), `${s} on day ${day}`).toBe(counts[i]);
        expect(g.querySelector('.statechart-count')!.textContent).toBe(counts[i]!.toLocaleString('en-US'));
      });
      const taken = transitionsAt(RUN, day)!;
      for (const t of agentTransitions().list) {
        const id = `${t.state}.${t.eventType}.${t.order}`;
        const g = svg().querySelector(`[data-transition="${id}"]`)!;
        expect(Number(g.getAttribute('data-count')), id).toBe(taken[t.index]);
      }
      // an arrow's count is the sum of its transitions'
      for (const e of svg().querySelectorAll('[data-edge]')) {
        const [from, to] = e.getAttribute('data-edge')!.split('>');
        const sum = agentTransitions()
          .list.filter((t) => t.state === from && STATES[t.to] === to)
          .reduce((a, t) => a + taken[t.index]!, 0);
        expect(Number(e.getAttribute('data-count'))).toBe(sum);
      }
    }
    // something happened on day 7: the counts are not all zero
    expect(transitionsAt(RUN, 7)!.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('shows a state added to the machine, with its place', () => {
    const meta = { ...STATE_META.aware, place: 'community' as const };
    const toy = createMachine({
      id: 'toy',
      initial: 'aware',
      states: {
        aware: { meta: STATE_META.aware, on: { AD: { target: 'curious', guard: 'clicksAd' } } },
        curious: {
          meta,
          on: { DAY: 'aware' },
          after: { 1000: 'aware' },
          always: { guard: 'forgets', target: 'aware' },
        },
      },
    });
    const graph = readGraph(toy);
    expect(graph.states.map((s) => s.id)).toEqual(['aware', 'curious']);
    expect(graph.transitions.map((t) => `${t.id}>${t.target}`)).toEqual([
      'aware.AD.0>curious',
      'curious.DAY.0>aware',
      'curious.always.0>aware',
      'curious.after.0>aware',
    ]);
    render(<Statechart run={RUN} day={3} lang="ru" graph={graph} />);
    expect(svg().querySelector('[data-state="curious"]')).not.toBeNull();
    expect(svg().querySelector('[data-edge="curious>aware"]')).not.toBeNull();
    expect(svg().querySelector('[data-place="community"]')).not.toBeNull();
  });

  it('is closed by default and draws when opened, in the language chosen', () => {
    const store = createAppStore({ run: RUN, days: RUN.days });
    render(
      <StoreContext.Provider value={store}>
        <StatechartPanel />
      </StoreContext.Provider>,
    );
    const summary = screen.getByText('Inside one agent: the statechart');
    expect(summary.closest('details')!.open).toBe(false);
    expect(screen.queryByTestId('statechart')).toBeNull();
    act(() => {
      summary.closest('details')!.open = true;
      fireEvent(summary.closest('details')!, new Event('toggle'));
    });
    expect(svg().querySelectorAll('[data-state]')).toHaveLength(STATES.length);
    act(() => store.getState().scrub(9));
    const counts = countsAt(RUN, 9);
    expect(Number(svg().querySelector('[data-state="aware"]')!.getAttribute('data-count'))).toBe(counts[1]);
    act(() => store.setState({ lang: 'ru' }));
    expect(screen.getByText('Внутри одного агента: диаграмма состояний')).toBeTruthy();
    expect(svg().textContent).toContain('Знает бренд');
    expect(svg().textContent).toContain('Конец дня');
    expect(AGENT_EVENTS.length).toBeGreaterThan(0);
  });
});
