/**
 * Who is where at the end of a day, counted for the next one: how many retargeting can reach,
 * how many follow the page, how many speak well and how many badly of the brand, and how many
 * complaints are waiting. Today's rates per person come from these counts; whether a given
 * person is retargeted or sees posts is read from their own state and flags, which are still
 * yesterday's when the day reaches them (an agent changes only on its own turn).
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

/** Whether retargeting can reach an agent in state s with flags f. */
export function retargetable(s: number, f: number): boolean {
  return RETARGET_ALL[s] === 1 || (f & RETARGET_FLAG[s]!) !== 0;
}

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

  reset(): void {
    this.poolSize = 0;
    this.followerCount = 0;
    this.goodSpeakers = 0;
    this.badSpeakers = 0;
    this.waiting = 0;
  }

  /** Counts an agent in state s with flags f at the end of its day. */
  enlist(s: number, f: number): void {
    if (retargetable(s, f)) this.poolSize++;
    if (f & FOLLOWS_BIT) this.followerCount++;
    if (f & UNHAPPY_BIT) this.badSpeakers++;
    else if (SPEAKS_WELL[s]) this.goodSpeakers++;
    if (s === COMPLAINING) this.waiting++;
  }
}
