/**
 * The one-page summary for the browser's "print to PDF": the strategy (the settings that differ
 * from A when one is pinned, else from the defaults, and its changes during the run), seed,
 * horizon, key figures at the end of the run, the loop and the charts as the page draws them, the
 * comparison table when there is one, and the command that reproduces the run. Shown over the
 * page; printed alone, without a control (see print.css).
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { METRIC_INDEX, type Metric } from '../../engine/metrics';
import { defaultParameters, PARAMETERS, type ParameterName, type Parameters } from '../../model/parameters';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import { formatFigure, formatSetting, type FigureKind } from '../../i18n/format';
import { metricName } from '../../i18n/metric-names';
import { useApp, useAppStore } from '../store-context';
import { cliCommand } from './command';
import { layersSvg, picturesOnPage, svgText } from './images';
import { openedStore } from './opened';
import { currentScenario } from './scenario-file';
import './print.css';

/** The figures the summary reports, with their kinds. */
const FIGURES: readonly [Metric, FigureKind][] = [
  ['aware', 'count'],
  ['followers', 'count'],
  ['buyers', 'count'],
  ['totalRevenue', 'money'],
  ['marketingCost', 'money'],
  ['romi', 'percent'],
  ['cac', 'money'],
  ['ltv', 'money'],
  ['retention', 'percent'],
];

const SPECS = new Map(PARAMETERS.map((p) => [p.name as string, p]));

export function PrintSummary({ onClose }: { onClose: () => void }) {
  const app = useAppStore();
  const state = useApp((s) => s);
  const t = EXPORT_STRINGS[state.lang];
  const pictures = useRef<HTMLDivElement>(null);
  const comparison = useRef<HTMLDivElement>(null);

  // The page's own drawings, copied as they are now (the loop at the day shown, the charts).
  useEffect(() => {
    document.body.classList.add('print-summary-open');
    const box = pictures.current;
    if (box) {
      for (const p of picturesOnPage(t.summaryLoop(app.getState().day), (title) => title)) {
        const figure = document.createElement('figure');
        const img = document.createElement('img');
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(layersSvg(p.layers())))}`;
        img.alt = p.label;
        figure.className = `print-summary-picture print-summary-${p.id === 'loop' ? 'loop' : 'chart'}`;
        figure.appendChild(img);
        const caption = document.createElement('figcaption');
        caption.textContent = p.label;
        figure.appendChild(caption);
        box.appendChild(figure);
      }
    }
    const table = document.querySelector('[data-testid="compare-table"]');
    const compared = comparison.current;
    if (table && compared) {
      const copy = table.cloneNode(true) as HTMLElement;
      copy.removeAttribute('data-testid');
      copy.querySelectorAll('button, input, select').forEach((el) => el.remove());
      compared.appendChild(copy);
    }
    return () => {
      document.body.classList.remove('print-summary-open');
      box?.replaceChildren();
      compared?.replaceChildren();
    };
    // copied once, when the summary opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const scenario = currentScenario(state, openedStore(app).getState().opened);
  const name = state.lang === 'ru' && scenario.ru ? scenario.ru.name : scenario.name;
  const description = state.lang === 'ru' && scenario.ru ? scenario.ru.description : scenario.description;
  const start = state.startParams ?? state.params;
  const against: Parameters = state.baseline
    ? (state.baseline.startParams ?? state.baseline.params)
    : defaultParameters();
  const differing = (Object.keys(start) as ParameterName[]).filter((n) => start[n] !== against[n]);
  const setting = (n: string, x: number) => {
    const spec = SPECS.get(n);
    return spec ? formatSetting(spec, x, state.lang, state.currency) : String(x);
  };
  const label = (n: string) => SPECS.get(n)?.label[state.lang] ?? n;
  const run = state.run;
  const last = run?.frames[run.frames.length - 1];

  return createPortal(
    <div className="print-summary" data-testid="print-layout" role="dialog" aria-label={t.summaryTitle}>
      <div className="print-summary-controls">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => window.print()}
          data-testid="print-now"
        >
          {t.printNow}
        </button>
        <button type="button" className="btn" onClick={onClose} data-testid="print-close">
          {t.closePrint}
        </button>
      </div>
      <h1>{t.summaryTitle}</h1>
      <h2 data-testid="print-strategy">
        {t.summaryStrategy}: {name}
      </h2>
      <p>{description}</p>
      <p>
        <strong>{t.summarySeed}:</strong> <span data-testid="print-seed">{state.seed}</span> ·{' '}
        <strong>{t.summaryDays}:</strong> <span data-testid="print-days">{t.daysUnit(state.days)}</span>
      </p>
      <h3>
        {t.summarySettings} {state.baseline ? t.summaryBaseline : t.summaryDefaults}
      </h3>
      {differing.length ? (
        <table className="print-summary-table" data-testid="print-settings">
          <thead>
            <tr>
              <th scope="col">{t.summaryParameter}</th>
              <th scope="col">{t.summaryValue}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((n) => (
              <tr key={n}>
                <th scope="row">{label(n)}</th>
                <td>
                  {setting(n, start[n])} <span className="print-summary-was">({setting(n, against[n])})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="print-settings">
          {t.summaryNone} {state.baseline ? t.summaryBaseline : t.summaryDefaults}
        </p>
      )}
      {state.changes.length > 0 && (
        <>
          <h3>{t.summaryChanges}</h3>
          <ul data-testid="print-changes">
            {state.changes.map((c) => (
              <li key={c.day}>
                {t.summaryFromDay(c.day)}:{' '}
                {Object.entries(c.parameters)
                  .map(([n, x]) => `${label(n)} ${setting(n, x as number)}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.summaryFigures}</h3>
      <dl className="print-summary-figures" data-testid="print-figures">
        {FIGURES.map(([m, kind]) => (
          <div key={m} data-figure={m}>
            <dt>{metricName(m, state.lang)}</dt>
            <dd>
              {last ? formatFigure(kind, last.metrics[METRIC_INDEX[m]]!, state.lang, state.currency) : '…'}
            </dd>
          </div>
        ))}
      </dl>
      <div className="print-summary-comparison" ref={comparison} />
      <div className="print-summary-pictures" ref={pictures} data-testid="print-pictures" />
      <h3>{t.summaryCommand}</h3>
      <code className="print-summary-command" data-testid="print-command">
        {cliCommand(state)}
      </code>
    </div>,
    document.body,
  );
}
