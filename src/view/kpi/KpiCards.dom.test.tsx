import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../model/parameters';
import { createAppStore } from '../../store/app-store';
import { metricAt } from '../../store/run-data';
import { simulateRun } from '../../../test/support/run-data';
import { StoreContext } from '../store-context';
import { KpiCards } from './KpiCards';

function run(budget: number) {
  const params = { ...defaultParameters(), 'audience.size': 2000, 'ads.dailyBudget': budget };
  return simulateRun(params, 4, 60);
}

describe('key figures', () => {
  it('show buyers, retention, conversion, CAC and ROMI at the shown day, with their change against the ghost', () => {
    const current = run(200);
    const ghost = run(50);
    const store = createAppStore({ run: current, ghost, day: 60 });
    render(
      <StoreContext.Provider value={store}>
        <KpiCards />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('kpi-buyers')).toHaveTextContent(String(metricAt(current, 'buyers', 60)));
    expect(screen.getByTestId('kpi-retention')).toHaveTextContent('%');
    expect(screen.getByTestId('kpi-cac')).toHaveTextContent('$');
    const more = metricAt(current, 'buyers', 60) - metricAt(ghost, 'buyers', 60);
    expect(more).toBeGreaterThan(0);
    expect(screen.getByText(`+${more}`)).toHaveClass('kpi-better');
  });

  it('show a dash, not NaN, before anyone has bought', () => {
    const store = createAppStore({ run: run(50), day: 0 });
    render(
      <StoreContext.Provider value={store}>
        <KpiCards />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('kpi-cac')).toHaveTextContent('–');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it.each(['en', 'ru'] as const)(
    'show no change as an unsigned zero, neither better nor worse: no "+0", no "−0.0 pp" (%s)',
    (lang) => {
      const same = run(200);
      const store = createAppStore({ run: same, ghost: run(200), day: 60, lang });
      const { container } = render(
        <StoreContext.Provider value={store}>
          <KpiCards />
        </StoreContext.Provider>,
      );
      const changes = [...container.querySelectorAll('.kpi-delta')];
      expect(changes).toHaveLength(5);
      for (const c of changes) {
        expect(c).toHaveClass('kpi-same');
        expect(c.textContent).not.toMatch(/[+−-]/);
      }
      expect(changes.map((c) => c.textContent!.replace(/\s/g, ' '))).toEqual(
        lang === 'en' ? ['0', '0 pp', '0 pp', '$0', '0.00'] : ['0', '0 п. п.', '0 п. п.', '0 $', '0,00'],
      );
    },
  );

  it('show ROMI to two decimals and CAC in dollars, in Russian too', () => {
    const store = createAppStore({ run: run(200), day: 60, lang: 'ru' });
    render(
      <StoreContext.Provider value={store}>
        <KpiCards />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('kpi-romi').textContent).toMatch(/^−?\d+,\d\d$/);
    expect(screen.getByTestId('kpi-cac')).toHaveTextContent('$');
    expect(document.body.textContent).not.toContain('₽');
  });
});
