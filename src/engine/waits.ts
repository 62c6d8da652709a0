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

/** The days on which each agent's daily roll of one chance passes; two segments, each its own chance. */
export class WaitingTimes {
  /** each agent's next passing day, or an earlier one not yet moved on (see `passesOn`) */
  private readonly next: Int32Array;
  private readonly chance = [NaN, NaN];

  /** Agents 0 … targetCount − 1 roll the chance of segment 0, the others that of segment 1. */
  constructor(
    size: number,
    private readonly seed: number,
    private readonly decision: number,
    private readonly targetCount: number,
  ) {
    this.next = new Int32Array(size);
  }

  /** Bytes held per agent. */
  static readonly BYTES_PER_AGENT = 4;

  /**
   * Sets the chances from day `day` on; when either differs from the one in use, every agent's
   * passing days are drawn afresh from that day on.
   */
  setChances(day: number, target: number, other: number): void {
    if (target === this.chance[0] && other === this.chance[1]) return;
    this.chance[0] = target;
    this.chance[1] = other;
    const { next, seed, decision } = this;
    for (let i = 0; i < next.length; i++) {
      const p = i < this.targetCount ? target : other;
      next[i] = Math.min(NEVER, day - 1 + geometricGap(uniform(seed, i, day, decision, 1), p));
    }
  }

  /** Whether agent i's roll passes on `day` (days never go back: `day` is at least the last asked). */
  passesOn(i: number, day: number): boolean {
    let t = this.next[i]!;
    if (t < day) {
      const p = this.chance[i < this.targetCount ? 0 : 1]!;
      const { seed, decision } = this;
      while (t < day) t = Math.min(NEVER, t + geometricGap(uniform(seed, i, t, decision, 0), p));
      this.next[i] = t;
    }
    return t === day;
  }
}
