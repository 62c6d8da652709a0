/**
 * The agent statechart read as a graph, at run time, from the XState machine itself: its states
 * (walking `machine.root` and any nested states), each state's metadata (place, colour), and
 * every transition it declares (`on`, `always`, `after`) with its event, guard name, target and
 * order, in the order XState tries them. Nothing here is a copy of the machine: a state or a
 * transition added to the machine appears in the drawing. Each transition is tied to its slot in
 * the engine's daily transition counts (engine/transitions.ts), when the engine counts it.
 */
import type { AnyStateMachine } from 'xstate';
import { agentMachine, PLACES, STATES, type Place, type StateMeta } from '../../model/agent';
import { agentTransitions } from '../../engine/transitions';

/** A state of the machine, named by its path from the root (`a.b` for a nested one). */
export interface GraphState {
  id: string;
  meta: StateMeta;
  /** the index of its top-level state in the agent's STATES (the run's counts); −1 for a state the engine does not know */
  index: number;
}

/** A transition of the machine. */
export interface GraphTransition {
  /** `<state>.<event>.<order>`: unique, and stable while the machine's order is */
  id: string;
  source: string;
  /** the target state; the source itself for a targetless (internal) transition */
  target: string;
  /** no target: the agent stays where it is, without leaving the state */
  internal: boolean;
  /** the event type, or `always` / `after` for eventless and delayed ones */
  event: string;
  /** its place among the state's transitions on that event */
  order: number;
  /** the guard's name in the code, if any */
  guard: string | undefined;
  /** its slot in the engine's daily transition counts, if the engine counts it */
  slot: number | undefined;
}

export interface MachineGraph {
  states: GraphState[];
  transitions: GraphTransition[];
  /** the places the states are in, in the loop's order */
  places: Place[];
}

/** What this reader needs of a state node (XState's StateNode). */
interface NodeLike {
  key: string;
  meta?: unknown;
  states: Record<string, NodeLike>;
  transitions: Map<string, readonly TransitionLike[]>;
  always?: readonly TransitionLike[];
  after?: readonly TransitionLike[];
}
interface TransitionLike {
  target?: readonly { path: readonly string[] }[] | undefined;
  guard?: unknown;
}

function guardName(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  if (typeof guard === 'function') return guard.name || 'inline';
  return String(guard);
}

/** Reads a machine's states and transitions (the agent machine by default). */
export function readGraph(machine: AnyStateMachine = agentMachine): MachineGraph {
  const root = machine.root as unknown as NodeLike;
  const slots = new Map(
    agentTransitions().list.map((t) => [`${t.state}.${t.eventType}.${t.order}`, t.index]),
  );
  const states: GraphState[] = [];
  const transitions: GraphTransition[] = [];
  const walk = (node: NodeLike, path: string[]) => {
    for (const [key, child] of Object.entries(node.states)) {
      const id = [...path, key].join('.');
      const meta = (child.meta ?? states.find((s) => id.startsWith(`${s.id}.`))?.meta) as StateMeta;
      states.push({ id, meta, index: (STATES as readonly string[]).indexOf(path[0] ?? key) });
      const add = (event: string, list: readonly TransitionLike[]) =>
        list.forEach((t, order) => {
          const targetPath = t.target?.[0]?.path;
          const target = targetPath ? targetPath.join('.') : id;
          const tid = `${id}.${event}.${order}`;
          transitions.push({
            id: tid,
            source: id,
            target,
            internal: !targetPath,
            event,
            order,
            guard: guardName(t.guard),
            slot: slots.get(tid),
          });
        });
      for (const [event, list] of child.transitions) {
        // delayed transitions are listed among the events under XState's internal names
        if (event.startsWith('xstate.after')) continue;
        add(event, list);
      }
      if (child.always?.length) add('always', child.always);
      if (child.after?.length) add('after', child.after);
      walk(child, [...path, key]);
    }
  };
  walk(root, []);
  const used = new Set(states.map((s) => s.meta?.place));
  return { states, transitions, places: PLACES.filter((p) => used.has(p)) };
}
