/**
 * Who is where at the end of a day, counted for the next one: how many retargeting can reach,
 * how many follow the page, how many speak well and how many badly of the brand, how many
 * complaints are waiting and how many doubt the brand; and, as bit sets, which agents are in the
 * retargeting pool and which follow the page. Today's rates per person come from the counts; the
 * bit sets say whom the restricted channels reach. An agent's bits are rewritten as soon as it
 * moves, which is only on its own turn, after its block's contacts have been read from them.
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

/** Cells of the tally: one per (state, flag byte), at state × 256 + flags. */
export const CELLS = STATES.length * 256;
const WARY_BIT = FLAG_BIT.wary;

/**
 * A running tally of the population by (state, flags), kept current as agents move (`move`)
 * rather than recounted each day, and, as bit sets, who is in the retargeting pool and who
 * follows the page. The day's figures (`count`) are read from the tally's cells.
 */
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
  /** agents wary of buying */
  doubting = 0;
  /** agents in each (state, flags): cells[state × 256 + flags] */
  readonly cells = new Int32Array(CELLS);
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

  /** Adds agent i, in state s with flags f. */
  enlist(i: number, s: number, f: number): void {
    const cell = (s << 8) | f;
    this.cells[cell]!++;
    this.mark(i, COUNTS_FOR[cell]!);
  }

  /** Agent i has moved from state s0 with flags f0 to state s1 with flags f1. */
  move(i: number, s0: number, f0: number, s1: number, f1: number): void {
    const from = (s0 << 8) | f0;
    const to = (s1 << 8) | f1;
    this.cells[from]!--;
    this.cells[to]!++;
    if (COUNTS_FOR[from] !== COUNTS_FOR[to]) this.mark(i, COUNTS_FOR[to]!);
  }

  private mark(i: number, counts: number): void {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    this.pool[word] = (this.pool[word]! & ~bit) | (-(counts & IN_POOL) & bit);
    this.followers[word] = (this.followers[word]! & ~bit) | (-((counts >> 1) & 1) & bit);
  }

  /** Sets the counts from the cells, and the agents in each state into `states`. */
  count(states?: Int32Array): void {
    let pool = 0;
    let following = 0;
    let good = 0;
    let bad = 0;
    let waiting = 0;
    let forAnswer = 0;
    let doubting = 0;
    states?.fill(0);
    for (let cell = 0; cell < CELLS; cell++) {
      const k = this.cells[cell]!;
      if (k === 0) continue;
      const counts = COUNTS_FOR[cell]!;
      pool += k * (counts & IN_POOL);
      following += k * ((counts >> 1) & 1);
      good += k * ((counts >> 2) & 1);
      bad += k * ((counts >> 3) & 1);
      waiting += k * ((counts >> 4) & 1);
      forAnswer += k * (counts >> 5);
      if (cell & WARY_BIT) doubting += k;
      if (states) states[cell >> 8]! += k;
    }
    this.poolSize = pool;
    this.followerCount = following;
    this.goodSpeakers = good;
    this.badSpeakers = bad;
    this.waiting = waiting;
    this.waitingForAnswer = forAnswer;
    this.doubting = doubting;
  }
}
