/** The key figures at the shown day, each with its change against the ghost (the previous run). */
import { STRINGS, formatCount, formatMoney, formatRatio, formatShare, type Lang } from '../../i18n/strings';
import type { Metric } from '../../engine/metrics';
import { metricAt } from '../../store/run-data';
import { useApp } from '../store-context';
import './kpi.css';

interface Kpi {
  id: 'buyers' | 'retention' | 'conversionRate' | 'cac' | 'romi';
  metric: Metric;
  format: (x: number, lang: Lang) => string;
  /** whether a rise is good news (CAC: lower is better) */
  higherIsBetter: boolean;
  money?: boolean;
}

const KPIS: Kpi[] = [
  { id: 'buyers', metric: 'buyers', format: formatCount, higherIsBetter: true },
  { id: 'retention', metric: 'retention', format: (x, l) => formatShare(x, l), higherIsBetter: true },
  {
    id: 'conversionRate',
    metric: 'conversionRate',
    format: (x, l) => formatShare(x, l, 1),
    higherIsBetter: true,
  },
  { id: 'cac', metric: 'cac', format: formatMoney, higherIsBetter: false, money: true },
  { id: 'romi', metric: 'romi', format: formatRatio, higherIsBetter: true, money: true },
];

function delta(k: Kpi, now: number, before: number, lang: Lang): { text: string; tone: string } | null {
  if (!Number.isFinite(now) || !Number.isFinite(before)) return null;
  const d = now - before;
  if (Math.abs(d) < 1e-9) return { text: '±0', tone: 'same' };
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  const text =
    k.id === 'retention' || k.id === 'conversionRate'
      ? `${sign}${formatShare(abs, lang, 1).replace(/\s?%/, '')} ${lang === 'ru' ? 'п.п.' : 'pp'}`
      : `${sign}${k.format(abs, lang)}`;
  return { text, tone: d > 0 === k.higherIsBetter ? 'better' : 'worse' };
}

export function KpiCards() {
  const lang = useApp((s) => s.lang);
  const run = useApp((s) => s.run);
  const ghost = useApp((s) => s.ghost);
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
        const change = ghost ? delta(k, now, before, lang) : null;
        return (
          <div key={k.id} className={`kpi${k.money ? ' kpi-money' : ''}`}>
            <span className="kpi-name">{t[k.id]}</span>
            <span className="kpi-value" data-testid={`kpi-${k.id}`}>
              {k.format(now, lang)}
            </span>
            {change && (
              <span className={`kpi-delta kpi-${change.tone}`} title={t.vsGhost}>
                {change.text}
              </span>
            )}
          </div>
        );
      })}
    </section>
  );
}
