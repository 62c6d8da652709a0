/**
 * One agent's journey through a run: every transition it takes, day by day, with the event that
 * caused it, the decision (guard) that let it through, the channel, what it counted and its flags
 * before and after. Recorded by a simulation told to trace that agent (`traceAgent`), from the
 * very draws of the run, so tracing changes nothing else.
 */
import { COUNTERS, FLAGS, STATES, type Flag } from '../model/agent';

/** One transition of the traced agent. */
export interface JourneyStep {
  /** 1 for the first simulated day */
  day: number;
  /** the event that caused it, its index in AGENT_EVENTS */
  event: number;
  /** the machine's transition taken, by its number (see transitions.ts) */
  transition: number;
  /** states, indexed like STATES (equal for a transition that stays) */
  from: number;
  to: number;
  /** the channel, indexed like CHANNELS */
  channel: number;
  /** the agent's flags (bits of FLAGS) before and after */
  flagsBefore: number;
  flagsAfter: number;
  /** what the transition counted for the day's metrics, indexes into COUNTERS */
  counters: number[];
  /** for an answered complaint: the brand's response time that day, in hours */
  responseHours?: number;
}

/** Everything one agent did in a run, from day 0. */
export interface Journey {
  agent: number;
  /** the agent's state and flags before day 1 */
  initialState: number;
  initialFlags: number;
  /** the days simulated */
  days: number;
  /**
   * its transitions in order: every one that moved it, changed a flag other than `inTouch`
   * (which only marks a day with a contact) or counted something
   */
  steps: JourneyStep[];
}

const COUNTER = Object.fromEntries(COUNTERS.map((c, i) => [c, i])) as Record<
  (typeof COUNTERS)[number],
  number
>;

/** The agent's state at the end of `day` (day 0: before the first day). */
export function journeyStateOn(journey: Journey, day: number): number {
  let state = journey.initialState;
  for (const s of journey.steps) {
    if (s.day > day) break;
    state = s.to;
  }
  return state;
}

/** The agent's flags at the end of `day`. */
export function journeyFlagsOn(journey: Journey, day: number): number {
  let flags = journey.initialFlags;
  for (const s of journey.steps) {
    if (s.day > day) break;
    flags = s.flagsAfter;
  }
  return flags;
}

/** The names of the flags set in `flags`. */
export function flagNames(flags: number): Flag[] {
  return FLAGS.filter((_, i) => (flags & (1 << i)) !== 0);
}

/** Whether a step counted a purchase. */
export function isPurchase(step: JourneyStep): boolean {
  return step.counters.includes(COUNTER.purchase);
}

/** Whether the agent ever bought. */
export function everBought(journey: Journey): boolean {
  return journey.steps.some(isPurchase);
}

/** The name of a state index, for messages and tests. */
export function stateName(state: number): string {
  return STATES[state] ?? `#${state}`;
}
