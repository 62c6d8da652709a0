/** The agent statechart read into tables once per process. */
import { agentMachine } from '../model/agent';
import { readMachine, type MachineShape } from '../model/shape';

let cached: MachineShape | undefined;

/** The agent machine's shape (see `readMachine`), read on first use. */
export function agentShape(): MachineShape {
  return (cached ??= readMachine(agentMachine));
}
