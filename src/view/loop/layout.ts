/**
 * Where things sit in the loop diagram, after the seed article's picture: the audience on the
 * left, the three channels in the middle, the community and the website next, the product on
 * the right, the lost below it, and the loop back along the top and the bottom. Coordinates are
 * in the diagram's viewBox (WIDTH × HEIGHT); the dots' canvas uses the same system.
 */
import { CHANNELS, STATES, STATE_META, type AgentState, type Channel, type Place } from '../../model/agent';

export const WIDTH = 1000;
/** The loop fills 620 units; the band below carries the return from feedback to the product. */
export const HEIGHT = 680;

export interface Point {
  x: number;
  y: number;
}

/** Each place's node: centre and radius. */
export const PLACE_NODES: Record<Place, Point & { r: number }> = {
  audience: { x: 130, y: 310, r: 112 },
  community: { x: 590, y: 190, r: 72 },
  website: { x: 590, y: 420, r: 60 },
  product: { x: 860, y: 290, r: 96 },
  feedback: { x: 345, y: 500, r: 54 },
  lost: { x: 905, y: 540, r: 46 },
};

/** Channel nodes a dot passes through; null where the move stays inside or goes straight. */
export const CHANNEL_NODES: Record<Channel, Point | null> = {
  ads: { x: 345, y: 130 },
  content: { x: 345, y: 310 },
  feedback: { x: 345, y: 500 },
  wom: { x: 380, y: 42 },
  retargeting: { x: 705, y: 560 },
  site: null,
  product: null,
  time: null,
};

/** The channels drawn as boxes (feedback shares its node with the complaining place). */
export const CHANNEL_BOXES = ['ads', 'content', 'wom', 'retargeting'] as const satisfies Channel[];
export type BoxedChannel = (typeof CHANNEL_BOXES)[number];

/**
 * Font size of a channel's label, in viewBox units. At 1280×720 the diagram is about 685 px
 * wide (0.685 px a unit), so 24 units are 16.4 px: readable from the back of a room.
 */
export const CHANNEL_FONT = 24;
/** Distance between the baselines of a two-line label, in viewBox units. */
const LINE_STEP = 27;

/**
 * Each box's size in viewBox units and its number of lines, for the longer label of the two
 * languages at CHANNEL_FONT with room to spare (fonts differ between systems): measured in
 * Chromium, "Реклама" is 120 wide, "Ретаргетинг" 170, and "Сарафанное радио" 267 on one line,
 * so word of mouth takes two lines ("Сарафанное" 173). The end-to-end tests check the fit.
 */
export const CHANNEL_BOX_SIZE: Record<BoxedChannel, { width: number; height: number; lines: 1 | 2 }> = {
  ads: { width: 150, height: 44, lines: 1 },
  content: { width: 150, height: 44, lines: 1 },
  wom: { width: 210, height: 72, lines: 2 },
  retargeting: { width: 205, height: 44, lines: 1 },
};

/** A channel's box: its rectangle (top-left corner and size) centred on the channel's node. */
export function channelBox(c: BoxedChannel): { x: number; y: number; width: number; height: number } {
  const { width, height } = CHANNEL_BOX_SIZE[c];
  const node = CHANNEL_NODES[c]!;
  return { x: node.x - width / 2, y: node.y - height / 2, width, height };
}

/**
 * A channel's label as the lines its box holds, each with its anchor (centre, baseline): split at the space
 * nearest the middle when the box has two lines (and the label a space), so "Word of mouth"
 * reads "Word of / mouth".
 */
export function channelLabelLines(c: BoxedChannel, label: string): { text: string; x: number; y: number }[] {
  const node = CHANNEL_NODES[c]!;
  // A baseline about a third of the font below the centre puts the letters in the middle.
  const centred = node.y + CHANNEL_FONT / 3;
  const spaces = [...label].flatMap((ch, i) => (ch === ' ' ? [i] : []));
  if (CHANNEL_BOX_SIZE[c].lines === 1 || spaces.length === 0) return [{ text: label, x: node.x, y: centred }];
  const middle = label.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [
    { text: label.slice(0, cut), x: node.x, y: centred - LINE_STEP / 2 },
    { text: label.slice(cut + 1), x: node.x, y: centred + LINE_STEP / 2 },
  ];
}

/** Where each state's dots gather inside its place: an offset from the place's centre and a radius. */
export const STATE_CLUSTERS: Record<AgentState, { dx: number; dy: number; r: number }> = {
  unaware: { dx: -52, dy: 0, r: 56 },
  aware: { dx: 44, dy: 0, r: 62 },
  follower: { dx: 0, dy: 0, r: 60 },
  visitor: { dx: -16, dy: 0, r: 42 },
  returning: { dx: 38, dy: 6, r: 24 },
  customer: { dx: -44, dy: -8, r: 42 },
  advocate: { dx: 26, dy: 10, r: 66 },
  complaining: { dx: 0, dy: 0, r: 40 },
  lost: { dx: 0, dy: 0, r: 40 },
};

/** Centre of a state's cluster. */
export function clusterCentre(state: number): Point & { r: number } {
  const name = STATES[state]!;
  const node = PLACE_NODES[STATE_META[name].place];
  const c = STATE_CLUSTERS[name];
  return { x: node.x + c.dx, y: node.y + c.dy, r: c.r };
}

/** The arrows of the loop: from a node to a node, with the channel or path they stand for. */
export interface Arrow {
  from: Point;
  to: Point;
  /** bend of the curve, as a share of its length (negative bends the other way) */
  bend: number;
  /** the channel whose moves it carries, to highlight on hover */
  channel?: Channel;
}

const P = PLACE_NODES;
const CH = CHANNEL_NODES;
export const ARROWS: Arrow[] = [
  { from: P.audience, to: CH.ads!, bend: 0.12, channel: 'ads' },
  { from: P.audience, to: CH.content!, bend: 0, channel: 'content' },
  { from: P.audience, to: CH.feedback!, bend: -0.12, channel: 'feedback' },
  { from: CH.ads!, to: P.community, bend: 0.05, channel: 'ads' },
  { from: CH.ads!, to: P.website, bend: -0.1, channel: 'ads' },
  { from: CH.content!, to: P.community, bend: 0.05, channel: 'content' },
  { from: CH.content!, to: P.website, bend: -0.05, channel: 'content' },
  { from: CH.feedback!, to: P.community, bend: 0.18, channel: 'feedback' },
  { from: P.community, to: P.website, bend: 0.2, channel: 'content' },
  { from: P.website, to: P.product, bend: -0.1, channel: 'site' },
  { from: P.product, to: CH.feedback!, bend: -0.25, channel: 'feedback' },
  { from: P.product, to: CH.wom!, bend: 0.15, channel: 'wom' },
  { from: CH.wom!, to: P.audience, bend: 0.2, channel: 'wom' },
  { from: P.product, to: P.lost, bend: 0.2, channel: 'time' },
  { from: P.lost, to: CH.retargeting!, bend: -0.1, channel: 'retargeting' },
  { from: CH.retargeting!, to: P.website, bend: -0.1, channel: 'retargeting' },
];

/**
 * How far from a node's centre an arrow along (dx, dy) starts or ends: past a place's circle, or
 * past the edge of a channel's box (an arrowhead inside a box would be hidden by it).
 */
export function nodeGap(p: Point, dx: number, dy: number): number {
  if ('r' in p) return (p as Point & { r: number }).r;
  const boxed = CHANNEL_BOXES.find((c) => CHANNEL_NODES[c] === p);
  if (!boxed) {
    // A channel without a box sits on a place (feedback on the complaining): clear its circle.
    const place = Object.values(PLACE_NODES).find((n) => n.x === p.x && n.y === p.y);
    return place ? place.r : 0;
  }
  const { width, height } = CHANNEL_BOX_SIZE[boxed];
  const len = Math.hypot(dx, dy) || 1;
  return Math.min(width / 2 / (Math.abs(dx / len) || 1e-9), height / 2 / (Math.abs(dy / len) || 1e-9));
}

/** An arrow's gaps at its start and its end: clear of both nodes, the end leaving room for the head. */
export function arrowGaps(a: Arrow): [number, number] {
  const dx = a.to.x - a.from.x;
  const dy = a.to.y - a.from.y;
  return [nodeGap(a.from, dx, dy) + 4, nodeGap(a.to, -dx, -dy) + 8];
}

/** SVG path of an arrow: a quadratic curve bent sideways by `bend` × its length, stopping short of the nodes. */
export function arrowPath(a: Arrow, gapFrom = 0, gapTo = 0): string {
  const dx = a.to.x - a.from.x;
  const dy = a.to.y - a.from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const sx = a.from.x + ux * gapFrom;
  const sy = a.from.y + uy * gapFrom;
  const ex = a.to.x - ux * gapTo;
  const ey = a.to.y - uy * gapTo;
  const cx = (sx + ex) / 2 - uy * a.bend * len;
  const cy = (sy + ey) / 2 + ux * a.bend * len;
  return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

/** A channel's index → its node (null when a move through it goes straight). */
export const CHANNEL_POINTS: (Point | null)[] = CHANNELS.map((c) => CHANNEL_NODES[c]);

/**
 * The return of the loop: what the brand learns from feedback goes back to the product. A path
 * from the feedback node's left, down, along the band below the loop, and up into the product's
 * right side.
 */
export const RETURN_Y = 650;
export const RETURN_PATH = (() => {
  const fb = PLACE_NODES.feedback;
  const pr = PLACE_NODES.product;
  const left = 250;
  const right = 978;
  const r = 14; // corner radius
  const entryY = pr.y + 20;
  const entryX = pr.x + Math.sqrt(pr.r * pr.r - 20 * 20) + 10;
  return [
    `M${fb.x - fb.r - 2},${fb.y}`,
    `H${left + r} Q${left},${fb.y} ${left},${fb.y + r}`,
    `V${RETURN_Y - r} Q${left},${RETURN_Y} ${left + r},${RETURN_Y}`,
    `H${right - r} Q${right},${RETURN_Y} ${right},${RETURN_Y - r}`,
    `V${entryY + r} Q${right},${entryY} ${right - r},${entryY}`,
    `H${entryX.toFixed(1)}`,
  ].join(' ');
})();
/** Where the return's label sits: along the band, between feedback and the lost. */
export const RETURN_LABEL = { x: 614, y: RETURN_Y - 12 };

/**
 * The arrows joining the upstream half (drawn above the diagram) to the loop: from the product up
 * into the research, and from the strategy down into the channels it sets.
 */
export const UPSTREAM_ARROWS: { d: string; kind: 'research' | 'strategy' }[] = [
  (() => {
    const pr = PLACE_NODES.product;
    const x = pr.x + 70;
    const y = pr.y - Math.sqrt(pr.r * pr.r - 70 * 70) - 4;
    return { d: `M${x},${y.toFixed(1)} L${x + 14},4`, kind: 'research' as const };
  })(),
  (() => {
    const ads = channelBox('ads');
    return { d: `M${ads.x - 40},4 L${ads.x + 14},${ads.y - 8}`, kind: 'strategy' as const };
  })(),
];
