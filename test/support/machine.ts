/** The agent statechart stepped by XState's own pure `transition()`, for tests that check against it. */
import { transition } from 'xstate';
import {
  EVENT_INDEX,
  STATE_INDEX,
  agentMachine,
  type AgentDraws,
  type AgentEventType,
  type AgentState,
  type Recording,
} from '../../src/model/agent';
import { namedDraws } from '../../src/model/shape';
import { agentShape } from '../../src/engine/shape-cache';

/**
 * What the machine does with one event: the next state and flags, and what it recorded
 * (undefined: ignored). The draws are given by name, or as the engine fills them, in slots
 * (named as the machine's shape numbers them for this state and event).
 */
export function machineStep(
  state: AgentState,
  flags: number,
  type: AgentEventType,
  draws: AgentDraws | ArrayLike<number>,
  odds: ArrayLike<number>,
): { state: AgentState; flags: number; recorded: Recording | undefined } {
  const named = isSlots(draws)
    ? namedDraws(agentShape(), STATE_INDEX[state], EVENT_INDEX[type], draws)
    : draws;
  const snapshot = agentMachine.resolveState({ value: state, context: { flags } });
  const [next, actions] = transition(agentMachine, snapshot, { type, draws: named, odds });
  // The `record` action emits a 'recorded' event; pure transition() returns it unexecuted.
  const emitted = actions.find((a) => (a.type as string) === 'xstate.emit')?.params as
    { event: Recording } | undefined;
  const recorded = emitted && { channel: emitted.event.channel, count: emitted.event.count };
  return { state: next.value, flags: next.context.flags, recorded };
}

function isSlots(draws: AgentDraws | ArrayLike<number>): draws is ArrayLike<number> {
  return typeof (draws as ArrayLike<number>).length === 'number';
}
