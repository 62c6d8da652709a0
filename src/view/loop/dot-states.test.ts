/**
 * The dots' states come from replaying the sampled agents' moves onto day 0; here they are held
 * against the engine's own population, read after every simulated day, for the same agents.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNNER, RUNNERS } from '../../engine/run';
import { Simulation } from '../../engine/simulation';
import { defaultParameters, type Parameters } from '../../model/parameters';
import { simulateRun } from '../../../test/support/run-data';
import { dotStates } from './dot-states';

/** Every agent's state at the end of each day 0 … days, read straight from the engine. */
function engineStates(params: Parameters, seed: number, days: number): Uint8Array[] {
  const sim = new Simulation(params, { seed, stepper: RUNNERS[DEFAULT_RUNNER] });
  const out = [sim.population.state.slice()];
  for (let d = 0; d < days; d++) {
    sim.step();
    out.push(sim.population.state.slice());
  }
  return out;
}

describe('the dots’ states', () => {
  // 1000 agents: every agent; every 3rd (334 dots, the last one agent 999); every 7th (143 dots).
  it.each([1, 3, 7])(
    'are, on every day, the states of the agents they stand for (one dot per %i)',
    (sample) => {
      const params = {
        ...defaultParameters(),
        'audience.size': 1000,
        'ads.dailyBudget': 400,
        'audience.initialFollowers': 0.05,
      };
      const days = 60;
      const run = simulateRun(params, 8, days, sample);
      const truth = engineStates(params, 8, days);
      const dots = dotStates(run, run.initial, sample);
      expect(dots).toHaveLength(days + 1);
      const wrong: string[] = [];
      truth.forEach((agents, day) => {
        const expected = Array.from({ length: Math.ceil(1000 / sample) }, (_, j) => agents[j * sample]!);
        const got = Array.from(dots[day]!);
        if (got.join() !== expected.join()) wrong.push(`day ${day}`);
      });
      expect(wrong).toEqual([]);
      // The dots do move: at least a tenth of them end somewhere other than where they began.
      const moved = dots[days]!.filter((s, j) => s !== dots[0]![j]).length;
      expect(moved).toBeGreaterThan(dots[0]!.length / 10);
    },
  );
});
