/** The agent statechart stepped by XState's own pure `transition()`, for tests that check against it. */
import { transition } from 'xstate';
import { agentMachine, type AgentEventType, type AgentState, type Recording } from '../../src/model/agent';

/** What the machine does with one event: the next state and flags, and what it recorded (undefined: ignored). */
export function machineStep(
  state: AgentState,
  flags: number,
  type: AgentEventType,
  draws: ArrayLike<number>,
  odds: ArrayLike<number>,
): { state: AgentState; flags: number; recorded: Recording | undefined } {
  const snapshot = agentMachine.resolveState({ value: state, context: { flags } });
  const [next, actions] = transition(agentMachine, snapshot, { type, draws, odds });
  // The `record` action emits a 'recorded' event; pure transition() returns it unexecuted.
  const emitted = actions.find((a) => (a.type as string) === 'xstate.emit')?.params as
    { event: Recording } | undefined;
  const recorded = emitted && { channel: emitted.event.channel, count: emitted.event.count };
  return { state: next.value, flags: next.context.flags, recorded };
}
