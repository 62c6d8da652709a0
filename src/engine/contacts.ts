/**
 * Today's contacts per person — impressions, posts, reposts, mentions, complaints seen — one
 * count per (agent, day, channel), each drawn by inversion of one keyed uniform (see
 * `contactUniform`) from the channel's Poisson rate for the day. A higher rate never gives a person fewer contacts, and a
 * person's count on one channel does not depend on anybody else's, nor on the other channels.
 */
import { DECISION, blockHolder, blockMaximum, contactUniformIn as uniformIn, keyPrefix } from './keyed';
import { PoissonTable } from './random';

// Plain bindings for the hot path (an imported binding can cost a property read on each call).
const contactUniformIn = uniformIn;

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
]);
const CHANNELS = DECISION_OF.length;

/**
 * A day's contact counts. Agent i's count on channel c is
 * poissonQuantile(contactUniform(seed, i, day, decision of c), rate of c, cap of c). The agents
 * are visited in order, block by block: `enterBlock` says on which channels anyone in the block
 * may have a contact, so that a block where nobody can is passed with one hash (see
 * `contactUniform`).
 */
export class DailyContacts {
  /** each channel's Poisson rate per person today */
  readonly rate = new Float64Array(CHANNELS);
  private readonly expMinusRate = new Float64Array(CHANNELS);
  private readonly quantiles = Array.from({ length: CHANNELS }, () => new PoissonTable());
  private readonly prefix = new Int32Array(CHANNELS);
  /** in the current block, per channel: the largest uniform and the agent holding it */
  private readonly maximum = new Float64Array(CHANNELS);
  private readonly holder = new Int32Array(CHANNELS);

  /** Keys today's draws. */
  startDay(seed: number, day: number): void {
    for (let c = 0; c < CHANNELS; c++) this.prefix[c] = keyPrefix(seed, day, DECISION_OF[c]!);
  }

  /** Sets a channel's rate per person for today, and the count it is cut at. */
  set(channel: number, rate: number, cap = CONTACT_CAP): void {
    const r = rate > 0 ? rate : 0;
    this.rate[channel] = r;
    this.expMinusRate[channel] = Math.exp(-r);
    this.quantiles[channel]!.reset(r, cap, this.expMinusRate[channel]);
  }

  /**
   * Enters block b (agents b·BLOCK … b·BLOCK + BLOCK − 1) before counting its agents. Returns the
   * channels, as bits 1 << channel, on which anyone in the block may have a contact today; on the
   * others every count in the block is 0, and `count` must not be asked.
   */
  enterBlock(b: number): number {
    let open = 0;
    for (let c = 0; c < CHANNELS; c++) {
      if (this.rate[c] === 0) continue;
      const m = blockMaximum(this.prefix[c]!, b);
      // Every uniform in the block is at most m: below e^(−λ) all counts are 0.
      if (m < this.expMinusRate[c]!) continue;
      open |= 1 << c;
      this.maximum[c] = m;
      this.holder[c] = blockHolder(this.prefix[c]!, b);
    }
    return open;
  }

  /** Agent i's contacts on a channel open in its block (see `enterBlock`) today. */
  count(channel: number, agent: number): number {
    const u = contactUniformIn(this.prefix[channel]!, agent, this.maximum[channel]!, this.holder[channel]!);
    return u < this.expMinusRate[channel]! ? 0 : this.quantiles[channel]!.quantile(u);
  }
}
