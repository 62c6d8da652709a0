/**
 * Waiting times instead of daily rolls. A chance that every agent rolls every day, such as
 * forgetting the brand (`forget`, rolled on each day without contact), passes on the days of a
 * Bernoulli process: independently each day with the chance p. Rather than hash a draw for every
 * agent every day only to find that it fails (p is about 1/30), the engine draws the gaps between
 * the days on which an agent's roll would pass, each once, as a geometric waiting time:
 * P(gap > k) = (1 − p)^k. The days are the same process, so the model is unchanged; the engine
 * merely knows in advance on which days the roll passes, and on the others skips the agents
 * whose day could only change by it.
 *
 * Keys: the gap after a passing day t is drawn from (seed, agent, t, decision, 0), so an agent's
 * days are a pure function of the seed, the agent and the chance, whatever else happens in the
 * run. When the chance changes (a change of strategy), every agent's days are drawn afresh from
 * that day d on, the first gap from (seed, agent, d, decision, 1).
 */
import { uniform } from './keyed';

/** A day beyond any horizon: the roll never passes (a chance of 0). */
export const NEVER = 2 ** 30;

/** A geometric waiting time in days (at least 1) from a uniform u in [0, 1): P(gap > k) = (1 − p)^k. */
export function geometricGap(u: number, p: number): number {
  if (p >= 1) return 1;
  if (!(p > 0)) return NEVER;
  const gap = Math.ceil(Math.log1p(-u) / Math.log1p(-p));
  return gap < 1 ? 1 : gap > NEVER ? NEVER : gap;
}

/** Days of the calendar's ring: an agent waiting longer comes round again each lap until its day. */
const RING = 1024;

/**
 * The days on which each agent's daily roll of one chance passes; two segments, each its own
 * chance. A calendar lists the agents by their next passing day, so that a day costs only the
 * agents whose roll passes on it.
 */
export class WaitingTimes {
  /** each agent's next passing day (NEVER: none) */
  private readonly next: Int32Array;
  /** the calendar: agents by their next passing day modulo RING, as linked lists */
  private readonly head = new Int32Array(RING).fill(-1);
  private readonly link: Int32Array;
  private readonly chance = [NaN, NaN];

  /** Agents 0 … targetCount − 1 roll the chance of segment 0, the others that of segment 1. */
  constructor(
    size: number,
    private readonly seed: number,
    private readonly decision: number,
    private readonly targetCount: number,
  ) {
    this.next = new Int32Array(size);
    this.link = new Int32Array(size);
  }

  /** Bytes held per agent. */
  static readonly BYTES_PER_AGENT = 8;

  /**
   * Sets the chances from day `day` on; when either differs from the one in use, every agent's
   * passing days are drawn afresh from that day on.
   */
  setChances(day: number, target: number, other: number): void {
    if (target === this.chance[0] && other === this.chance[1]) return;
    this.chance[0] = target;
    this.chance[1] = other;
    const { next, seed, decision } = this;
    this.head.fill(-1);
    for (let i = 0; i < next.length; i++) {
      const p = i < this.targetCount ? target : other;
      next[i] = Math.min(NEVER, day - 1 + geometricGap(uniform(seed, i, day, decision, 1), p));
      this.schedule(i, next[i]!);
    }
  }

  private schedule(i: number, day: number): void {
    if (day >= NEVER) return;
    const slot = day & (RING - 1);
    this.link[i] = this.head[slot]!;
    this.head[slot] = i;
  }

  /**
   * Marks in `bits` (agent i: bit i % 32 of word ⌊i / 32⌋) the agents whose roll passes on `day`,
   * and draws each one's next passing day. Called once a day, days in order, after `setChances`.
   */
  passing(day: number, bits: Int32Array): void {
    const { next, link, seed, decision } = this;
    const slot = day & (RING - 1);
    let i = this.head[slot]!;
    this.head[slot] = -1;
    while (i >= 0) {
      const following = link[i]!;
      const t = next[i]!;
      if (t === day) {
        bits[i >>> 5]! |= 1 << (i & 31);
        const p = this.chance[i < this.targetCount ? 0 : 1]!;
        next[i] = Math.min(NEVER, t + geometricGap(uniform(seed, i, t, decision, 0), p));
      }
      // not yet (a later lap of the ring), or its next day
      this.schedule(i, next[i]!);
      i = following;
    }
  }
}
