/**
 * The dots' states come from replaying the sampled agents' moves onto day 0; here they are held
 * against the engine's own population, read after every simulated day, for the same agents.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNNER, RUNNERS } from '../../engine/run';
import { Simulation } from '../../engine/simulation';
import { defaultParameters, type Parameters } from '../../model/parameters';
import { simulateRun } from '../../../test/support/run-data';
import { CHECKPOINT_DAYS, DotStates } from './dot-states';

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
      const dots = new DotStates(run, run.initial, sample);
      expect(dots.count).toBe(Math.ceil(1000 / sample));
      const wrong: string[] = [];
      const check = (day: number) => {
        const expected = Array.from({ length: dots.count }, (_, j) => truth[day]![j * sample]!);
        if (Array.from(dots.at(day)).join() !== expected.join()) wrong.push(`day ${day}`);
      };
      // played forward, then scrubbed back and forth across the snapshots, and past the end
      for (let day = 0; day <= days; day++) check(day);
      for (const day of [days, 0, 45, 3, CHECKPOINT_DAYS, CHECKPOINT_DAYS - 1, 59, 33, 33, 1]) check(day);
      expect(wrong).toEqual([]);
      expect(Array.from(dots.at(days + 10))).toEqual(Array.from(dots.at(days)));
      // The dots do move: at least a tenth of them end somewhere other than where they began.
      const first = dots.at(0).slice();
      const moved = dots.at(days).filter((s, j) => s !== first[j]).length;
      expect(moved).toBeGreaterThan(dots.count / 10);
    },
  );
});
