/**
 * One team's small chart in the challenge: its figure by day (the median over the audiences with
 * its 10–90 % band) beside the best team's median, on a scale shared by every team's chart so
 * that the charts compare at a glance. React renders the caption; D3 draws the <svg>.
 */
import * as d3 from 'd3';
import { useEffect, useRef } from 'react';
import type { Band } from '../../engine/compare';
import { tickFormat, type FigureKind } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { Currency } from '../../model/scenario';

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 12, bottom: 30, left: 70 };
export const TEAM_COLOR = '#0072b2';
export const BEST_COLOR = '#555';

export interface TeamCurveProps {
  caption: string;
  curve: Band;
  /** the best team's median by day; null on the best team's own chart */
  best: readonly number[] | null;
  /** the figure's range over every team's chart */
  domain: [number, number];
  kind: FigureKind;
  lang: Lang;
  currency?: Currency;
  dayLabel: string;
}

export function TeamCurve({ caption, curve, best, domain, kind, lang, currency, dayLabel }: TeamCurveProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (!svgRef.current) return;
    const svg = d3.select(svgRef.current);
    svg.selectAll('*').remove();
    const days = curve.middle.length;
    const x = d3
      .scaleLinear()
      .domain([1, Math.max(2, days)])
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = d3
      .scaleLinear()
      .domain(domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain)
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const yTicks = y.ticks(4);
    svg
      .append('g')
      .attr('transform', `translate(${MARGIN.left},0)`)
      .call(
        d3
          .axisLeft(y)
          .tickValues(yTicks)
          .tickFormat((v) =>
            tickFormat(kind === 'ratio' ? 'count' : kind, yTicks, lang, currency)(Number(v)),
          ),
      )
      .style('font-size', '14px');
    svg
      .append('g')
      .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(
        d3
          .axisBottom(x)
          .ticks(4)
          .tickFormat((v) => String(v)),
      )
      .style('font-size', '14px')
      .append('text')
      .attr('x', WIDTH - MARGIN.right)
      .attr('y', -6)
      .attr('fill', '#444')
      .attr('text-anchor', 'end')
      .text(dayLabel);
    const index = d3.range(days);
    const defined = (i: number) => Number.isFinite(curve.low[i]!) && Number.isFinite(curve.high[i]!);
    svg
      .append('path')
      .attr('data-testid', 'team-band')
      .attr('fill', TEAM_COLOR)
      .attr('fill-opacity', 0.18)
      .attr(
        'd',
        d3
          .area<number>()
          .defined(defined)
          .x((i) => x(i + 1))
          .y0((i) => y(curve.low[i]!))
          .y1((i) => y(curve.high[i]!))(index),
      );
    if (best)
      svg
        .append('path')
        .attr('data-testid', 'best-median')
        .attr('fill', 'none')
        .attr('stroke', BEST_COLOR)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', '6 4')
        .attr(
          'd',
          d3
            .line<number>()
            .defined((i) => Number.isFinite(best[i]!))
            .x((i) => x(i + 1))
            .y((i) => y(best[i]!))(index),
        );
    svg
      .append('path')
      .attr('data-testid', 'team-median')
      .attr('fill', 'none')
      .attr('stroke', TEAM_COLOR)
      .attr('stroke-width', 2.5)
      .attr(
        'd',
        d3
          .line<number>()
          .defined((i) => Number.isFinite(curve.middle[i]!))
          .x((i) => x(i + 1))
          .y((i) => y(curve.middle[i]!))(index),
      );
  }, [curve, best, domain, kind, lang, currency, dayLabel]);
  return (
    <figure className="challenge-curve" data-testid="team-curve">
      <figcaption>{caption}</figcaption>
      <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={caption} />
    </figure>
  );
}
