/** The key figures at the shown day, each with its change against the ghost (the previous run). */
import { STRINGS, type Lang } from '../../i18n/strings';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { changeSign, formatChange, formatFigure, type FigureKind } from '../../i18n/format';
import type { Metric } from '../../engine/metrics';
import type { Currency } from '../../model/scenario';
import { metricAt } from '../../store/run-data';
import { useApp } from '../store-context';
import './kpi.css';

interface Kpi {
  id: 'buyers' | 'retention' | 'conversionRate' | 'cac' | 'romi' | 'romiWithEquity' | 'ltvToCac';
  metric: Metric;
  /** the kind of figure: its format, and how its change is written (percentages change by points) */
  kind: FigureKind;
  /** whether a rise is good news (CAC: lower is better) */
  higherIsBetter: boolean;
  money?: boolean;
}

// ROMI is in per cent, as in the comparison and the glossary (−55 % means 55 % of the marketing cost
// lost; its changes are in points); LTV:CAC is a ratio to two decimals (3.00 is the consultants' 3:1).
// Money is in the scenario's currency.
const KPIS: Kpi[] = [
  { id: 'buyers', metric: 'buyers', kind: 'count', higherIsBetter: true },
  { id: 'retention', metric: 'retention', kind: 'percent', higherIsBetter: true },
  { id: 'conversionRate', metric: 'conversionRate', kind: 'percent', higherIsBetter: true },
  { id: 'cac', metric: 'cac', kind: 'money', higherIsBetter: false, money: true },
  { id: 'romi', metric: 'romi', kind: 'percent', higherIsBetter: true, money: true },
  { id: 'romiWithEquity', metric: 'romiWithEquity', kind: 'percent', higherIsBetter: true, money: true },
  { id: 'ltvToCac', metric: 'ltvToCac', kind: 'ratio', higherIsBetter: true, money: true },
];

/** The change against the ghost as shown, and its tone: a change that rounds to nothing is neither. */
function delta(
  k: Kpi,
  now: number,
  before: number,
  lang: Lang,
  currency: Currency,
): { text: string; tone: string } | null {
  if (!Number.isFinite(now) || !Number.isFinite(before)) return null;
  const d = now - before;
  const sign = changeSign(k.kind, d);
  const tone = sign === 0 ? 'same' : sign > 0 === k.higherIsBetter ? 'better' : 'worse';
  return { text: formatChange(k.kind, d, lang, currency), tone };
}

export function KpiCards() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const run = useApp((s) => s.run);
  const ghost = useApp((s) => s.ghost);
  const pinned = useApp((s) => s.baseline !== null);
  const day = useApp((s) => s.day);
  const t = STRINGS[lang];
  return (
    <section className="kpis" aria-labelledby="kpi-title">
      <h2 id="kpi-title">
        {t.kpis}{' '}
        <span className="kpis-day">
          ({t.day.toLowerCase()} {day})
        </span>
      </h2>
      {KPIS.map((k) => {
        const now = run ? metricAt(run, k.metric, day) : NaN;
        const before = ghost ? metricAt(ghost, k.metric, day) : NaN;
        const change = ghost ? delta(k, now, before, lang, currency) : null;
        const about = t[`${k.id}About`];
        return (
          <div key={k.id} className={`kpi${k.money ? ' kpi-money' : ''}`} title={about}>
            <span className="kpi-name">
              {t[k.id]}
              <span className="visually-hidden">: {about}</span>
            </span>
            <span className="kpi-value" data-testid={`kpi-${k.id}`}>
              {formatFigure(k.kind, now, lang, currency)}
            </span>
            {change && (
              <span
                className={`kpi-delta kpi-${change.tone}`}
                title={pinned ? COMPARE_STRINGS[lang].difference : t.vsGhost}
              >
                {change.text}
              </span>
            )}
          </div>
        );
      })}
    </section>
  );
}
