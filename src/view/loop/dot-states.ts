/** Every dot's state at the end of every day of a run, rebuilt from day 0 and the moves. */
import type { RunData } from '../../store/run-data';

/** states[day][dot] for day 0 … run.days; dot j stands for agent j × sample. */
export function dotStates(run: RunData, initial: Uint8Array, sample: number): Uint8Array[] {
  const dots = Math.ceil(initial.length / sample);
  const first = new Uint8Array(dots);
  for (let j = 0; j < dots; j++) first[j] = initial[j * sample]!;
  const out = [first];
  let current = first;
  for (const frame of run.frames) {
    const nextDay = current.slice();
    const { agent, to } = frame.moves;
    for (let k = 0; k < agent.length; k++) {
      const a = agent[k]!;
      if (a % sample === 0) nextDay[a / sample] = to[k]!;
    }
    out.push(nextDay);
    current = nextDay;
  }
  return out;
}
