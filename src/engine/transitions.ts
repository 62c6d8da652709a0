/**
 * Every transition of the agent statechart, numbered once: state by state in the machine's
 * order, event by event in AGENT_EVENTS order, then in the order XState tries them. The number
 * is the transition's slot in a day's transition counts (`DayFrame.transitions`), which both
 * runners fill alike: the fast runner from its compiled table, the XState runner from the
 * transition XState reports taking.
 */
import { AGENT_EVENTS, type AgentEventType, type GuardName } from '../model/agent';
import type { MachineShape } from '../model/shape';
import { agentShape } from './shape-cache';

/** One transition of the machine. */
export interface TransitionInfo {
  /** its slot in a day's transition counts */
  index: number;
  /** source state's index and name */
  from: number;
  state: string;
  /** the event it answers (its index in AGENT_EVENTS, and its name) */
  event: number;
  eventType: AgentEventType;
  /** its place among the state's transitions on that event, in the order XState tries them */
  order: number;
  guard: GuardName | undefined;
  /** target state's index (the source itself for a targetless transition) */
  to: number;
}

/** The transitions of a machine read into tables, numbered. */
export interface TransitionCatalog {
  readonly list: readonly TransitionInfo[];
  /** first transition of (state, event) at start[state × AGENT_EVENTS.length + event]; one past the end last */
  readonly start: Int32Array;
}

/** Numbers the transitions of a machine shape. */
export function catalogOf(shape: MachineShape): TransitionCatalog {
  const E = AGENT_EVENTS.length;
  const list: TransitionInfo[] = [];
  const start = new Int32Array(shape.states.length * E + 1);
  shape.states.forEach((state, s) => {
    for (let e = 0; e < E; e++) {
      start[s * E + e] = list.length;
      shape.transitions[s]![e]!.forEach((row, order) => {
        list.push({
          index: list.length,
          from: s,
          state,
          event: e,
          eventType: AGENT_EVENTS[e]!,
          order,
          guard: row.guard,
          to: row.target,
        });
      });
    }
  });
  start[shape.states.length * E] = list.length;
  return { list, start };
}

let cached: TransitionCatalog | undefined;

/** The agent machine's transitions, numbered once per process. */
export function agentTransitions(): TransitionCatalog {
  return (cached ??= catalogOf(agentShape()));
}

/** The slot of the `order`-th transition of `state` on `event`. */
export function transitionIndex(state: number, event: number, order: number): number {
  return agentTransitions().start[state * AGENT_EVENTS.length + event]! + order;
}
