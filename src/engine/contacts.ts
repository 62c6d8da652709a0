/**
 * Today's contacts per person — impressions, posts, reposts, mentions, complaints seen — one
 * count per (agent, day, channel), each drawn by inversion of one keyed uniform (see
 * `contactUniform`) from the channel's Poisson rate for the day. A higher rate never gives a
 * person fewer contacts, and a person's count on one channel depends on nobody else's, nor on
 * the other channels.
 */
import type { Census } from './census';
import {
  BLOCK,
  DECISION,
  blockHolder,
  blockUniform,
  closedBelow,
  keyPrefix,
  maximumOfBlock,
  uniformAt as keyedUniform,
} from './keyed';
import { PoissonTable } from './random';

// Plain bindings for the hot path (an imported binding can cost a property read on each call).
const uniformAt = keyedUniform;

/** Mentions, posts or reposts one agent can receive in a day. */
export const CONTACT_CAP = 65_535;

/** The channels of a day's contacts. */
export const CONTACT = {
  /** prospecting impressions for a person in the target audience … */
  adsTarget: 0,
  /** … and for anyone else (the same key: a person is in one group only) */
  adsOther: 1,
  retargeted: 2,
  shared: 3,
  purposefulPosts: 4,
  entertainingPosts: 5,
  complaintsSeen: 6,
  praise: 7,
  warn: 8,
  /** posts answering followers' questions, seen by a follower */
  answerPosts: 9,
  /** the brand's replies to complaints, seen on the page by a follower */
  replies: 10,
} as const;

const DECISION_OF = Int32Array.from([
  DECISION.ads,
  DECISION.ads,
  DECISION.retargeted,
  DECISION.shared,
  DECISION.purposefulPosts,
  DECISION.entertainingPosts,
  DECISION.complaintsSeen,
  DECISION.praise,
  DECISION.warn,
  DECISION.answerPosts,
  DECISION.replies,
]);
const CHANNELS = DECISION_OF.length;
const ADS_TARGET = CONTACT.adsTarget;
const ADS_OTHER = CONTACT.adsOther;
/** Whom each channel reaches: everyone, followers of the page, or the retargeting pool. */
const EVERYONE = 0;
const FOLLOWERS = 1;
const POOL = 2;
const REACH = Uint8Array.from([
  EVERYONE,
  EVERYONE,
  POOL,
  EVERYONE,
  FOLLOWERS,
  FOLLOWERS,
  FOLLOWERS,
  EVERYONE,
  EVERYONE,
  FOLLOWERS,
  FOLLOWERS,
]);
/**
 * A day's contact counts. Agent i's count on channel c is
 * poissonQuantile(contactUniform(seed, i, day, decision of c), rate of c, cap of c), for those
 * the channel reaches: ads split at the target audience, retargeting only the retargeting pool,
 * posts and complaints on the page only followers. The agents are counted block by block as the
 * day reaches each block (see `contactUniform`): a channel on which nobody in the block can have a
 * contact costs one hash; on the others the uniforms of those it reaches are hashed in one tight
 * pass (independent hashes in a row run several times faster than one at a time between other work).
 */
export class DailyContacts {
  /** each channel's Poisson rate per person today */
  readonly rate = new Float64Array(CHANNELS);
  private readonly expMinusRate = new Float64Array(CHANNELS);
  /** per channel: a block whose W is below this has no contact at all (see `closedBelow`) */
  private readonly closedBelow = new Float64Array(CHANNELS);
  private readonly quantiles = Array.from({ length: CHANNELS }, () => new PoissonTable());
  private readonly prefix = new Int32Array(CHANNELS);
  /** agents 0 … targetCount − 1 form the target audience (adsTarget), the rest are reached by adsOther */
  private targetCount = 0;
  /** the current block's counts, at channel · BLOCK + place in the block (valid on open channels) */
  readonly counts = new Uint16Array(CHANNELS * BLOCK);
  /** 1 for each place in the current block whose agent has any contact today */
  readonly touched = new Uint8Array(BLOCK);
  /** the same as bits: place j is bit j % 32 of word ⌊j / 32⌋ */
  readonly touchedBits = new Int32Array(2);
  /** the current block's uniforms on one channel, by place */
  private readonly uniforms = new Float64Array(BLOCK);

  /** Sets who is in the target audience: agents 0 … count − 1. */
  setTargetCount(count: number): void {
    this.targetCount = count;
  }

  /** Keys today's draws. */
  startDay(seed: number, day: number): void {
    for (let c = 0; c < CHANNELS; c++) this.prefix[c] = keyPrefix(seed, day, DECISION_OF[c]!);
  }

  /** Sets a channel's rate per person for today, and the count it is cut at. */
  set(channel: number, rate: number, cap = CONTACT_CAP): void {
    const r = rate > 0 ? rate : 0;
    this.rate[channel] = r;
    this.expMinusRate[channel] = Math.exp(-r);
    this.closedBelow[channel] = closedBelow(this.expMinusRate[channel]);
    this.quantiles[channel]!.reset(r, cap, this.expMinusRate[channel]);
  }

  /**
   * Counts today's contacts of block b (agents b·BLOCK … b·BLOCK + BLOCK − 1) in an audience of
   * `size`, reaching the retargeting pool and the followers as `census` had them at the end of
   * yesterday. Returns the open channels, as bits 1 << channel: on the others every count in the
   * block is 0 and `counts` is not written.
   */
  countBlock(b: number, size: number, census: Census): number {
    const first = b * BLOCK;
    const places = Math.min(BLOCK, size - first);
    const { counts, touched, touchedBits, rate, expMinusRate, prefix: prefixes, quantiles, uniforms } = this;
    touched.fill(0);
    touchedBits[0] = 0;
    touchedBits[1] = 0;
    let open = 0;
    for (let c = 0; c < CHANNELS; c++) {
      if (rate[c] === 0) continue;
      // the places the channel reaches: [from, to), and, on restricted channels, who among them
      const from = c === ADS_OTHER ? Math.max(0, Math.min(places, this.targetCount - first)) : 0;
      const to = c === ADS_TARGET ? Math.max(0, Math.min(places, this.targetCount - first)) : places;
      if (from >= to) continue;
      const reach = REACH[c]!;
      // A channel for followers or the pool reaches nobody in a block without any.
      const bits = reach === FOLLOWERS ? census.followers : census.pool;
      if (reach !== EVERYONE && (bits[2 * b]! | bits[2 * b + 1]!) === 0) continue;
      const prefix = prefixes[c]!;
      const w = blockUniform(prefix, b);
      if (w < this.closedBelow[c]!) continue;
      const m = maximumOfBlock(w);
      const none = expMinusRate[c]!;
      // Every uniform in the block is at most m: below e^(−λ) all counts are 0.
      if (m < none) continue;
      open |= 1 << c;
      const holder = blockHolder(prefix, b) - first;
      const table = quantiles[c]!;
      const tabled = table.tabled;
      const at = c * BLOCK;
      if (reach === EVERYONE) {
        // Where the target audience ends inside the block, the other side of it counts none.
        if (from > 0 || to < places) counts.fill(0, at, at + BLOCK);
        // The hashes first, in a pass of their own (independent, they overlap in the processor) …
        for (let j = from; j < to; j++) uniforms[j] = m * uniformAt(prefix, first + j, 0);
        if (holder >= from && holder < to) uniforms[holder] = m;
        // … then the counts: those below e^(−λ) = cdf[0] count none, and are not touched.
        if (tabled) {
          const cdf = table.cdf;
          for (let j = from; j < to; j++) {
            const u = uniforms[j]!;
            // Counted rather than walked (cdf never decreases, and is +Infinity past the last count).
            let k = +(u >= cdf[0]!) + +(u >= cdf[1]!) + +(u >= cdf[2]!) + +(u >= cdf[3]!);
            if (k === 4) k = table.from(u, 4);
            touched[j] = touched[j]! | +(u >= none);
            counts[at + j] = k;
          }
        } else {
          for (let j = from; j < to; j++) {
            const u = uniforms[j]!;
            let k = 0;
            if (u >= none) {
              k = table.quantile(u);
              touched[j] = 1;
            }
            counts[at + j] = k;
          }
        }
      } else {
        counts.fill(0, at, at + BLOCK);
        for (let half = 0; half < 2; half++) {
          let word = bits[2 * b + half]!;
          while (word !== 0) {
            const lowest = word & -word;
            word ^= lowest;
            const j = 32 * half + 31 - Math.clz32(lowest);
            const u = j === holder ? m : m * uniformAt(prefix, first + j, 0);
            if (u >= none) {
              counts[at + j] = tabled ? table.from(u, 0) : table.quantile(u);
              touched[j] = 1;
            }
          }
        }
      }
    }
    if (open !== 0) {
      let low = 0;
      let high = 0;
      for (let j = 0; j < 32; j++) {
        low |= touched[j]! << j;
        high |= touched[32 + j]! << j;
      }
      touchedBits[0] = low;
      touchedBits[1] = high;
    }
    return open;
  }
}
