/**
 * The page's charts: purchases, retention, money, vanity metrics and the flows between places,
 * each with the previous run as a ghost when there is one.
 */
import { useMemo, useState } from 'react';
import { STRINGS, type Lang } from '../../i18n/strings';
import { CURRENCY_SYMBOL } from '../../i18n/format';
import { DEFAULT_CURRENCY, type Currency } from '../../model/scenario';
import { METRIC_INDEX, type Metric } from '../../engine/metrics';
import { STATE_META } from '../../model/agent';
import { metricSeries, type RunData } from '../../store/run-data';
import { FlowSankey } from './FlowSankey';
import { LineChart, type BandSeries, type LineChartProps } from './LineChart';
import { bandOfSeries } from '../../engine/compare';
import type { DayFrame } from '../../engine/simulation';
import './charts.css';

export interface ChartsPanelProps {
  run: RunData | null;
  ghost: RunData | null;
  /** what the legend calls the ghost (default: the previous run) */
  ghostLabel?: string;
  /** the current strategy (b) and the ghost's (a) run on several audiences: drawn as bands */
  spread?: Spread | null;
  day: number;
  lang: Lang;
  /** the scenario's currency, for the money chart */
  currency?: Currency;
}

/** Runs over several audiences: each run's days on each audience (seed). */
type Runs = readonly (readonly DayFrame[])[];

/** What the charts draw as bands: the spread of runs over the audiences of a check. */
export interface Spread {
  /** the ghost's (A's) and the current strategy's (B's) runs, in the series' colours */
  a: Runs;
  b: Runs;
  label: string;
  /** more runs (C's, D's), each in its own colour */
  others?: readonly { runs: Runs; color: string; label: string }[];
}

/**
 * The colours of the runs pinned beside A (C, D): the bands of their spread and their marks in
 * the comparison. Okabe–Ito hues that none of the charts' series uses.
 */
export const OTHER_RUN_COLORS: readonly string[] = ['#CC79A7', '#009E73'];

/** Money's one accent colour (no place uses it); revenue solid, ad spend dashed. */
export const MONEY_COLOR = '#A6761D';
/** Vanity metrics are grey. */
export const VANITY_COLOR = '#737373';

interface SeriesSpec {
  metric: Metric;
  color: string;
  dashed?: boolean;
}

/** How the charts of daily counts (purchases, likes) add them up: each day, the last 7 days, or since day 1. */
export type FlowsView = 'day' | 'week' | 'total';
export const FLOWS_VIEWS: readonly FlowsView[] = ['day', 'week', 'total'];

/** A daily count as the view adds it up: the day's own, a trailing 7-day sum, or the running total. */
export function flowView(values: readonly number[], view: FlowsView): number[] {
  if (view === 'day') return [...values];
  const out: number[] = [];
  let sum = 0;
  values.forEach((v, i) => {
    sum += v;
    if (view === 'week' && i >= 7) sum -= values[i - 7]!;
    out.push(sum);
  });
  return out;
}

export function ChartsPanel({
  run,
  ghost,
  ghostLabel,
  spread,
  day,
  lang,
  currency = DEFAULT_CURRENCY,
}: ChartsPanelProps) {
  const s = STRINGS[lang];
  // Daily counts of a few events are spikes of 0 to 5; a week's sum reads at a glance.
  const [view, setView] = useState<FlowsView>('week');
  // The lines of each chart, computed once per run (not once per day shown): the charts redraw
  // only when these change, and a new day only moves their day's marks.
  const lines = useMemo(
    () => (run ? chartLines(run, ghost, spread ?? null, view, lang) : null),
    [run, ghost, spread, view, lang],
  );
  if (!run || !lines)
    return (
      <section className="charts-panel" aria-label={s.charts}>
        <p className="charts-empty">{s.computing}</p>
      </section>
    );

  const purchasesTitle = { day: s.chartPurchases, week: s.chartPurchasesWeek, total: s.chartPurchasesTotal }[
    view
  ];
  const vanityTitle = { day: s.chartVanity, week: s.chartVanityWeek, total: s.chartVanityTotal }[view];
  const viewLabel = { day: s.flowsDay, week: s.flowsWeek, total: s.flowsTotal };

  // Money is in the scenario's currency in both languages, never relabelled.
  const common = { day, lang, currency, xLabel: s.axisDay, ...(ghostLabel ? { ghostLabel } : {}) };

  return (
    <section className="charts-panel" aria-label={s.charts}>
      <fieldset className="charts-view">
        <legend>{s.flowsView}</legend>
        {FLOWS_VIEWS.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="flows-view"
              value={v}
              data-testid={`flows-${v}`}
              checked={view === v}
              onChange={() => setView(v)}
            />{' '}
            {viewLabel[v]}
          </label>
        ))}
      </fieldset>
      <div className="charts-grid">
        <div className="charts-card">
          <LineChart
            {...common}
            title={purchasesTitle}
            {...lines.purchases}
            yKind="count"
            yLabel={s.axisPeople}
          />
        </div>
        <div className="charts-card">
          <LineChart
            {...common}
            title={s.chartRetention}
            {...lines.retention}
            yKind="percent"
            yLabel={`${s.axisShare}, %`}
          />
        </div>
        <div className="charts-card">
          <LineChart
            {...common}
            title={s.chartMoney}
            {...lines.money}
            yKind="money"
            yLabel={`${s.axisMoney}, ${CURRENCY_SYMBOL[currency]}`}
          />
        </div>
        <div className="charts-card charts-card-vanity">
          <LineChart
            {...common}
            title={vanityTitle}
            {...lines.vanity}
            yKind="count"
            yLabel={`${s.likes}, ${s.reposts}`}
          />
          <p className="charts-note">{s.vanityNote}</p>
        </div>
        <div className="charts-card charts-card-wide">
          <FlowSankey run={run} day={day} lang={lang} title={s.chartFlows} />
        </div>
      </div>
    </section>
  );
}

const PURCHASES: SeriesSpec[] = [
  { metric: 'purchases', color: STATE_META.customer.color },
  { metric: 'newCustomers', color: STATE_META.visitor.color, dashed: true },
];
const RETENTION: SeriesSpec[] = [{ metric: 'retention', color: STATE_META.customer.color }];
const MONEY: SeriesSpec[] = [
  { metric: 'totalRevenue', color: MONEY_COLOR },
  { metric: 'totalAdSpend', color: MONEY_COLOR, dashed: true },
];
const VANITY: SeriesSpec[] = [
  { metric: 'likes', color: VANITY_COLOR },
  { metric: 'reposts', color: VANITY_COLOR, dashed: true },
];

/** What one line chart draws: its series, the ghost's, and the bands over audiences when there are. */
type ChartLines = Pick<LineChartProps, 'series' | 'ghost' | 'bands' | 'bandLabel' | 'colorBandLabels'>;

/** The lines of the four line charts, for a run, its ghost, the spread over audiences and the view of daily counts. */
function chartLines(
  run: RunData,
  ghost: RunData | null,
  spread: Spread | null,
  view: FlowsView,
  lang: Lang,
): Record<'purchases' | 'retention' | 'money' | 'vanity', ChartLines> {
  const s = STRINGS[lang];
  const labels: Partial<Record<Metric, string>> = {
    purchases: s.purchases,
    newCustomers: s.newCustomers,
    retention: s.retention,
    totalRevenue: s.revenue,
    totalAdSpend: s.adSpend,
    likes: s.likes,
    reposts: s.reposts,
  };
  const values = (r: RunData, metric: Metric, flows: boolean) =>
    flows ? flowView(metricSeries(r, metric), view) : metricSeries(r, metric);
  const over = (runs: Runs, metric: Metric, flows: boolean) => {
    const k = METRIC_INDEX[metric];
    return bandOfSeries(
      runs.map((r) => {
        const daily = r.map((f) => f.metrics[k]!);
        return flows ? flowView(daily, view) : daily;
      }),
    );
  };
  const chart = (specs: SeriesSpec[], flows = false): ChartLines => ({
    series: specs.map(({ metric, color, dashed }) => ({
      key: metric,
      label: labels[metric] ?? metric,
      values: values(run, metric, flows),
      color,
      dashed,
    })),
    ...(ghost
      ? { ghost: specs.map(({ metric }) => ({ key: metric, values: values(ghost, metric, flows) })) }
      : {}),
    ...(spread
      ? {
          bands: specs.flatMap(({ metric }): BandSeries[] => {
            const a = over(spread.a, metric, flows);
            const b = over(spread.b, metric, flows);
            const others = (spread.others ?? []).map((o) => {
              const band = over(o.runs, metric, flows);
              return { key: metric, low: band.low, high: band.high, color: o.color };
            });
            return [
              { key: metric, low: a.low, high: a.high, ghost: true },
              { key: metric, low: b.low, high: b.high },
              ...others,
            ];
          }),
          bandLabel: spread.label,
          colorBandLabels: (spread.others ?? []).map(({ label, color }) => ({ label, color })),
        }
      : {}),
  });
  return {
    purchases: chart(PURCHASES, true),
    retention: chart(RETENTION),
    money: chart(MONEY),
    vanity: chart(VANITY, true),
  };
}
