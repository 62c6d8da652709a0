/**
 * The page's charts: purchases, retention, money, vanity metrics and the flows between places,
 * each with the previous run as a ghost when there is one.
 */
import { useState } from 'react';
import { STRINGS, type Lang } from '../../i18n/strings';
import { CURRENCY_SYMBOL } from '../../i18n/format';
import { DEFAULT_CURRENCY, type Currency } from '../../model/scenario';
import { METRIC_INDEX, type Metric } from '../../engine/metrics';
import { STATE_META } from '../../model/agent';
import { metricSeries, type RunData } from '../../store/run-data';
import { FlowSankey } from './FlowSankey';
import { LineChart, type BandSeries, type GhostSeries, type LineSeries } from './LineChart';
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
  if (!run)
    return (
      <section className="charts-panel" aria-label={s.charts}>
        <p className="charts-empty">{s.computing}</p>
      </section>
    );

  const labels: Partial<Record<Metric, string>> = {
    purchases: s.purchases,
    newCustomers: s.newCustomers,
    retention: s.retention,
    totalRevenue: s.revenue,
    totalAdSpend: s.adSpend,
    likes: s.likes,
    reposts: s.reposts,
  };
  const series = (specs: SeriesSpec[], flows = false): LineSeries[] =>
    specs.map(({ metric, color, dashed }) => ({
      key: metric,
      label: labels[metric] ?? metric,
      values: flows ? flowView(metricSeries(run, metric), view) : metricSeries(run, metric),
      color,
      dashed,
    }));
  const ghosts = (specs: SeriesSpec[], flows = false): GhostSeries[] | undefined =>
    ghost
      ? specs.map(({ metric }) => ({
          key: metric,
          values: flows ? flowView(metricSeries(ghost, metric), view) : metricSeries(ghost, metric),
        }))
      : undefined;
  const bands = (specs: SeriesSpec[], flows = false): BandSeries[] | undefined => {
    if (!spread) return undefined;
    const over = (runs: Runs, metric: Metric) => {
      const k = METRIC_INDEX[metric];
      return bandOfSeries(
        runs.map((r) => {
          const values = r.map((f) => f.metrics[k]!);
          return flows ? flowView(values, view) : values;
        }),
      );
    };
    return specs.flatMap(({ metric }) => {
      const a = over(spread.a, metric);
      const b = over(spread.b, metric);
      const others = (spread.others ?? []).map((o) => {
        const band = over(o.runs, metric);
        return { key: metric, low: band.low, high: band.high, color: o.color };
      });
      return [
        { key: metric, low: a.low, high: a.high, ghost: true },
        { key: metric, low: b.low, high: b.high },
        ...others,
      ];
    });
  };
  const bandProps = (specs: SeriesSpec[], flows = false) =>
    spread
      ? {
          bands: bands(specs, flows)!,
          bandLabel: spread.label,
          colorBandLabels: (spread.others ?? []).map(({ label, color }) => ({ label, color })),
        }
      : {};
  const purchasesTitle = { day: s.chartPurchases, week: s.chartPurchasesWeek, total: s.chartPurchasesTotal }[
    view
  ];
  const vanityTitle = { day: s.chartVanity, week: s.chartVanityWeek, total: s.chartVanityTotal }[view];
  const viewLabel = { day: s.flowsDay, week: s.flowsWeek, total: s.flowsTotal };

  // Money is in the scenario's currency in both languages, never relabelled.
  const common = { day, lang, currency, xLabel: s.axisDay, ...(ghostLabel ? { ghostLabel } : {}) };

  const purchases: SeriesSpec[] = [
    { metric: 'purchases', color: STATE_META.customer.color },
    { metric: 'newCustomers', color: STATE_META.visitor.color, dashed: true },
  ];
  const retention: SeriesSpec[] = [{ metric: 'retention', color: STATE_META.customer.color }];
  const moneySpecs: SeriesSpec[] = [
    { metric: 'totalRevenue', color: MONEY_COLOR },
    { metric: 'totalAdSpend', color: MONEY_COLOR, dashed: true },
  ];
  const vanity: SeriesSpec[] = [
    { metric: 'likes', color: VANITY_COLOR },
    { metric: 'reposts', color: VANITY_COLOR, dashed: true },
  ];

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
            series={series(purchases, true)}
            ghost={ghosts(purchases, true)}
            {...bandProps(purchases, true)}
            yKind="count"
            yLabel={s.axisPeople}
          />
        </div>
        <div className="charts-card">
          <LineChart
            {...common}
            title={s.chartRetention}
            series={series(retention)}
            ghost={ghosts(retention)}
            {...bandProps(retention)}
            yKind="percent"
            yLabel={`${s.axisShare}, %`}
          />
        </div>
        <div className="charts-card">
          <LineChart
            {...common}
            title={s.chartMoney}
            series={series(moneySpecs)}
            ghost={ghosts(moneySpecs)}
            {...bandProps(moneySpecs)}
            yKind="money"
            yLabel={`${s.axisMoney}, ${CURRENCY_SYMBOL[currency]}`}
          />
        </div>
        <div className="charts-card charts-card-vanity">
          <LineChart
            {...common}
            title={vanityTitle}
            series={series(vanity, true)}
            ghost={ghosts(vanity, true)}
            {...bandProps(vanity, true)}
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
