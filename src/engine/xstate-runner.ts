/**
 * The reference runner: one XState actor per agent, every event sent through the statechart
 * itself. Slow (about a million events a second) but beyond doubt; the fast runner must match it.
 * Which transition each event took is what XState itself reports (its inspection's microstep),
 * so the day's transition counts are XState's, not the compiled table's.
 */
import { createActor, type Actor, type InspectionEvent } from 'xstate';
import {
  AGENT_EVENTS,
  CHANNELS,
  COUNTERS,
  FLAG_BIT,
  STATES,
  agentMachine,
  type Recording,
} from '../model/agent';
import { namedDraws } from '../model/shape';
import { agentShape } from './shape-cache';
import { transitionIndex } from './transitions';
import type { AgentStepper, Population, StepperFactory, TransitionSink } from './simulation';

const STATE_INDEX = new Map(STATES.map((s, i) => [s, i]));
const CHANNEL_INDEX = new Map(CHANNELS.map((c, i) => [c, i]));
const COUNTER_INDEX = new Map(COUNTERS.map((c, i) => [c, i]));

/** Steps agents by sending events to their XState actors. */
export const xstateStepper: StepperFactory = (
  population: Population,
  sink: TransitionSink,
  tally?: Int32Array,
): AgentStepper => {
  const actors: Actor<typeof agentMachine>[] = [];
  const shape = agentShape();
  const numbers = transitionNumbers();
  // Set during send(): by the actor's emitted 'recorded' event, and by XState's microstep.
  const last: { recorded: Recording | undefined; taken: unknown } = { recorded: undefined, taken: undefined };
  const inspect = (e: InspectionEvent) => {
    if (e.type === '@xstate.microstep' && e._transitions.length > 0) last.taken = e._transitions[0];
  };
  for (let i = 0; i < population.size; i++) {
    // Agents the engine placed elsewhere on day 0 (initial followers) start from that state.
    const flags = population.flags[i]!;
    const initial = population.state[i]!;
    const snapshot =
      initial === 0 ? undefined : agentMachine.resolveState({ value: STATES[initial]!, context: { flags } });
    const actor = createActor(agentMachine, {
      input: { target: (flags & FLAG_BIT.target) !== 0 },
      ...(snapshot ? { snapshot } : {}),
      // XState's inspection costs about a third of the runner's time: only when counting
      ...(tally ? { inspect } : {}),
    });
    actor.on('recorded', (e) => {
      last.recorded = e;
    });
    actors.push(actor.start());
    const snap = actor.getSnapshot();
    if (STATE_INDEX.get(snap.value) !== initial || snap.context.flags !== flags) {
      throw new Error(`agent ${i} did not start in state ${STATES[initial]} with flags ${flags}`);
    }
  }
  return {
    send(agent, event, draws, odds) {
      const from = population.state[agent]!;
      last.recorded = undefined;
      last.taken = undefined;
      const actor = actors[agent]!;
      // The machine reads the draws by name: the shape says which slot each name is in this state.
      actor.send({ type: AGENT_EVENTS[event]!, draws: namedDraws(shape, from, event, draws), odds });
      const snap = actor.getSnapshot();
      const to = STATE_INDEX.get(snap.value)!;
      population.state[agent] = to;
      population.flags[agent] = snap.context.flags;
      const taken = last.taken; // set during send()
      if (tally && taken !== undefined) {
        const t = numbers.get(taken);
        if (t === undefined) throw new Error(`agent ${agent} took a transition the machine does not list`);
        tally[t]!++;
      }
      const recorded = last.recorded as Recording | undefined; // set during send()
      if (recorded) {
        sink(
          agent,
          from,
          to,
          CHANNEL_INDEX.get(recorded.channel)!,
          recorded.count.map((c) => COUNTER_INDEX.get(c)!),
        );
      }
    },
  };
};

/**
 * XState's own transition objects (`machine.root.states[s].transitions`, which its actors select
 * from), each with its number in the day's transition counts.
 */
function transitionNumbers(): Map<unknown, number> {
  const numbers = new Map<unknown, number>();
  STATES.forEach((name, s) => {
    const node = agentMachine.root.states[name]!;
    AGENT_EVENTS.forEach((type, e) => {
      (node.transitions.get(type) ?? []).forEach((t, k) => numbers.set(t, transitionIndex(s, e, k)));
    });
  });
  return numbers;
}
