/**
 * Common random numbers. Every random decision of the engine is a pure function of its key
 * (seed, agent, day, decision, index) — never the next number of a shared stream — so two
 * strategies run on one seed share every draw that both make, and a change of one lever changes
 * only the decisions it touches.
 *
 * The function is MurmurHash3_x86_32 (Austin Appleby, SMHasher; public domain) of the 16-byte
 * message day ‖ decision ‖ agent ‖ index (32-bit little-endian words) with the seed as its seed,
 * divided by 2^32. MurmurHash3 passes SMHasher's avalanche, sparse-key and differential tests;
 * a counter-based cipher such as Philox4x32-10 (Salmon et al. 2011) is stronger in theory but,
 * measured in Node 20, costs 63 ns a number in JavaScript (16 ns when all four of its output
 * words are used; its 32×32→64-bit products must be built from 16-bit halves) against 3.5–4 ns
 * for this hash, and the engine draws several numbers per agent and day.
 *
 * Resolution: 32 bits. A uniform lies on a grid of 2^-32 ≈ 2.3e-10, far below the smallest
 * chances the model compares draws with (about 1e-4), and a Poisson quantile reaches 6.3 standard
 * deviations into either tail, beyond which the normal tail holds 1.2e-10 of the mass.
 *
 * The words are taken modulo 2^32 (a negative seed is its two's complement); the day is 0 for the
 * set-up before the first simulated day.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
/** 2^-32: multiplying by it is exact and faster than dividing by 2^32. */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;
/** Bytes in the message: four 32-bit words. */
const MESSAGE_BYTES = 16;

/** One 4-byte block of MurmurHash3_x86_32's body: mixes a word into the state. */
function mixWord(h: number, word: number): number {
  let k = Math.imul(word, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finalizer (fmix32): every input bit reaches every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 32-bit hash of a key: MurmurHash3_x86_32(day ‖ decision ‖ agent ‖ index, seed). */
export function keyHash(seed: number, agent: number, day: number, decision: number, index: number): number {
  return fmix32(mixWord(mixWord(mixWord(mixWord(seed | 0, day), decision), agent), index) ^ MESSAGE_BYTES);
}

/** The uniform number in [0, 1) of a key. */
export function uniform(seed: number, agent: number, day: number, decision: number, index: number): number {
  return keyHash(seed, agent, day, decision, index) * TWO_TO_MINUS_32;
}

/**
 * The hash's state after the words shared by a whole day's draws of one decision; with
 * `uniformAt` it gives exactly `uniform(seed, agent, day, decision, index)`, two words cheaper.
 */
export function keyPrefix(seed: number, day: number, decision: number): number {
  return mixWord(mixWord(seed | 0, day), decision);
}

/** `keyHash(seed, agent, day, decision, index)` from `keyPrefix(seed, day, decision)`. */
export function keyHashAt(prefix: number, agent: number, index: number): number {
  return fmix32(mixWord(mixWord(prefix, agent), index) ^ MESSAGE_BYTES);
}

/** `uniform(seed, agent, day, decision, index)` from `keyPrefix(seed, day, decision)`. */
export function uniformAt(prefix: number, agent: number, index: number): number {
  return keyHashAt(prefix, agent, index) * TWO_TO_MINUS_32;
}

/**
 * Contact uniforms. A person's contacts on a channel are the Poisson quantile of their own
 * uniform, but most people have none on most channels on most days (a mention reaches one person
 * in a thousand a day), so hashing every person's key would be wasted. The uniforms are therefore
 * built per block of BLOCK consecutive agents, the way one can draw BLOCK independent uniforms:
 * first their maximum M = W^(1/BLOCK) (W uniform: P(M ≤ x) = x^BLOCK), then which of them holds it
 * (uniform over the block), then each other one as M·V with V uniform (given the maximum, the
 * others are independent and uniform below it). So the uniforms are exactly independent and
 * uniform, each a pure function of (seed, agent, day, decision), and one number per block tells
 * whether anyone in it has a contact today: nobody does when M < e^(−λ).
 *
 * Keys: W is the block's key (seed, block, day, decision, index 2^32 − 1), the holder's place in
 * the block comes from (…, 2^32 − 2), and V of agent i from (seed, i, day, decision, 0).
 * 1/BLOCK-th powers are six square roots, which IEEE 754 rounds exactly on every engine.
 */
export const BLOCK = 64;
const BLOCK_SHIFT = 6;
const MAX_INDEX = 0xffffffff;
const HOLDER_INDEX = 0xfffffffe;

/** The largest contact uniform in block b (agents b·BLOCK … b·BLOCK + BLOCK − 1), from `keyPrefix`. */
export function blockMaximum(prefix: number, b: number): number {
  return maximumOfBlock(blockUniform(prefix, b));
}

/** W of block b, the uniform its maximum is made from (see `maximumOfBlock`). */
export function blockUniform(prefix: number, b: number): number {
  return uniformAt(prefix, b, MAX_INDEX);
}

/** A block's maximum from its W: W^(1/BLOCK), as six square roots. */
export function maximumOfBlock(w: number): number {
  let m = w;
  for (let k = 0; k < BLOCK_SHIFT; k++) m = Math.sqrt(m);
  return m;
}

/**
 * A bound below which a block's W surely gives a maximum under `none`: W < bound implies
 * maximumOfBlock(W) < none, so such a block needs no square roots to be passed over. The margin
 * (10^-9) dwarfs the rounding of the power and the six roots (a few units in the last place).
 */
export function closedBelow(none: number): number {
  return Math.pow(none, BLOCK) * (1 - 1e-9);
}

/** The agent whose contact uniform is block b's maximum. */
export function blockHolder(prefix: number, b: number): number {
  return b * BLOCK + (keyHashAt(prefix, b, HOLDER_INDEX) >>> (32 - BLOCK_SHIFT));
}

/** An agent's contact uniform, given its block's maximum and holder. */
export function contactUniformIn(prefix: number, agent: number, maximum: number, holder: number): number {
  return agent === holder ? maximum : maximum * uniformAt(prefix, agent, 0);
}

/** Agent i's contact uniform for a decision on a day: independent and uniform in [0, 1) for every key. */
export function contactUniform(seed: number, agent: number, day: number, decision: number): number {
  const prefix = keyPrefix(seed, day, decision);
  const b = Math.floor(agent / BLOCK);
  return contactUniformIn(prefix, agent, blockMaximum(prefix, b), blockHolder(prefix, b));
}

/**
 * Draw slots per event: a statechart event carries up to 16 draws (`readMachine` refuses more
 * than MAX_DRAWS = 16, and the engine checks the machine fits). When agent i receives its k-th
 * event of type e on day t, its draw in slot d is uniform(seed, i, t, eventDecision(e, d), k).
 */
export const SLOTS = 16;

/** The decision of draw slot `slot` of event type `event`. */
export function eventDecision(event: number, slot: number): number {
  return event * SLOTS + slot;
}

/**
 * The engine's other decisions, numbered far above the events' (event · SLOTS + slot), so that
 * adding events to the statechart never makes two decisions share a key. Each contact count is
 * keyed (agent, day, channel, index 0).
 */
export const DECISION = {
  /** day 0: whether the agent starts as a follower of the page */
  initialFollower: 0x10000,
  /** prospecting impressions (one rate in the target audience, another outside it) */
  ads: 0x10001,
  /** retargeting impressions, for those in the retargeting pool */
  retargeted: 0x10002,
  /** reposts seen outside the community */
  shared: 0x10003,
  /** purposeful posts seen by a follower */
  purposefulPosts: 0x10004,
  /** entertaining posts seen by a follower */
  entertainingPosts: 0x10005,
  /** complaints waiting for an answer, seen on the page by a follower */
  complaintsSeen: 0x10006,
  /** good mentions heard */
  praise: 0x10007,
  /** bad mentions heard */
  warn: 0x10008,
  /** posts answering followers' questions seen by a follower */
  answerPosts: 0x10009,
  /** the brand's replies to complaints seen by a follower */
  replies: 0x1000a,
  /** the waiting time to the next day on which an agent's forget roll passes (see waits.ts) */
  forgetWait: 0x1000b,
  /** the page's "follow a random buyer": which buyer the k-th press picks (no draw of the run) */
  followBuyer: 0x1000c,
} as const;

/** Event decisions must stay below this, the first of DECISION. */
export const EVENT_DECISIONS_END = DECISION.initialFollower;
