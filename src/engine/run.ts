/** Whole runs: a scenario from day 1 to its horizon with one of the runners. */
import type { Parameters } from '../model/parameters';
import { scenarioParameters, type Scenario } from '../model/scenario';
import { Simulation, type DayFrame, type StepperFactory } from './simulation';
import { tableStepper } from './compile';
import { xstateStepper } from './xstate-runner';

/**
 * The runners by name: `fast` steps agents through the table compiled from the statechart;
 * `xstate` is the reference, one XState actor per agent. Both give byte-identical runs.
 */
export const RUNNERS = {
  fast: tableStepper,
  xstate: xstateStepper,
} as const satisfies Record<string, StepperFactory>;
export type RunnerName = keyof typeof RUNNERS;
export const DEFAULT_RUNNER: RunnerName = 'fast';

export interface RunOptions {
  runner?: RunnerName;
  recordMoves?: boolean;
}

/** Runs `days` days of the strategy `params` from seed `seed` and returns every day's frame. */
export function simulate(
  params: Parameters,
  seed: number,
  days: number,
  options: RunOptions = {},
): DayFrame[] {
  const sim = new Simulation(params, {
    seed,
    stepper: RUNNERS[options.runner ?? DEFAULT_RUNNER],
    recordMoves: options.recordMoves ?? false,
  });
  const frames: DayFrame[] = [];
  for (let d = 0; d < days; d++) frames.push(sim.step());
  return frames;
}

/** Runs a scenario to its horizon. */
export function runScenario(s: Scenario, options: RunOptions = {}): DayFrame[] {
  return simulate(scenarioParameters(s), s.seed, s.days, options);
}
