/**
 * Where people moved up to a day: a Sankey from the places they left (left column), through the
 * channels that moved them (middle), to the places they reached (right column).
 */
import { useMemo, useRef } from 'react';
import * as d3 from 'd3';
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { CHANNELS, PLACES, STATES, STATE_META, type Channel, type Place } from '../../model/agent';
import { NOUNS, STRINGS, type Lang } from '../../i18n/strings';
import { formatCount, formatCounted } from '../../i18n/format';
import { flowsAt, type RunData } from '../../store/run-data';
import { CHANNEL_LABELS, CHART_TEXT, PLACE_LABELS } from './labels';
import { useResponsiveDraw } from './useResponsiveDraw';

export interface FlowSankeyProps {
  run: RunData;
  day: number;
  lang: Lang;
  title: string;
}

/** The colour of a place: that of its first state in the statechart. */
export const PLACE_COLOR = Object.fromEntries(
  PLACES.map((p) => [p, STATE_META[STATES.find((s) => STATE_META[s].place === p)!].color]),
) as Record<Place, string>;
const CHANNEL_COLOR = '#8a8a8a';

type Column = 'from' | 'channel' | 'to';
interface FlowNode {
  id: string;
  column: Column;
  name: Place | Channel;
  /** sort order within the column */
  order: number;
}
interface FlowLink {
  source: string;
  target: string;
  value: number;
  /** the place the people came from (colours the link) */
  origin: Place;
  /** where they went, for links out of a channel */
  destination?: Place;
}

/**
 * Only moves between places are drawn. Moves within one place — becoming aware of the brand
 * through an ad, forgetting it, a customer turning loyal — are not journeys through the loop, and
 * awareness alone outnumbers every other move many times over, squeezing the rest into hairlines.
 */

/**
 * Visits that end without a purchase, back to the audience or the community, outnumber every
 * other move many times over: drawn, they would leave complaints and the lost as hairlines. They
 * are folded into a line of text under the diagram instead.
 */
function isExitWithoutPurchase(from: Place, channel: Channel, to: Place): boolean {
  return from === 'website' && channel === 'site' && (to === 'audience' || to === 'community');
}

/** The Sankey's nodes and links at the end of `day` (empty before day 1), and the exits folded out of it. */
export function flowGraph(
  run: RunData,
  day: number,
): { nodes: FlowNode[]; links: FlowLink[]; total: number; folded: number } {
  if (day < 1 || run.days < 1) return { nodes: [], links: [], total: 0, folded: 0 };
  const flows = flowsAt(run, day);
  const S = STATES.length;
  const C = CHANNELS.length;
  const firstLeg = new Map<string, FlowLink>();
  const secondLeg = new Map<string, FlowLink>();
  let total = 0;
  let folded = 0;
  const add = (legs: Map<string, FlowLink>, key: string, link: Omit<FlowLink, 'value'>, n: number) => {
    const found = legs.get(key);
    if (found) found.value += n;
    else legs.set(key, { ...link, value: n });
  };
  for (let a = 0; a < S; a++)
    for (let c = 0; c < C; c++)
      for (let b = 0; b < S; b++) {
        const n = flows[(a * C + c) * S + b]!;
        if (!n) continue;
        const from = STATE_META[STATES[a]!].place;
        const to = STATE_META[STATES[b]!].place;
        const channel = CHANNELS[c]!;
        if (from === to) continue;
        total += n;
        if (isExitWithoutPurchase(from, channel, to)) {
          folded += n;
          continue;
        }
        add(
          firstLeg,
          `${from}|${channel}`,
          { source: `from:${from}`, target: `ch:${channel}`, origin: from },
          n,
        );
        add(
          secondLeg,
          `${from}|${channel}|${to}`,
          { source: `ch:${channel}`, target: `to:${to}`, origin: from, destination: to },
          n,
        );
      }
  const links = [...firstLeg.values(), ...secondLeg.values()];
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes: FlowNode[] = [
    ...PLACES.map((p, i) => ({ id: `from:${p}`, column: 'from' as const, name: p, order: i })),
    ...CHANNELS.map((c, i) => ({ id: `ch:${c}`, column: 'channel' as const, name: c, order: i })),
    ...PLACES.map((p, i) => ({ id: `to:${p}`, column: 'to' as const, name: p, order: i })),
  ].filter((n) => used.has(n.id));
  return { nodes, links, total, folded };
}

const LABEL_FONT = 16;
const CHAR_WIDTH = 9.6;

export function FlowSankey({ run, day, lang, title }: FlowSankeyProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const graph = useMemo(() => flowGraph(run, day), [run, day]);
  const empty = graph.links.length === 0;

  const containerRef = useResponsiveDraw((width) => {
    if (svgRef.current && !empty) draw(svgRef.current, width, graph, lang);
  });

  const ariaLabel = `${title}. ${STRINGS[lang].day} ${day}: ${formatCounted(graph.total, NOUNS.move, lang)}.`;

  return (
    <div className="charts-chart charts-sankey">
      <h3 className="charts-title">{title}</h3>
      <div className="charts-canvas" ref={containerRef}>
        {empty ? (
          <p className="charts-empty">{CHART_TEXT.noMoves[lang]}</p>
        ) : (
          <svg ref={svgRef} className="charts-svg" role="img" aria-label={ariaLabel} />
        )}
      </div>
      {graph.folded > 0 && (
        <p className="charts-note" data-testid="sankey-folded">
          {CHART_TEXT.foldedExits[lang]}: {formatCount(graph.folded, lang)}.
        </p>
      )}
    </div>
  );
}

type Graph = SankeyGraph<FlowNode, FlowLink>;

function draw(
  svgEl: SVGSVGElement,
  width: number,
  data: { nodes: FlowNode[]; links: FlowLink[] },
  lang: Lang,
): void {
  const svg = d3.select(svgEl);
  svg.selectAll('*').remove();

  const nameOf = (n: FlowNode) =>
    n.column === 'channel' ? CHANNEL_LABELS[n.name as Channel][lang] : PLACE_LABELS[n.name as Place][lang];
  const labelOf = (n: FlowNode, value: number) => `${nameOf(n)} ${formatCount(value, lang)}`;

  // Room for the outer columns' labels, which sit outside the nodes.
  const valueOf = (id: string, side: 'source' | 'target') =>
    d3.sum(
      data.links.filter((l) => l[side] === id),
      (l) => l.value,
    );
  const widest = (column: Column) =>
    d3.max(
      data.nodes.filter((n) => n.column === column),
      (n) => labelOf(n, valueOf(n.id, column === 'from' ? 'source' : 'target')).length,
    ) ?? 0;
  const left = Math.min(width * 0.3, widest('from') * CHAR_WIDTH + 10);
  const right = Math.min(width * 0.3, widest('to') * CHAR_WIDTH + 10);
  const middleCount = data.nodes.filter((n) => n.column === 'channel').length;
  const middleLabel = widest('channel') * CHAR_WIDTH + 12;
  const middleName =
    (d3.max(
      data.nodes.filter((n) => n.column === 'channel'),
      (n) => nameOf(n).length,
    ) ?? 0) *
      CHAR_WIDTH +
    12;
  const inner = Math.max(60, width - left - right);
  const nodeWidth = 12;
  // The channels' column sits left of centre, leaving room for its labels before the right column.
  const twoLines = middleLabel > inner * 0.6;
  const middleShare = Math.min(0.5, Math.max(0.25, 1 - (twoLines ? middleName : middleLabel) / inner));
  const height = Math.max(260, (twoLines ? 52 : 40) * Math.max(middleCount, 4));
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('preserveAspectRatio', 'xMinYMin meet');

  const layout = sankey<FlowNode, FlowLink>()
    .nodeId((n) => n.id)
    .nodeWidth(nodeWidth)
    .nodePadding(twoLines ? 30 : 18)
    .nodeAlign((n) => (n.column === 'from' ? 0 : n.column === 'channel' ? 1 : 2))
    .nodeSort((a, b) => a.order - b.order)
    .extent([
      [left, 8],
      [Math.max(left + 60, width - right), height - 8],
    ]);
  // The layout mutates its input: give it copies.
  const graph: Graph = layout({
    nodes: data.nodes.map((n) => ({ ...n })),
    links: data.links.map((l) => ({ ...l })),
  } as Graph);

  // Move the channels' column (links are drawn from the nodes' final positions).
  const middleX = left + (inner - nodeWidth) * middleShare;
  for (const n of graph.nodes)
    if (n.column === 'channel') {
      n.x0 = middleX;
      n.x1 = middleX + nodeWidth;
    }

  const colorOfNode = (n: FlowNode) =>
    n.column === 'channel' ? CHANNEL_COLOR : PLACE_COLOR[n.name as Place];

  svg
    .append('g')
    .attr('class', 'charts-links')
    .attr('fill', 'none')
    .selectAll('path')
    .data(graph.links)
    .join('path')
    .attr('class', 'charts-link')
    .attr('d', sankeyLinkHorizontal<FlowNode, FlowLink>())
    .attr('stroke', (l) => PLACE_COLOR[l.origin])
    .attr('stroke-opacity', 0.45)
    .attr('stroke-width', (l) => Math.max(1, l.width ?? 1))
    .append('title')
    .text((l) => {
      const from = PLACE_LABELS[l.origin][lang];
      const via = nameOf(l.source as FlowNode);
      const to = l.destination ? ` → ${PLACE_LABELS[l.destination][lang]}` : '';
      return `${from} → ${via}${to}: ${formatCount(l.value, lang)}`;
    });

  const nodes = svg.append('g').attr('class', 'charts-nodes').selectAll('g').data(graph.nodes).join('g');
  nodes
    .append('rect')
    .attr('class', 'charts-node')
    .attr('x', (n) => n.x0!)
    .attr('y', (n) => n.y0!)
    .attr('width', (n) => n.x1! - n.x0!)
    .attr('height', (n) => Math.max(1, n.y1! - n.y0!))
    .attr('fill', colorOfNode);
  const labels = nodes
    .append('text')
    .attr('class', (n) => `charts-node-label charts-node-label-${n.column}`)
    .attr('x', (n) => (n.column === 'from' ? n.x0! - 6 : n.x1! + 6))
    .attr('y', (n) => (n.y0! + n.y1!) / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', (n) => (n.column === 'from' ? 'end' : 'start'))
    .attr('font-size', LABEL_FONT);
  // A channel's label sits between the columns; when it does not fit there, its count goes below.
  labels.filter((n) => n.column !== 'channel' || !twoLines).text((n) => labelOf(n, n.value ?? 0));
  const wrapped = labels.filter((n) => n.column === 'channel' && twoLines).attr('dy', '-0.15em');
  wrapped.append('tspan').text(nameOf);
  wrapped
    .append('tspan')
    .attr('x', (n) => n.x1! + 6)
    .attr('dy', '1.1em')
    .text((n) => formatCount(n.value ?? 0, lang));
}
