/**
 * Today's contacts per person — impressions, posts, reposts, mentions, complaints seen — in
 * small typed arrays, and the random scattering that fills them. Reset at the start of a day.
 */
import { poisson as poissonDraw, type Random } from './random';

/** Mentions, posts or reposts one agent can receive in a day (counts are 16-bit). */
export const CONTACT_CAP = 65_535;

const poisson = poissonDraw;

/** Contacts per person a day up to which scattering the group's total is cheaper than a draw per person. */
const SCATTER_LIMIT = 4;

export class Contacts {
  /** impressions, cut at the frequency cap (≤ 100) */
  readonly ads: Uint8Array;
  readonly retargeted: Uint8Array;
  readonly goalPosts: Uint16Array;
  readonly funPosts: Uint16Array;
  readonly shared: Uint16Array;
  readonly praise: Uint16Array;
  readonly warn: Uint16Array;
  readonly complaints: Uint16Array;
  /** 1 for everyone with any contact today, so the day's loop can pass the rest quickly */
  readonly touched: Uint8Array;

  constructor(
    n: number,
    private readonly rng: Random,
  ) {
    this.ads = new Uint8Array(n);
    this.retargeted = new Uint8Array(n);
    this.goalPosts = new Uint16Array(n);
    this.funPosts = new Uint16Array(n);
    this.shared = new Uint16Array(n);
    this.praise = new Uint16Array(n);
    this.warn = new Uint16Array(n);
    this.complaints = new Uint16Array(n);
    this.touched = new Uint8Array(n);
  }

  /** Bytes held per person. */
  static readonly BYTES_PER_AGENT = 1 + 1 + 2 * 6 + 1;

  reset(): void {
    for (const a of [
      this.ads,
      this.retargeted,
      this.goalPosts,
      this.funPosts,
      this.shared,
      this.praise,
      this.warn,
      this.complaints,
      this.touched,
    ]) {
      a.fill(0);
    }
  }

  /** One contact for person i (saturating). */
  add(counts: Uint16Array, i: number): void {
    if (counts[i]! < CONTACT_CAP) counts[i]!++;
    this.touched[i] = 1;
  }

  /** `total` contacts, each to a person drawn uniformly from the first `n`. */
  spread(counts: Uint16Array, total: number, n: number): void {
    const rng = this.rng;
    for (let j = 0; j < total; j++) this.add(counts, rng.int(n));
  }

  /**
   * Gives each of `size` people (indices `members[j]`, or `first + j` without a list) a
   * Poisson(`rate`) count, added into `counts` and cut at `cap`. Rates up to SCATTER_LIMIT draw
   * the group's total and scatter it uniformly (the same distribution, one draw per contact instead
   * of per person); higher rates draw each person's count.
   */
  scatter(
    counts: Uint8Array | Uint16Array,
    rate: number,
    size: number,
    cap: number,
    members: Int32Array | null,
    first = 0,
  ): void {
    if (rate <= 0 || size === 0) return;
    const rng = this.rng;
    const touched = this.touched;
    if (rate <= SCATTER_LIMIT) {
      const total = poisson(rng, rate * size, Number.MAX_SAFE_INTEGER);
      for (let j = 0; j < total; j++) {
        const k = rng.int(size);
        const i = members ? members[k]! : first + k;
        if (counts[i]! < cap) counts[i]!++;
        touched[i] = 1;
      }
    } else {
      const exp = Math.exp(-rate);
      for (let j = 0; j < size; j++) {
        const i = members ? members[j]! : first + j;
        const k = poisson(rng, rate, cap, exp);
        if (k > 0) {
          counts[i] = Math.min(cap, counts[i]! + k);
          touched[i] = 1;
        }
      }
    }
  }
}
