/**
 * A layered layout of the agent statechart, computed here (no layout library): states are boxes
 * grouped by place, the places in the loop's order packed into rows of at most three boxes, each
 * row's boxes set in the columns nearest the states they are linked to. Inside a box, its
 * transitions are listed by target and event ("→ Customer", "Ad: clicks 3 · otherwise 40"); the
 * ones that leave the state end in one arrow per target state. Arrows run orthogonally: out of
 * the box's side into the gutter between columns (each arrow on a lane of its own), along the
 * channel between rows to the target, and into the target's top or bottom, so that no line
 * crosses a box and no two lines share a track.
 */
import type { GraphState, GraphTransition, MachineGraph } from './machine-graph';
import type { Place } from '../../model/agent';

export const FONT = 16;
const LINE = 22;
const HEADER = 40;
const PAD = 8;
const BLOCK_GAP = 8;
const LANE = 9;
const CHANNEL_PAD = 14;
const PLACE_BAND = 26;
const COLUMNS = 3;
const INDENT = 6;
const SEPARATOR = ' · ';

export type Weight = 'normal' | 'bold';
export type Measure = (text: string, weight: Weight) => number;

export interface LayoutWords {
  state(id: string): string;
  place(p: Place): string;
  event(type: string): string;
  guard(t: GraphTransition): string;
  stays: string;
  to(stateLabel: string): string;
}

export interface LayoutInput {
  graph: MachineGraph;
  words: LayoutWords;
  measure: Measure;
  /** width to keep for a transition's count (the widest it reaches in the run) */
  countWidth(t: GraphTransition): number;
  /** the width of the drawing */
  width: number;
}

export interface TextItem {
  kind: 'lead' | 'event' | 'transition' | 'separator';
  text: string;
  x: number;
  y: number;
  transition?: GraphTransition;
  /** where the count starts, for a transition */
  countX?: number;
  /** where the item ends */
  right: number;
}

export interface Block {
  /** the target state; undefined for the transitions that stay */
  target: string | undefined;
  x: number;
  y: number;
  h: number;
  items: TextItem[];
}

export interface Box {
  state: GraphState;
  label: string;
  row: number;
  col: number;
  x: number;
  y: number;
  w: number;
  h: number;
  blocks: Block[];
}

export interface Edge {
  id: string;
  source: string;
  target: string;
  transitions: GraphTransition[];
  points: [number, number][];
  /** the arrowhead points down (into a top) or up (into a bottom) */
  down: boolean;
}

export interface PlaceFrame {
  place: Place;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  boxes: Box[];
  edges: Edge[];
  places: PlaceFrame[];
}

/** Lays the machine out. */
export function layoutChart(input: LayoutInput): ChartLayout {
  const { graph, words, measure, countWidth } = input;

  // 1. Rows: the places in the loop's order, packed into rows of at most COLUMNS states.
  const rows: GraphState[][] = [];
  for (const place of graph.places) {
    const members = graph.states.filter((s) => s.meta.place === place);
    const last = rows[rows.length - 1];
    if (last && last.length + members.length <= COLUMNS) last.push(...members);
    else for (let k = 0; k < members.length; k += COLUMNS) rows.push(members.slice(k, k + COLUMNS));
  }
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => r.forEach((s) => rowOf.set(s.id, i)));

  // 2. Columns: full rows fill them; a shorter row takes, in order, the columns nearest the
  // mean column of the states it is linked to (its barycentre), as in a layered drawing.
  const colOf = new Map<string, number>();
  const links = new Map<string, string[]>();
  for (const t of graph.transitions) {
    if (t.internal || t.source === t.target) continue;
    links.set(t.source, [...(links.get(t.source) ?? []), t.target]);
    links.set(t.target, [...(links.get(t.target) ?? []), t.source]);
  }
  const full = rows.map((r) => r.length === COLUMNS);
  rows.forEach((r, i) => full[i] && r.forEach((s, c) => colOf.set(s.id, c)));
  rows.forEach((r) => {
    if (r.length === COLUMNS) return;
    const centre = (COLUMNS - 1) / 2;
    const want = r.map((s) => {
      const placed = (links.get(s.id) ?? []).map((n) => colOf.get(n)).filter((c) => c !== undefined);
      return placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : centre;
    });
    let best: number[] = [];
    let bestCost = Infinity;
    const choose = (from: number, picked: number[]) => {
      if (picked.length === r.length) {
        const cost = picked.reduce((a, c, k) => a + Math.abs(c - want[k]!), 0);
        if (cost < bestCost - 1e-9) [best, bestCost] = [picked, cost];
        return;
      }
      for (let c = from; c < COLUMNS; c++) choose(c + 1, [...picked, c]);
    };
    choose(0, []);
    r.forEach((s, k) => colOf.set(s.id, best[k]!));
  });

  // 3. Routing, in the abstract: which gutter and which channel each arrow runs in.
  const pairs = new Map<string, GraphTransition[]>();
  for (const t of graph.transitions) {
    if (t.internal || t.target === t.source) continue;
    const key = `${t.source}>${t.target}`;
    pairs.set(key, [...(pairs.get(key) ?? []), t]);
  }
  interface Route {
    id: string;
    source: string;
    target: string;
    transitions: GraphTransition[];
    right: boolean;
    gutter: number;
    channel: number;
    intoTop: boolean;
  }
  // Each arrow leaves by the side facing its target, unless the gutter on the other side carries
  // fewer arrows by a margin: lanes spread over the gutters keep the boxes wide.
  const load = new Array<number>(COLUMNS + 1).fill(0);
  const routes: Route[] = [...pairs].map(([id, transitions]) => {
    const source = transitions[0]!.source;
    const target = transitions[0]!.target;
    const cs = colOf.get(source)!;
    const ct = colOf.get(target)!;
    const rs = rowOf.get(source)!;
    const rt = rowOf.get(target)!;
    const cost = (right: boolean) =>
      load[right ? cs + 1 : cs]! + (ct === cs || right === ct > cs ? 0 : 2) + (right ? 0.1 : 0);
    const right = cost(true) < cost(false);
    const gutter = right ? cs + 1 : cs;
    load[gutter]!++;
    const intoTop = rt >= rs;
    return { id, source, target, transitions, right, gutter, channel: intoTop ? rt : rt + 1, intoTop };
  });
  const gutterLanes = Array.from({ length: COLUMNS + 1 }, (_, g) => routes.filter((r) => r.gutter === g));
  const channelLanes = Array.from({ length: rows.length + 1 }, (_, c) =>
    routes.filter((r) => r.channel === c),
  );
  const gutterWidth = gutterLanes.map((l) => Math.max(28, l.length * LANE + 18));
  const channelHeight = channelLanes.map(
    (l, c) => l.length * LANE + CHANNEL_PAD + (c < rows.length ? PLACE_BAND : 8),
  );

  // 4. Boxes: their width from what is left, their text flowed into lines.
  const boxW = Math.floor((input.width - gutterWidth.reduce((a, b) => a + b, 0)) / COLUMNS);
  const colX = (c: number) => gutterWidth.slice(0, c + 1).reduce((a, b) => a + b, 0) + c * boxW;
  const inner = boxW - 2 * PAD;
  const spaceW = measure(' ', 'normal');
  const sepW = measure(SEPARATOR, 'normal');

  const flowBlock = (list: GraphTransition[], lead: string): { items: TextItem[]; lines: number } => {
    const items: TextItem[] = [{ kind: 'lead', text: lead, x: 0, y: 0, right: measure(lead, 'bold') }];
    let line = 0;
    const events = [...new Set(list.map((t) => t.event))];
    for (const ev of events) {
      line++;
      let x = 0;
      const label = `${words.event(ev)}:`;
      items.push({ kind: 'event', text: label, x, y: line, right: x + measure(label, 'bold') });
      x += measure(label, 'bold') + spaceW;
      list
        .filter((t) => t.event === ev)
        .forEach((t, k) => {
          const text = words.guard(t);
          const w = measure(text, 'normal') + spaceW + countWidth(t);
          const sep = k > 0 ? sepW : 0;
          if (x + sep + w > inner && x > INDENT) {
            line++;
            x = INDENT;
          } else if (sep) {
            items.push({
              kind: 'separator',
              text: SEPARATOR.trim(),
              x: x + sepW / 2,
              y: line,
              right: x + sepW,
            });
            x += sep;
          }
          const countX = x + w - countWidth(t);
          items.push({ kind: 'transition', text, x, y: line, transition: t, countX, right: x + w });
          x += w;
        });
    }
    return { items, lines: line + 1 };
  };

  const boxes: Box[] = graph.states.map((state) => {
    const outgoing = graph.transitions.filter((t) => t.source === state.id);
    const targets = [
      ...new Set(outgoing.filter((t) => !t.internal && t.target !== state.id).map((t) => t.target)),
    ];
    const staying = outgoing.filter((t) => t.internal || t.target === state.id);
    const blocks: Block[] = [];
    let y = HEADER + PAD / 2;
    const addBlock = (target: string | undefined, list: GraphTransition[], lead: string) => {
      const { items, lines } = flowBlock(list, lead);
      const h = lines * LINE;
      blocks.push({
        target,
        x: PAD,
        y,
        h,
        items: items.map((i) => ({
          ...i,
          x: i.x + PAD,
          right: i.right + PAD,
          ...(i.countX === undefined ? {} : { countX: i.countX + PAD }),
          y: y + (i.y + 0.75) * LINE,
        })),
      });
      y += h + BLOCK_GAP;
    };
    for (const target of targets) {
      addBlock(
        target,
        outgoing.filter((t) => t.target === target && !t.internal),
        words.to(words.state(target)),
      );
    }
    if (staying.length) addBlock(undefined, staying, `↻ ${words.stays}`);
    return {
      state,
      label: words.state(state.id),
      row: rowOf.get(state.id)!,
      col: colOf.get(state.id)!,
      x: colX(colOf.get(state.id)!),
      y: 0,
      w: boxW,
      h: y - BLOCK_GAP + PAD,
      blocks,
    };
  });

  // 5. Rows stacked, each below the channel above it.
  const rowTop: number[] = [];
  let y = 0;
  rows.forEach((_, i) => {
    y += channelHeight[i]!;
    rowTop.push(y);
    y += Math.max(...boxes.filter((b) => b.row === i).map((b) => b.h));
  });
  const height = y + channelHeight[rows.length]!;
  for (const b of boxes) b.y = rowTop[b.row]!;
  const boxOf = new Map(boxes.map((b) => [b.state.id, b]));
  const channelTop = (c: number) =>
    c === 0 ? 0 : rowTop[c - 1]! + Math.max(...boxes.filter((b) => b.row === c - 1).map((b) => b.h));

  // 6. Lanes and points. Arrows into one side of a box are spread along it, in the order their
  // lanes come from, so that they do not cross on the way in.
  const laneX = new Map<string, number>();
  gutterLanes.forEach((lanes, g) => {
    const left = g === 0 ? 0 : colX(g - 1) + boxW;
    const centre = left + gutterWidth[g]! / 2;
    lanes.forEach((r, k) => laneX.set(r.id, centre + (k - (lanes.length - 1) / 2) * LANE));
  });
  const laneY = new Map<string, number>();
  channelLanes.forEach((lanes, c) => {
    const top = channelTop(c) + CHANNEL_PAD / 2 + 4;
    lanes.forEach((r, k) => laneY.set(r.id, top + k * LANE));
  });
  const entryX = new Map<string, number>();
  for (const b of boxes) {
    for (const top of [true, false]) {
      const into = routes
        .filter((r) => r.target === b.state.id && r.intoTop === top)
        .sort((p, q) => laneX.get(p.id)! - laneX.get(q.id)!);
      into.forEach((r, k) => entryX.set(r.id, b.x + 40 + ((b.w - 80) * (k + 1)) / (into.length + 1)));
    }
  }
  const edges: Edge[] = routes.map((r) => {
    const s = boxOf.get(r.source)!;
    const t = boxOf.get(r.target)!;
    const block = s.blocks.find((bl) => bl.target === r.target)!;
    const py = s.y + block.y + Math.min(LINE / 2 + 2, block.h / 2);
    const px = r.right ? s.x + s.w : s.x;
    const gx = laneX.get(r.id)!;
    const cy = laneY.get(r.id)!;
    const ex = entryX.get(r.id)!;
    const ey = r.intoTop ? t.y : t.y + t.h;
    return {
      id: r.id,
      source: r.source,
      target: r.target,
      transitions: r.transitions,
      points: [
        [px, py],
        [gx, py],
        [gx, cy],
        [ex, cy],
        [ex, ey],
      ],
      down: r.intoTop,
    };
  });

  // 7. Places: a frame around the states of each place, named above them.
  const places: PlaceFrame[] = graph.places.map((place) => {
    const members = boxes.filter((b) => b.state.meta.place === place);
    const x0 = Math.min(...members.map((b) => b.x)) - 6;
    const x1 = Math.max(...members.map((b) => b.x + b.w)) + 6;
    const y0 = Math.min(...members.map((b) => b.y)) - PLACE_BAND;
    const y1 = Math.max(...members.map((b) => b.y + b.h)) + 6;
    return { place, label: words.place(place), x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  });

  return { width: input.width, height, boxes, edges, places };
}
