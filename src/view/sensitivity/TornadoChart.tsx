/**
 * The tornado: one horizontal bar per parameter from its −20 % median to its +20 % median around
 * the baseline's median, largest swing on top. React renders the title and legend; D3 the <svg>.
 */
import * as d3 from 'd3';
import { useRef } from 'react';
import type { TornadoBar } from '../../engine/sensitivity';
import { tickFormat, type FigureKind } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { Currency } from '../../model/scenario';
import { useResponsiveDraw } from '../charts/useResponsiveDraw';

const LOW_COLOR = '#0072b2';
const HIGH_COLOR = '#d55e00';
const ROW = 30;
const MARGIN = { top: 8, right: 24, bottom: 40 };

export interface TornadoChartProps {
  title: string;
  baseline: number;
  bars: readonly TornadoBar[];
  label: (bar: TornadoBar) => string;
  describe: (bar: TornadoBar) => string;
  kind: FigureKind;
  lang: Lang;
  currency?: Currency;
  baselineLabel: string;
  lowLabel: string;
  highLabel: string;
}

export function TornadoChart(props: TornadoChartProps) {
  const { title, baseline, bars, label, describe, kind, lang, currency } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const containerRef = useResponsiveDraw((width) => {
    if (!svgRef.current) return;
    const svg = d3.select(svgRef.current);
    const left = Math.min(300, Math.max(140, Math.floor(width * 0.38)));
    const height = MARGIN.top + bars.length * ROW + MARGIN.bottom;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    svg.selectAll('*').remove();
    const all = [baseline, ...bars.flatMap((b) => [b.low, b.high])].filter(Number.isFinite);
    const [lo, hi] = all.length ? (d3.extent(all) as [number, number]) : [0, 1];
    const x = d3
      .scaleLinear()
      .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
      .nice()
      .range([left, width - MARGIN.right]);
    const ticks = x.ticks(Math.max(2, Math.floor((width - left) / 110)));
    svg
      .append('g')
      .attr('transform', `translate(0,${height - MARGIN.bottom})`)
      .call(
        d3
          .axisBottom(x)
          .tickValues(ticks)
          .tickFormat((v) => tickFormat(kind === 'ratio' ? 'count' : kind, ticks, lang, currency)(Number(v))),
      )
      .style('font-size', '16px');
    const row = svg
      .append('g')
      .selectAll('g')
      .data(bars)
      .join('g')
      .attr('data-testid', 'tornado-bar')
      .attr('data-parameter', (b) => b.parameter)
      .attr('data-swing', (b) => String(b.swing))
      .attr('transform', (_, i) => `translate(0,${MARGIN.top + i * ROW})`);
    row.append('title').text(describe);
    row
      .append('text')
      .attr('x', left - 8)
      .attr('y', ROW / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .style('font-size', '16px')
      .text((b) => {
        const s = label(b);
        const max = Math.floor((left - 12) / 8.5);
        return s.length > max ? `${s.slice(0, max - 1)}…` : s;
      });
    const seg = (end: (b: TornadoBar) => number, color: string) =>
      row
        .append('rect')
        .attr('fill', color)
        .attr('x', (b) => (Number.isFinite(end(b)) ? x(Math.min(end(b), baseline)) : 0))
        .attr('width', (b) => (Number.isFinite(end(b)) ? Math.abs(x(end(b)) - x(baseline)) : 0))
        .attr('y', 5)
        .attr('height', ROW - 10);
    seg((b) => b.low, LOW_COLOR);
    seg((b) => b.high, HIGH_COLOR).attr('fill-opacity', 0.85);
    if (Number.isFinite(baseline))
      svg
        .append('line')
        .attr('x1', x(baseline))
        .attr('x2', x(baseline))
        .attr('y1', MARGIN.top - 4)
        .attr('y2', height - MARGIN.bottom)
        .attr('stroke', '#222')
        .attr('stroke-width', 1.5);
  });
  return (
    <figure className="sensitivity-chart" data-testid="tornado-chart">
      <figcaption>{title}</figcaption>
      <div ref={containerRef}>
        <svg ref={svgRef} role="img" aria-label={title} />
      </div>
      <div className="sensitivity-legend">
        <span>
          <span className="sensitivity-swatch" style={{ background: LOW_COLOR }} /> {props.lowLabel}
        </span>
        <span>
          <span className="sensitivity-swatch" style={{ background: HIGH_COLOR }} /> {props.highLabel}
        </span>
        <span>
          <span className="sensitivity-swatch sensitivity-swatch-line" /> {props.baselineLabel}
        </span>
      </div>
    </figure>
  );
}
