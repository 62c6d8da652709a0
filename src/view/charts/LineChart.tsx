/**
 * A multi-series line chart over the days of a run. React renders the title, the legend and an
 * empty <svg>; D3 draws inside the <svg> after each render and on resize. The whole drawing is
 * redrawn only when what it draws changes (the series, the size, the language); a new day only
 * moves the day's marker, its dots and the clip that shows the days so far in full colour, so that
 * playing a run of 3,650 days costs no more a day than one of 30.
 */
import { useId, useMemo, useRef, useState } from 'react';
import * as d3 from 'd3';
import { STRINGS, type Lang } from '../../i18n/strings';
import { DEFAULT_CURRENCY, type Currency } from '../../model/scenario';
import { formatFigure, tickFormat, type AxisKind } from '../../i18n/format';
import { useResponsiveDraw } from './useResponsiveDraw';
import { linePoints } from './decimate';

export interface LineSeries {
  key: string;
  label: string;
  /** values[i] is day i + 1; NaN leaves a gap */
  values: number[];
  color: string;
  dashed?: boolean;
}

export interface GhostSeries {
  /** the key of the series it is compared with (its colour is reused) */
  key: string;
  values: number[];
}

export interface LineChartProps {
  title: string;
  series: readonly LineSeries[];
  /** the same series from another run (the previous one), drawn faint and dashed behind */
  ghost?: readonly GhostSeries[];
  /** what the legend calls the ghost (default: the previous run) */
  ghostLabel?: string;
  /** the same series over several audiences (seeds): a band from the 10th to the 90th percentile */
  bands?: readonly BandSeries[];
  /** what the legend calls the bands */
  bandLabel?: string;
  /** the legend of the bands in a run's own colour (C's, D's), after `bandLabel` */
  colorBandLabels?: readonly { label: string; color: string }[];
  /** the current day, 1-based; later values are drawn lighter; 0 = before the run */
  day: number;
  /** what the values are: their format in the summary and on the axis (see src/i18n/format.ts) */
  yKind: AxisKind;
  /** the y axis's name with its unit */
  yLabel: string;
  xLabel: string;
  lang: Lang;
  /** the currency of money values (the scenario's) */
  currency?: Currency;
  height?: number;
}

const DASH = '7 4';
const GHOST_OPACITY = 0.3;
const FUTURE_OPACITY = 0.25;
const TICK_FONT = 16;
/** A rough width of one character of the tick font, for the left margin. */
const CHAR_WIDTH = 9.6;

/** A colour at the opacity of another run's band (its legend's swatch). */
function faint(color: string): string {
  return d3.color(color)?.copy({ opacity: 0.3 }).formatRgb() ?? color;
}

/** The value of a series on `day`, NaN when there is none. */
function valueOn(values: readonly number[], day: number): number {
  return day >= 1 && day <= values.length ? values[day - 1]! : NaN;
}

/** A band around a series (or, for the ghost's, around it faintly): per day, low and high. */
export interface BandSeries {
  key: string;
  low: readonly number[];
  high: readonly number[];
  /** the ghost's band, drawn fainter */
  ghost?: boolean;
  /** another run's band (C's, D's) in that run's colour instead of the series', its edges dotted */
  color?: string;
}

const NONE: readonly never[] = [];

export function LineChart({
  title,
  series,
  ghost = NONE,
  ghostLabel,
  bands = NONE,
  bandLabel,
  colorBandLabels = NONE,
  day,
  yKind,
  yLabel,
  xLabel,
  lang,
  currency = DEFAULT_CURRENCY,
  height = 240,
}: LineChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const s = STRINGS[lang];
  const ghosts = useMemo(() => ghost.filter((g) => g.values.length > 0), [ghost]);
  // Where the days lie on the drawing, for the day's marks and for reading the values under the pointer.
  const geometry = useRef<Geometry | null>(null);
  // What the drawing was last drawn from: while it is the same, a new day only moves the day's marks.
  const drawnFrom = useRef<readonly unknown[]>(NONE);
  const clipId = `charts-past-${useId().replace(/[^\w-]/g, '')}`;
  const [hover, setHover] = useState<number | null>(null);

  const containerRef = useResponsiveDraw((width) => {
    const svg = svgRef.current;
    if (!svg) return;
    const from = [width, height, series, ghosts, bands, yKind, lang, currency, yLabel, xLabel, clipId];
    if (!geometry.current || from.some((x, k) => x !== drawnFrom.current[k])) {
      geometry.current = draw(
        svg,
        width,
        height,
        series,
        ghosts,
        bands,
        yKind,
        lang,
        currency,
        yLabel,
        xLabel,
        clipId,
      );
      drawnFrom.current = from;
    }
    showDay(svg, geometry.current, series, day);
  });

  const pointAt = (e: React.PointerEvent<HTMLDivElement>) => {
    const g = geometry.current;
    if (!g) return;
    const box = e.currentTarget.getBoundingClientRect();
    const at = ((e.clientX - box.left) / Math.max(1, box.width)) * g.width;
    const d = Math.round(1 + ((at - g.left) / Math.max(1, g.right - g.left)) * (g.days - 1));
    setHover(Math.min(g.days, Math.max(1, d)));
  };
  const readout =
    hover === null
      ? null
      : `${s.day} ${hover}: ${series
          .map((x) => `${x.label} ${formatFigure(yKind, valueOn(x.values, hover), lang, currency)}`)
          .join(', ')}${
          ghosts.length
            ? ` (${ghostLabel ?? s.ghost}: ${ghosts
                .map((g) => formatFigure(yKind, valueOn(g.values, hover), lang, currency))
                .join(', ')})`
            : ''
        }`;

  const summary = series
    .map((x) => `${x.label} ${formatFigure(yKind, valueOn(x.values, day), lang, currency)}`)
    .join(', ');
  const ariaLabel = `${title}. ${s.day} ${day}${day >= 1 && series.length ? `: ${summary}` : ''}.`;

  return (
    <div className="charts-chart">
      <h3 className="charts-title">{title}</h3>
      <ul className="charts-legend">
        {series.map((x) => (
          <li key={x.key}>
            <span
              className="charts-swatch"
              style={{ borderTopColor: x.color, borderTopStyle: x.dashed ? 'dashed' : 'solid' }}
              aria-hidden="true"
            />
            {x.label}
          </li>
        ))}
        {ghosts.length > 0 && (
          <li className="charts-legend-ghost">
            <span
              className="charts-swatch"
              style={{ borderTopColor: 'currentColor', borderTopStyle: 'dashed', opacity: 0.45 }}
              aria-hidden="true"
            />
            {ghostLabel ?? s.ghost}
          </li>
        )}
        {bands.length > 0 && bandLabel && (
          <li className="charts-legend-band">
            <span className="charts-band-swatch" aria-hidden="true" />
            {bandLabel}
          </li>
        )}
        {bands.length > 0 &&
          colorBandLabels.map((b) => (
            <li key={b.label} className="charts-legend-band charts-legend-band-run">
              <span
                className="charts-band-swatch charts-band-swatch-run"
                style={{ background: faint(b.color), borderColor: b.color }}
                aria-hidden="true"
              />
              {b.label}
            </li>
          ))}
      </ul>
      <div
        className="charts-canvas"
        ref={containerRef}
        onPointerMove={pointAt}
        onPointerLeave={() => setHover(null)}
      >
        <svg ref={svgRef} className="charts-svg" role="img" aria-label={ariaLabel} />
      </div>
      <p className="charts-readout" data-testid="chart-readout" aria-hidden="true">
        {readout ?? '\u00a0'}
      </p>
    </div>
  );
}

/** The drawing's width, where its first and last day lie, in its own units, and its scales. */
interface Geometry {
  width: number;
  left: number;
  right: number;
  days: number;
  x: d3.ScaleLinear<number, number>;
  y: d3.ScaleLinear<number, number>;
  /** the plot's top and bottom edges */
  top: number;
  bottom: number;
  /** the path of the line through a series' values (NaN leaves a gap) */
  line: (values: readonly number[]) => string | null;
  /** the id of the clip path that shows the days so far */
  clipId: string;
}

/**
 * Draws the chart but for the day's marks (see `showDay`): the axes, the bands, the ghost, and
 * each series twice, lighter for the days to come and in full colour clipped to the days so far.
 * Returns where its days lie.
 */
function draw(
  svgEl: SVGSVGElement,
  width: number,
  height: number,
  series: readonly LineSeries[],
  ghosts: readonly GhostSeries[],
  bands: readonly BandSeries[],
  yKind: AxisKind,
  lang: Lang,
  currency: Currency,
  yLabel: string,
  xLabel: string,
  clipId: string,
): Geometry {
  const svg = d3.select(svgEl);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('preserveAspectRatio', 'xMinYMin meet');

  const all = [
    ...series.map((x) => x.values),
    ...ghosts.map((g) => g.values),
    ...bands.flatMap((b) => [b.low, b.high]),
  ];
  const days = Math.max(2, ...all.map((v) => v.length));
  const finite = all.flat().filter(Number.isFinite);
  const integers = finite.every(Number.isInteger);
  const top = Math.max(0, d3.max(finite) ?? 0);
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, d3.min(finite) ?? 0), top > 0 ? top : 1])
    .nice();

  // Integer data (people, purchases) gets integer ticks only: no "0.5 purchases".
  const yTicks = y
    .ticks(Math.max(2, Math.round(height / 50)))
    .filter((t) => !integers || Number.isInteger(t));
  const yFormat = tickFormat(yKind, yTicks, lang, currency);
  const longest = d3.max(yTicks, (t) => yFormat(t).length) ?? 1;
  const margin = { top: 32, right: 14, bottom: 50, left: Math.ceil(longest * CHAR_WIDTH) + 14 };

  const x = d3
    .scaleLinear()
    .domain([1, days])
    .range([margin.left, Math.max(margin.left + 10, width - margin.right)]);
  y.range([height - margin.bottom, margin.top]);

  // Grid and axes.
  svg
    .append('g')
    .attr('class', 'charts-grid-lines')
    .selectAll('line')
    .data(yTicks)
    .join('line')
    .attr('x1', x.range()[0]!)
    .attr('x2', x.range()[1]!)
    .attr('y1', (t) => y(t))
    .attr('y2', (t) => y(t));

  const xTicks = x.ticks(Math.max(2, Math.floor(width / 90))).filter(Number.isInteger);
  svg
    .append('g')
    .attr('class', 'charts-axis charts-axis-x')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(xTicks).tickFormat(d3.format('d')))
    .attr('font-size', TICK_FONT);
  svg
    .append('g')
    .attr('class', 'charts-axis charts-axis-y')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((t) => yFormat(+t)),
    )
    .attr('font-size', TICK_FONT);
  svg
    .append('text')
    .attr('class', 'charts-axis-label')
    .attr('x', 4)
    .attr('y', 17)
    .attr('font-size', TICK_FONT)
    .text(yLabel);
  svg
    .append('text')
    .attr('class', 'charts-axis-label')
    .attr('x', (x.range()[0]! + x.range()[1]!) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .attr('font-size', TICK_FONT)
    .text(xLabel);

  // A series' path, through only the points its width can show (see decimate.ts).
  const columns = x.range()[1]! - x.range()[0]!;
  const line = (values: readonly number[]) =>
    d3
      .line<number>()
      .defined((i) => Number.isFinite(values[i]!))
      .x((i) => x(i + 1))
      .y((i) => y(values[i]!))(linePoints(values, columns));
  const colorOf = new Map(series.map((x) => [x.key, x.color]));
  const hasPoints = (values: readonly number[]) => values.some(Number.isFinite);

  // Bands over audiences, behind everything.
  const bandLayer = svg.append('g').attr('class', 'charts-bands');
  for (const b of bands) {
    const area = d3
      .area<number>()
      .defined((_, i) => Number.isFinite(b.low[i]!) && Number.isFinite(b.high[i]!))
      .x((_, i) => x(i + 1))
      .y0((_, i) => y(b.low[i]!))
      .y1((_, i) => y(b.high[i]!));
    bandLayer
      .append('path')
      .attr(
        'class',
        b.ghost ? 'charts-band charts-band-ghost' : b.color ? 'charts-band charts-band-run' : 'charts-band',
      )
      .attr('data-key', b.key)
      .attr('fill', b.color ?? colorOf.get(b.key) ?? 'currentColor')
      .attr('fill-opacity', b.ghost ? 0.08 : b.color ? 0.12 : 0.18)
      .attr('stroke', 'none')
      .attr('d', area([...b.low]));
    // another run's band: its edges dotted in its colour, so that it reads where the bands overlap
    if (b.color)
      for (const edge of [b.low, b.high])
        bandLayer
          .append('path')
          .attr('class', 'charts-band-edge')
          .attr('data-key', b.key)
          .attr('fill', 'none')
          .attr('stroke', b.color)
          .attr('stroke-width', 1.5)
          .attr('stroke-dasharray', '2 3')
          .attr('d', line(edge));
  }

  // The previous run, faint and behind.
  const ghostLayer = svg.append('g').attr('class', 'charts-ghosts');
  for (const g of ghosts) {
    if (!hasPoints(g.values)) continue;
    ghostLayer
      .append('path')
      .attr('class', 'charts-ghost')
      .attr('data-key', g.key)
      .attr('fill', 'none')
      .attr('stroke', colorOf.get(g.key) ?? 'currentColor')
      .attr('stroke-opacity', GHOST_OPACITY)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', DASH)
      .attr('d', line(g.values));
  }

  // This run: the whole run lighter, and over it the days so far in full colour (the clip, set by showDay).
  svg
    .append('defs')
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', 0)
    .attr('y', 0)
    .attr('width', 0)
    .attr('height', height);
  const lines = svg.append('g').attr('class', 'charts-lines');
  for (const sr of series) {
    if (!hasPoints(sr.values)) continue;
    lines
      .append('path')
      .attr('class', 'charts-future')
      .attr('data-key', sr.key)
      .attr('fill', 'none')
      .attr('stroke', sr.color)
      .attr('stroke-opacity', FUTURE_OPACITY)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', sr.dashed ? DASH : null)
      .attr('d', line(sr.values));
  }
  svg.append('g').attr('class', 'charts-now');
  return {
    width,
    left: x.range()[0]!,
    right: x.range()[1]!,
    days,
    x,
    y,
    top: margin.top,
    bottom: height - margin.bottom,
    line,
    clipId,
  };
}

/**
 * The day's marks on a drawn chart: the days so far in full colour (the series clipped at the
 * day), a vertical marker and a dot on each line. Cheap whatever the run's length, but for the
 * full-colour lines, drawn once when the day leaves day 0 (before the run nothing is past).
 */
function showDay(svgEl: SVGSVGElement, g: Geometry, series: readonly LineSeries[], day: number): void {
  const svg = d3.select(svgEl);
  const inRun = day >= 1 && day <= g.days;
  svg.select(`#${g.clipId} rect`).attr('width', inRun ? g.x(day) : day > g.days ? g.width : 0);
  const lines = svg.select<SVGGElement>('g.charts-lines');
  const drawn = series.filter((sr) => sr.values.some(Number.isFinite));
  lines
    .selectAll<SVGPathElement, LineSeries>('path.charts-line')
    .data(day >= 1 ? drawn : [], (sr) => sr.key)
    .join((enter) =>
      enter
        .append('path')
        .attr('class', 'charts-line')
        .attr('data-key', (sr) => sr.key)
        .attr('fill', 'none')
        .attr('stroke', (sr) => sr.color)
        .attr('stroke-width', 2.5)
        .attr('stroke-linejoin', 'round')
        .attr('stroke-dasharray', (sr) => (sr.dashed ? DASH : null))
        .attr('clip-path', `url(#${g.clipId})`)
        .attr('d', (sr) => g.line(sr.values)),
    );

  // Today: a vertical marker and a dot on each line.
  const now = svg.select<SVGGElement>('g.charts-now');
  now
    .selectAll('line.charts-marker')
    .data(inRun ? [day] : [])
    .join('line')
    .attr('class', 'charts-marker')
    .attr('data-day', (d) => d)
    .attr('x1', (d) => g.x(d))
    .attr('x2', (d) => g.x(d))
    .attr('y1', g.top)
    .attr('y2', g.bottom);
  now
    .selectAll('g.charts-dots')
    .data(inRun ? [day] : [])
    .join('g')
    .attr('class', 'charts-dots')
    .selectAll('circle')
    .data(inRun ? series.filter((sr) => Number.isFinite(valueOn(sr.values, day))) : [])
    .join('circle')
    .attr('cx', g.x(day))
    .attr('cy', (sr) => g.y(valueOn(sr.values, day)))
    .attr('r', 3.5)
    .attr('fill', (sr) => sr.color);
}
