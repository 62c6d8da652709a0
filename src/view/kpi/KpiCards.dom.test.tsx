import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../model/parameters';
import { createAppStore } from '../../store/app-store';
import { metricAt } from '../../store/run-data';
import { simulateRun } from '../../../test/support/run-data';
import { StoreContext } from '../store-context';
import { changeSign, formatChange, formatFigure } from '../../i18n/format';
import { STRINGS } from '../../i18n/strings';
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
      expect(changes).toHaveLength(7);
      for (const c of changes) {
        expect(c).toHaveClass('kpi-same');
        expect(c.textContent).not.toMatch(/[+−-]/);
      }
      expect(changes.map((c) => c.textContent!.replace(/\s/g, ' '))).toEqual(
        lang === 'en'
          ? ['0', '0 pp', '0 pp', '$0', '0 pp', '0 pp', '0.00']
          : ['0', '0 п. п.', '0 п. п.', '0 $', '0 п. п.', '0 п. п.', '0,00'],
      );
    },
  );

  it('show ROMI in per cent and CAC in dollars, in Russian too', () => {
    const store = createAppStore({ run: run(200), day: 60, lang: 'ru' });
    render(
      <StoreContext.Provider value={store}>
        <KpiCards />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('kpi-romi').textContent).toMatch(/^−?\d+(,\d)?\s%$/);
    expect(screen.getByTestId('kpi-cac')).toHaveTextContent('$');
    expect(document.body.textContent).not.toContain('₽');
  });

  it.each(['en', 'ru'] as const)(
    'show ROMI with equity and LTV:CAC with their change against the ghost, each explained in one line (%s)',
    (lang) => {
      const current = run(200);
      const ghost = run(50);
      const store = createAppStore({ run: current, ghost, day: 60, lang });
      render(
        <StoreContext.Provider value={store}>
          <KpiCards />
        </StoreContext.Provider>,
      );
      const t = STRINGS[lang];
      for (const id of ['romiWithEquity', 'ltvToCac'] as const) {
        const now = metricAt(current, id, 60);
        const before = metricAt(ghost, id, 60);
        expect(Number.isFinite(now) && Number.isFinite(before)).toBe(true);
        const value = screen.getByTestId(`kpi-${id}`);
        const kind = id === 'ltvToCac' ? 'ratio' : 'percent';
        expect(value.textContent).toBe(formatFigure(kind, now, lang));
        const card = value.closest('.kpi')!;
        expect(card).toHaveClass('kpi-money');
        expect(card.getAttribute('title')).toBe(t[`${id}About`]);
        expect(card.querySelector('.kpi-name')).toHaveTextContent(t[id]);
        // the explanation is read out with the name
        expect(card.querySelector('.kpi-name .visually-hidden')).toHaveTextContent(t[`${id}About`]);
        const change = card.querySelector('.kpi-delta')!;
        expect(change.textContent).toBe(formatChange(kind, now - before, lang));
        const shown = changeSign(kind, now - before);
        expect(change).toHaveClass(shown > 0 ? 'kpi-better' : shown < 0 ? 'kpi-worse' : 'kpi-same');
      }
      if (lang === 'ru') expect(screen.getByText('ROMI с клиентским капиталом')).toBeInTheDocument();
    },
  );

  it('explain every key figure in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      const store = createAppStore({ run: run(50), day: 30, lang });
      const { container, unmount } = render(
        <StoreContext.Provider value={store}>
          <KpiCards />
        </StoreContext.Provider>,
      );
      const titles = [...container.querySelectorAll('.kpi')].map((c) => c.getAttribute('title') ?? '');
      expect(titles).toHaveLength(7);
      expect(new Set(titles).size).toBe(7);
      for (const title of titles) expect(title).toMatch(lang === 'ru' ? /[а-яё]{3}/i : /^[^а-яё]{12,}$/i);
      unmount();
    }
  });
});
