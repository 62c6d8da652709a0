/**
 * A sweep's chart: the figure's median over seeds by the parameter's value, with the band from
 * the 10th to the 90th percentile. React renders the title and legend; D3 draws the <svg>.
 */
import * as d3 from 'd3';
import { useRef } from 'react';
import type { SweepCurve } from '../../engine/sensitivity';
import { formatFigure, formatSetting, tickFormat, type FigureKind } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { ParameterSpec } from '../../model/parameters';
import type { Currency } from '../../model/scenario';
import { useResponsiveDraw } from '../charts/useResponsiveDraw';

const COLOR = '#0072b2';
const HEIGHT = 280;
const MARGIN = { top: 12, right: 64, bottom: 44, left: 84 };

export interface SweepChartProps {
  title: string;
  curve: SweepCurve;
  spec: ParameterSpec;
  kind: FigureKind;
  lang: Lang;
  currency?: Currency;
  medianLabel: string;
  bandLabel: string;
}

export function SweepChart({
  title,
  curve,
  spec,
  kind,
  lang,
  currency,
  medianLabel,
  bandLabel,
}: SweepChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const containerRef = useResponsiveDraw((width) => {
    const svg = d3.select(svgRef.current);
    if (!svgRef.current) return;
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    svg.selectAll('*').remove();
    const { values, band } = curve;
    const xs = values;
    const finite = [...band.low, ...band.high, ...band.middle].filter(Number.isFinite);
    // a logarithmic parameter on a log scale (symmetric, so that 0 has a place)
    const x = (spec.log ? d3.scaleSymlog().constant(spec.step > 0 ? spec.step : 1) : d3.scaleLinear())
      .domain(d3.extent(xs) as [number, number])
      .range([MARGIN.left, width - MARGIN.right]);
    const [lo, hi] = finite.length ? (d3.extent(finite) as [number, number]) : [0, 1];
    const y = d3
      .scaleLinear()
      .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const axisKind = kind === 'ratio' ? 'count' : kind;
    const yTicks = y.ticks(5);
    svg
      .append('g')
      .attr('transform', `translate(${MARGIN.left},0)`)
      .call(
        d3
          .axisLeft(y)
          .tickValues(yTicks)
          .tickFormat((v) => tickFormat(axisKind, yTicks, lang, currency)(Number(v))),
      )
      .style('font-size', '16px');
    const xTicks = spec.log
      ? xs.filter(
          (_, i) =>
            i % Math.ceil(xs.length / Math.max(2, Math.floor(width / 140))) === 0 || i === xs.length - 1,
        )
      : x.ticks(Math.max(2, Math.floor(width / 140)));
    svg
      .append('g')
      .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(
        d3
          .axisBottom(x)
          .tickValues(xTicks)
          .tickFormat((v) => formatSetting(spec, Number(v), lang, currency)),
      )
      .style('font-size', '16px');
    const ok = (i: number) => Number.isFinite(band.low[i]!) && Number.isFinite(band.high[i]!);
    svg
      .append('path')
      .attr('data-testid', 'sweep-band')
      .attr('fill', COLOR)
      .attr('fill-opacity', 0.18)
      .attr(
        'd',
        d3
          .area<number>()
          .defined((_, i) => ok(i))
          .x((v) => x(v))
          .y0((_, i) => y(band.low[i]!))
          .y1((_, i) => y(band.high[i]!))(xs),
      );
    svg
      .append('path')
      .attr('data-testid', 'sweep-median')
      .attr('fill', 'none')
      .attr('stroke', COLOR)
      .attr('stroke-width', 2.5)
      .attr(
        'd',
        d3
          .line<number>()
          .defined((_, i) => Number.isFinite(band.middle[i]!))
          .x((v) => x(v))
          .y((_, i) => y(band.middle[i]!))(xs),
      );
    svg
      .append('g')
      .selectAll('circle')
      .data(xs.map((v, i) => ({ v, m: band.middle[i]! })).filter((p) => Number.isFinite(p.m)))
      .join('circle')
      .attr('data-testid', 'sweep-point')
      .attr('cx', (p) => x(p.v))
      .attr('cy', (p) => y(p.m))
      .attr('r', 4)
      .attr('fill', COLOR)
      .append('title')
      .text((p) => `${formatSetting(spec, p.v, lang, currency)}: ${formatFigure(kind, p.m, lang, currency)}`);
  });
  return (
    <figure className="sensitivity-chart" data-testid="sweep-chart">
      <figcaption>{title}</figcaption>
      <div ref={containerRef}>
        <svg ref={svgRef} role="img" aria-label={title} />
      </div>
      <div className="sensitivity-legend">
        <span>
          <span className="sensitivity-swatch" style={{ background: COLOR }} /> {medianLabel}
        </span>
        <span>
          <span className="sensitivity-swatch" style={{ background: COLOR, opacity: 0.25 }} /> {bandLabel}
        </span>
      </div>
    </figure>
  );
}
