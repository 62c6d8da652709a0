/**
 * The agents as dots on a canvas, drawn pixel by pixel into one ImageData per frame: cheap
 * enough for 20,000 moving dots at 60 frames a second with software rendering.
 */
import { STATES, STATE_META } from '../../model/agent';
import { CHANNEL_POINTS, HEIGHT, WIDTH, clusterCentre, type Point } from './layout';

/** Colours of the states as little-endian RGBA words. */
const STATE_RGBA = Uint32Array.from(STATES, (s) => {
  const hex = STATE_META[s].color.replace('#', '');
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
});

/** A fixed pseudo-random number in [0, 1) for (i, salt): a dot's place in its cluster, its start delay. */
export function hash01(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2d);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/** Where dot `j` rests in a state's cluster (uniform over the disc). */
export function home(j: number, state: number, out: Point): Point {
  const c = clusterCentre(state);
  const angle = hash01(j, 1) * 2 * Math.PI;
  const radius = c.r * Math.sqrt(hash01(j, 2));
  out.x = c.x + radius * Math.cos(angle);
  out.y = c.y + radius * Math.sin(angle);
  return out;
}

const STATES_COUNT = STATES.length;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/** One day's moves, grouped by dot, as segments to animate. */
export interface DayMoves {
  /** dot index → first segment (−1: the dot does not move) */
  first: Int32Array;
  /** per segment: next segment of the same dot (−1: last) */
  next: Int32Array;
  from: Uint8Array;
  to: Uint8Array;
  channel: Uint8Array;
  /** number of segments of each dot, to share the day between them */
  count: Uint8Array;
}

/** Groups a day's moves by dot; `sample`: one dot stands for every k-th agent. */
export function groupMoves(
  dots: number,
  sample: number,
  moves: { agent: Int32Array; from: Uint8Array; to: Uint8Array; channel: Uint8Array },
): DayMoves {
  const n = moves.agent.length;
  const first = new Int32Array(dots).fill(-1);
  const last = new Int32Array(dots).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const count = new Uint8Array(dots);
  for (let k = 0; k < n; k++) {
    const a = moves.agent[k]!;
    if (a % sample !== 0) continue;
    const j = a / sample;
    if (j >= dots) continue;
    if (first[j] === -1) first[j] = k;
    else next[last[j]!] = k;
    last[j] = k;
    if (count[j]! < 255) count[j]!++;
  }
  return { first, next, from: moves.from, to: moves.to, channel: moves.channel, count };
}

/** Every dot's resting place in every state's cluster, computed once: homes[(dot × STATES + state) × 2]. */
function homeTable(dots: number): Float32Array {
  const table = new Float32Array(dots * STATES.length * 2);
  const p: Point = { x: 0, y: 0 };
  for (let j = 0; j < dots; j++) {
    for (let s = 0; s < STATES.length; s++) {
      home(j, s, p);
      table[(j * STATES.length + s) * 2] = p.x;
      table[(j * STATES.length + s) * 2 + 1] = p.y;
    }
  }
  return table;
}

/** Draws dots into a canvas sized in device pixels. */
export class DotPainter {
  private image: ImageData | null = null;
  private words: Uint32Array | null = null;
  private homes: Float32Array | null = null;
  private readonly p: Point = { x: 0, y: 0 };
  private readonly q: Point = { x: 0, y: 0 };

  constructor(private readonly canvas: HTMLCanvasElement) {}

  private homeOf(j: number, state: number, out: Point): Point {
    const k = (j * STATES_COUNT + state) * 2;
    out.x = this.homes![k]!;
    out.y = this.homes![k + 1]!;
    return out;
  }

  /**
   * Paints every dot: where it rests at the start of the animated day (`states`), or on its way
   * along the day's moves at `progress` ∈ [0, 1). `reduced`: no travel, dots jump at the day's end.
   * `ringed`: a dot to draw a ring around (the customer followed), −1 for none.
   */
  paint(states: Uint8Array, moves: DayMoves | null, progress: number, reduced: boolean, ringed = -1): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const w = this.canvas.width;
    const h = this.canvas.height;
    if (!this.image || this.image.width !== w || this.image.height !== h) {
      this.image = ctx.createImageData(w, h);
      this.words = new Uint32Array(this.image.data.buffer);
    }
    const words = this.words!;
    words.fill(0);
    const sx = w / WIDTH;
    const sy = h / HEIGHT;
    const dots = states.length;
    if (!this.homes || this.homes.length !== dots * STATES_COUNT * 2) this.homes = homeTable(dots);
    const size = Math.max(1, Math.round((dots > 10_000 ? 2 : dots > 2_000 ? 3 : 4) * Math.min(sx, sy) * 1.4));
    const { p, q } = this;
    let ringX = NaN;
    let ringY = NaN;
    for (let j = 0; j < dots; j++) {
      let state = states[j]!;
      const seg = moves && !reduced ? moves.first[j]! : -1;
      if (seg < 0) {
        this.homeOf(j, state, p);
      } else {
        // The dot's moves share the day: each takes its slice, eased, after a small per-dot delay.
        const delay = hash01(j, 3) * 0.25;
        const t = Math.min(1, Math.max(0, (progress - delay) / (1 - delay)));
        const segments = moves!.count[j]!;
        const pos = t * segments;
        let k = seg;
        const idx = Math.min(segments - 1, Math.floor(pos));
        for (let m = 0; m < idx; m++) k = moves!.next[k]!;
        const local = ease(pos - idx);
        const from = moves!.from[k]!;
        const to = moves!.to[k]!;
        this.homeOf(j, from, p);
        this.homeOf(j, to, q);
        const via = CHANNEL_POINTS[moves!.channel[k]!];
        if (via) {
          // Through the channel's node: first half to it, second half from it.
          if (local < 0.5) lerp(p, via, local * 2, p);
          else lerp(via, q, local * 2 - 1, p);
        } else {
          lerp(p, q, local, p);
        }
        state = local < 0.5 ? from : to;
      }
      if (j === ringed) {
        ringX = p.x * sx;
        ringY = p.y * sy;
      }
      const color = STATE_RGBA[state]!;
      const x0 = Math.round(p.x * sx - size / 2);
      const y0 = Math.round(p.y * sy - size / 2);
      for (let y = Math.max(0, y0); y < Math.min(h, y0 + size); y++) {
        const row = y * w;
        for (let x = Math.max(0, x0); x < Math.min(w, x0 + size); x++) words[row + x] = color;
      }
    }
    ctx.putImageData(this.image, 0, 0);
    if (!Number.isNaN(ringX)) {
      ctx.beginPath();
      ctx.arc(ringX, ringY, size * 1.6 + 3, 0, 2 * Math.PI);
      ctx.lineWidth = Math.max(2, size / 2);
      ctx.strokeStyle = '#111111';
      ctx.stroke();
    }
  }
}

function lerp(a: Point, b: Point, t: number, out: Point): Point {
  const x = a.x + (b.x - a.x) * t;
  const y = a.y + (b.y - a.y) * t;
  out.x = x;
  out.y = y;
  return out;
}
