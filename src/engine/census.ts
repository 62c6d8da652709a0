/**
 * Who is where at the end of a day, as lists for the next one: who can be retargeted, who
 * follows the page (and so sees posts), who talks about the brand and how, and how many
 * complaints are waiting. Filled while each agent ends its day, in agent order.
 */
import { FLAG_BIT, STATES, STATE_META } from '../model/agent';

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
const COMPLAINING = STATES.indexOf('complaining');

export class Census {
  /** agents retargeting can reach */
  readonly pool: Int32Array;
  poolSize = 0;
  /** agents who follow the page */
  readonly followers: Int32Array;
  followerCount = 0;
  /** agents who talk about the brand: i speaks well, ~i (negative) speaks badly */
  readonly speakers: Int32Array;
  speakerCount = 0;
  /** complaints waiting for an answer */
  waiting = 0;

  constructor(n: number) {
    this.pool = new Int32Array(n);
    this.followers = new Int32Array(n);
    this.speakers = new Int32Array(n);
  }

  /** Bytes held per agent. */
  static readonly BYTES_PER_AGENT = 3 * Int32Array.BYTES_PER_ELEMENT;

  reset(): void {
    this.poolSize = 0;
    this.followerCount = 0;
    this.speakerCount = 0;
    this.waiting = 0;
  }

  /** Records agent i, in state s with flags f, at the end of its day. */
  enlist(i: number, s: number, f: number): void {
    if (RETARGET_ALL[s] === 1 || (f & RETARGET_FLAG[s]!) !== 0) this.pool[this.poolSize++] = i;
    if (f & FOLLOWS_BIT) this.followers[this.followerCount++] = i;
    if (f & UNHAPPY_BIT) this.speakers[this.speakerCount++] = ~i;
    else if (SPEAKS_WELL[s]) this.speakers[this.speakerCount++] = i;
    if (s === COMPLAINING) this.waiting++;
  }
}
