/**
 * Sensitivity runs on the worker pool: a sweep of one parameter over its range, and the tornado
 * of every strategy parameter ±20 %, each run on several seeds and read for one key figure.
 * Progress is reported as each run arrives; cancelling the pool stops the batch.
 */
import { keyFigure, type KeyFigure } from '../engine/compare';
import { METRICS } from '../engine/metrics';
import type { DayFrame } from '../engine/simulation';
import {
  sweepCurve,
  tornado,
  tornadoValues,
  withValue,
  type SweepCell,
  type SweepCurve,
  type TornadoBar,
} from '../engine/sensitivity';
import { STATES } from '../model/agent';
import { parameterSpec, type ParameterName, type Parameters } from '../model/parameters';
import type { StrategyChange } from '../model/scenario';
import { Cancelled, WorkerPool, type PoolJob, type PoolResult } from '../worker/pool';

export { Cancelled, WorkerPool };
export { WorkerFault, type FaultKind } from '../worker/fault';

/** A pool of simulation workers sized to the machine's cores (1 to 8), started lazily. */
export function createSweepPool(): WorkerPool {
  return new WorkerPool();
}

/** What a sensitivity run starts from: the strategy on screen, its run's length, the figure read. */
export interface SensitivityBase {
  params: Parameters;
  changes?: readonly StrategyChange[];
  days: number;
  figure: KeyFigure;
  seeds: readonly number[];
}

/** Runs done of runs asked. */
export type Progress = (done: number, total: number) => void;

const NO_MOVES = {
  agent: new Int32Array(0),
  from: new Uint8Array(0),
  to: new Uint8Array(0),
  channel: new Uint8Array(0),
};

/** A run as the pool returns it, as day frames (without moves: the pool does not record them). */
export function framesOfResult(result: PoolResult): DayFrame[] {
  const M = METRICS.length;
  const S = STATES.length;
  return Array.from({ length: result.days }, (_, d) => ({
    day: d + 1,
    metrics: result.metrics.subarray(d * M, (d + 1) * M),
    counts: result.counts.subarray(d * S, (d + 1) * S),
    moves: NO_MOVES,
  }));
}

/** A key figure of a whole run as the pool returns it. */
export function figureOfResult(result: PoolResult, params: Parameters, figure: KeyFigure): number {
  return keyFigure({ params, frames: framesOfResult(result) }, figure);
}

/** Runs every strategy on every seed; resolves with figures[strategy][seed]. */
async function figures(
  pool: WorkerPool,
  base: SensitivityBase,
  strategies: readonly Parameters[],
  progress: Progress,
): Promise<number[][]> {
  const jobs: PoolJob[] = [];
  const out = strategies.map(() => base.seeds.map(() => NaN));
  for (const params of strategies)
    for (const seed of base.seeds) jobs.push({ params, seed, days: base.days, changes: base.changes });
  const n = base.seeds.length;
  let done = 0;
  progress(0, jobs.length);
  await pool.run(jobs, (i, result) => {
    const s = Math.floor(i / n);
    out[s]![i % n] = figureOfResult(result, strategies[s]!, base.figure);
    progress(++done, jobs.length);
  });
  return out;
}

/** A sweep of `parameter` over `values`, every value on every seed. */
export async function runSweep(
  pool: WorkerPool,
  base: SensitivityBase,
  parameter: ParameterName,
  values: readonly number[],
  progress: Progress = () => {},
): Promise<SweepCurve & { cells: SweepCell[] }> {
  const strategies = values.map((v) => withValue(base.params, parameter, v));
  const f = await figures(pool, base, strategies, progress);
  const cells = values.map((value, i) => ({ value, figures: f[i]! }));
  return { ...sweepCurve(cells), cells };
}

/** The tornado: each parameter at ±`change` of its value, paired with the baseline on the same seeds. */
export async function runTornado(
  pool: WorkerPool,
  base: SensitivityBase,
  parameters: readonly ParameterName[],
  change?: number,
  progress: Progress = () => {},
): Promise<{ baseline: number; bars: TornadoBar[] }> {
  const ends = parameters.map((p) => tornadoValues(parameterSpec(p)!, base.params[p], change));
  const strategies = [
    base.params,
    ...parameters.flatMap((p, i) => [
      withValue(base.params, p, ends[i]!.low),
      withValue(base.params, p, ends[i]!.high),
    ]),
  ];
  const f = await figures(pool, base, strategies, progress);
  return tornado(
    f[0]!,
    parameters.map((parameter, i) => ({
      parameter,
      lowValue: ends[i]!.low,
      highValue: ends[i]!.high,
      low: f[1 + 2 * i]!,
      high: f[2 + 2 * i]!,
    })),
  );
}
