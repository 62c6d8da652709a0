/** Whole runs: a scenario from day 1 to its horizon with one of the runners. */
import type { Parameters } from '../model/parameters';
import { scenarioParameters, type Scenario, type StrategyChange } from '../model/scenario';
import { Simulation, type DayFrame, type StepperFactory } from './simulation';
import { tableStepper } from './compile';
import { xstateStepper } from './xstate-runner';
import type { Journey } from './journey';

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
  /** strategy changes, each applied at the start of its day (see `parametersOn`) */
  changes?: readonly StrategyChange[];
  /** count each machine transition taken each day (on by default; see SimulationOptions) */
  countTransitions?: boolean;
  /** record every transition of this agent (see SimulationOptions); `simulateTraced` returns it */
  traceAgent?: number;
}

/**
 * A strategy over time for one run: the starting parameters and the days on which they change.
 * `step` advances a simulation by one day, first setting the day's parameters when the strategy
 * changes on it, so every runner and the worker apply changes the same way.
 */
export class StrategySchedule {
  /** the full parameter set to set at the start of each day that changes it */
  private readonly onDay = new Map<number, Parameters>();

  constructor(params: Parameters, changes: readonly StrategyChange[] = []) {
    let current = params;
    for (const change of [...changes].sort((a, b) => a.day - b.day)) {
      current = { ...current, ...change.parameters };
      this.onDay.set(change.day, current);
    }
  }

  /** Simulates the simulation's next day under the parameters in force on it. */
  step(sim: Simulation): DayFrame {
    const next = this.onDay.get(sim.day + 1);
    if (next) sim.setParameters(next);
    return sim.step();
  }
}

/** Runs `days` days of the strategy `params` from seed `seed` and returns every day's frame. */
export function simulate(
  params: Parameters,
  seed: number,
  days: number,
  options: RunOptions = {},
): DayFrame[] {
  return simulateTraced(params, seed, days, options).frames;
}

/** A simulation and its strategy over time, ready for day 1. */
function start(params: Parameters, seed: number, options: RunOptions) {
  const sim = new Simulation(params, {
    seed,
    stepper: RUNNERS[options.runner ?? DEFAULT_RUNNER],
    recordMoves: options.recordMoves ?? false,
    countTransitions: options.countTransitions ?? true,
    ...(options.traceAgent !== undefined ? { traceAgent: options.traceAgent } : {}),
  });
  return { sim, schedule: new StrategySchedule(params, options.changes) };
}

/** `simulate`, with the journey of the agent `options.traceAgent` (null when none is traced). */
export function simulateTraced(
  params: Parameters,
  seed: number,
  days: number,
  options: RunOptions = {},
): { frames: DayFrame[]; journey: Journey | null } {
  const { sim, schedule } = start(params, seed, options);
  const frames: DayFrame[] = [];
  for (let d = 0; d < days; d++) frames.push(schedule.step(sim));
  return { frames, journey: sim.journey() };
}

/**
 * `simulate`'s frames one day at a time, each as soon as it is computed and none kept, so a
 * long run or a large audience can be written out as it goes: the same frames as `simulate`.
 */
export function* simulateDays(
  params: Parameters,
  seed: number,
  days: number,
  options: RunOptions = {},
): Generator<DayFrame, void, undefined> {
  const { sim, schedule } = start(params, seed, options);
  for (let d = 0; d < days; d++) yield schedule.step(sim);
}

/** Runs a scenario to its horizon, with its changes of strategy. */
export function runScenario(s: Scenario, options: Omit<RunOptions, 'changes'> = {}): DayFrame[] {
  return simulate(scenarioParameters(s), s.seed, s.days, { ...options, changes: s.changes });
}

/** `runScenario`'s frames one day at a time, as they are computed (see `simulateDays`). */
export function scenarioDays(
  s: Scenario,
  options: Omit<RunOptions, 'changes'> = {},
): Generator<DayFrame, void, undefined> {
  return simulateDays(scenarioParameters(s), s.seed, s.days, { ...options, changes: s.changes });
}
