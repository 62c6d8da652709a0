/**
 * Who is where at the end of a day, counted for the next one: how many retargeting can reach,
 * how many follow the page, how many speak well and how many badly of the brand, and how many
 * complaints are waiting; and, as bit sets, which agents are in the retargeting pool and which
 * follow the page. Today's rates per person come from the counts; the bit sets say whom the
 * restricted channels reach. Filled as each agent ends its day, in agent order: an agent's bits
 * are read (for its block's contacts) before the agent takes its turn, then rewritten.
 */
import { FLAG_BIT, STATES, STATE_INDEX, STATE_META } from '../model/agent';

const SPEAKS_WELL = Uint8Array.from(STATES, (s) => (STATE_META[s].speaksWell ? 1 : 0));
/** Per state: retargeted always (1) or never (0) … */
const RETARGET_ALL = Uint8Array.from(STATES, (s) => (STATE_META[s].retargetable === true ? 1 : 0));
/** … or only agents with this flag bit (0: none). */
const RETARGET_FLAG = Uint8Array.from(STATES, (s) => {
  const rule = STATE_META[s].retargetable;
  return typeof rule === 'string' ? FLAG_BIT[rule] : 0;
});
const FOLLOWS_BIT = FLAG_BIT.follows;
const UNHAPPY_BIT = FLAG_BIT.unhappy;
const WILL_ANSWER_BIT = FLAG_BIT.willAnswer;
const COMPLAINING = STATE_INDEX.complaining;

/** Whether retargeting can reach an agent in state s with flags f. */
export function retargetable(s: number, f: number): boolean {
  return RETARGET_ALL[s] === 1 || (f & RETARGET_FLAG[s]!) !== 0;
}

/** What an agent counts for, as bits: in the pool, following, speaking well, badly, waiting. */
const IN_POOL = 1;
const FOLLOWING = 2;
const GOOD = 4;
const BAD = 8;
const WAITING = 16;
const WAITING_FOR_ANSWER = 32;
/** The bits of each state s with flags f, at s × 256 + f. */
const COUNTS_FOR = Uint8Array.from({ length: STATES.length * 256 }, (_, k) => {
  const s = k >> 8;
  const f = k & 255;
  let bits = 0;
  if (retargetable(s, f)) bits |= IN_POOL;
  if (f & FOLLOWS_BIT) bits |= FOLLOWING;
  if (f & UNHAPPY_BIT) bits |= BAD;
  else if (SPEAKS_WELL[s]) bits |= GOOD;
  if (s === COMPLAINING) bits |= f & WILL_ANSWER_BIT ? WAITING | WAITING_FOR_ANSWER : WAITING;
  return bits;
});

export class Census {
  /** agents retargeting can reach */
  poolSize = 0;
  /** agents who follow the page */
  followerCount = 0;
  /** agents who speak well of the brand */
  goodSpeakers = 0;
  /** unhappy agents, who speak badly of it */
  badSpeakers = 0;
  /** complaints waiting for an answer */
  waiting = 0;
  /** … of which the brand will answer */
  waitingForAnswer = 0;
  /** the retargeting pool as bits: agent i is bit i % 32 of word ⌊i / 32⌋ */
  readonly pool: Int32Array;
  /** the page's followers, as bits likewise */
  readonly followers: Int32Array;

  constructor(n: number) {
    // whole blocks of 64 agents (two words each), so a block's words are always there
    const words = 2 * Math.ceil(n / 64);
    this.pool = new Int32Array(words);
    this.followers = new Int32Array(words);
  }

  /** Bytes held per agent. */
  static readonly BYTES_PER_AGENT = 2 / 8;

  /** Starts a new count (the bit sets are rewritten agent by agent). */
  reset(): void {
    this.poolSize = 0;
    this.followerCount = 0;
    this.goodSpeakers = 0;
    this.badSpeakers = 0;
    this.waiting = 0;
    this.waitingForAnswer = 0;
  }

  /** Counts agent i, in state s with flags f at the end of its day. */
  enlist(i: number, s: number, f: number): void {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    const counts = COUNTS_FOR[(s << 8) | f]!;
    const inPool = counts & IN_POOL;
    const following = (counts >> 1) & 1;
    this.poolSize += inPool;
    this.followerCount += following;
    this.goodSpeakers += (counts >> 2) & 1;
    this.badSpeakers += (counts >> 3) & 1;
    this.waiting += (counts >> 4) & 1;
    this.waitingForAnswer += counts >> 5;
    this.pool[word] = (this.pool[word]! & ~bit) | (-inPool & bit);
    this.followers[word] = (this.followers[word]! & ~bit) | (-following & bit);
  }
}
