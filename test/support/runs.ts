/** Helpers for tests that run the model on several seeds with common random numbers. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_INDEX, type Metric } from '../../src/engine/metrics';
import { simulate, type RunnerName } from '../../src/engine/run';
import type { DayFrame } from '../../src/engine/simulation';
import { defaultParameters, type Parameters } from '../../src/model/parameters';
import { parseScenario, scenarioParameters, type Scenario } from '../../src/model/scenario';

export const SIMULATIONS_DIR = join(import.meta.dirname, '..', '..', 'simulations');

/**
 * Seeds for the credibility checks: `count` seeds from a base that CREDIBILITY_SEED_BASE can move,
 * so the checks can be rerun on seeds nobody looked at (`CREDIBILITY_SEED_BASE=9000 npm run test:unit`).
 */
export function seeds(count: number, offset = 0): number[] {
  const base = Number(process.env.CREDIBILITY_SEED_BASE ?? 11) + offset;
  return Array.from({ length: count }, (_, k) => base + 7 * k);
}

/** Every scenario file in simulations/, parsed. */
export function scenarioFiles(): { file: string; scenario: Scenario }[] {
  return readdirSync(SIMULATIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      scenario: parseScenario(JSON.parse(readFileSync(join(SIMULATIONS_DIR, file), 'utf8'))),
    }));
}

/** One scenario's full parameter set, with overrides. */
export function scenarioWith(name: string, overrides: Partial<Parameters> = {}): Parameters {
  const found = scenarioFiles().find((s) => s.file === `${name}.json`);
  if (!found) throw new Error(`no scenario ${name}`);
  return { ...scenarioParameters(found.scenario), ...overrides };
}

/** Defaults with overrides. */
export function params(overrides: Partial<Parameters> = {}): Parameters {
  return { ...defaultParameters(), ...overrides };
}

/** Runs the same strategy on each seed (the seeds give common random numbers across strategies). */
export function runSeeds(
  p: Parameters,
  seeds: readonly number[],
  days: number,
  runner?: RunnerName,
): DayFrame[][] {
  return seeds.map((seed) => simulate(p, seed, days, runner ? { runner } : {}));
}

/** A metric on every day of a run. */
export function series(frames: readonly DayFrame[], metric: Metric): number[] {
  return frames.map((f) => f.metrics[METRIC_INDEX[metric]]!);
}

/** A flow summed over the whole run. */
export function total(frames: readonly DayFrame[], metric: Metric): number {
  return series(frames, metric).reduce((a, b) => a + b, 0);
}

/** A metric on the last day of a run. */
export function last(frames: readonly DayFrame[], metric: Metric): number {
  return frames[frames.length - 1]!.metrics[METRIC_INDEX[metric]]!;
}

/** Mean over runs of a per-run number. */
export function mean(runs: readonly DayFrame[][], f: (frames: DayFrame[]) => number): number {
  return runs.reduce((a, r) => a + f(r), 0) / runs.length;
}
