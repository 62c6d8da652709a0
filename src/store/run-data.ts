/**
 * A whole simulated run as the page keeps it: every day's metrics and state counts, the moves
 * of each day (for the animation) and the cumulative flows between places by channel (for the
 * Sankey). Built from the worker's frames; read-only for the view.
 */
import { CHANNELS, STATES } from '../model/agent';
import type { Parameters } from '../model/parameters';
import { METRICS, METRIC_INDEX, type Metric } from '../engine/metrics';
import type { DayFrame } from '../engine/simulation';

const S = STATES.length;
const C = CHANNELS.length;
const M = METRICS.length;
/** Cells of one day's flow table: from state × channel × to state. */
export const FLOW_CELLS = S * C * S;

export interface RunData {
  params: Parameters;
  seed: number;
  days: number;
  /** metrics[(day − 1) × METRICS.length + METRIC_INDEX[m]] */
  metrics: Float64Array;
  /** counts[(day − 1) × STATES.length + state] */
  counts: Int32Array;
  /** moves of each day (index day − 1) */
  frames: DayFrame[];
  /** flows[(day − 1) × FLOW_CELLS + (from × C + channel) × S + to]: moves up to and including that day */
  flows: Float64Array;
  /** every agent's state on day 0, when known (the animation starts from it) */
  initial: Uint8Array | null;
}

/** Assembles a run from its frames, day 1 first, and the agents' states on day 0 if known. */
export function toRunData(
  frames: readonly DayFrame[],
  params: Parameters,
  seed: number,
  initial: Uint8Array | null = null,
): RunData {
  const days = frames.length;
  const metrics = new Float64Array(days * M);
  const counts = new Int32Array(days * S);
  const flows = new Float64Array(days * FLOW_CELLS);
  frames.forEach((f, d) => {
    metrics.set(f.metrics, d * M);
    counts.set(f.counts, d * S);
    if (d > 0) flows.copyWithin(d * FLOW_CELLS, (d - 1) * FLOW_CELLS, d * FLOW_CELLS);
    const { from, to, channel } = f.moves;
    for (let k = 0; k < from.length; k++)
      flows[d * FLOW_CELLS + (from[k]! * C + channel[k]!) * S + to[k]!]!++;
  });
  return { params, seed, days, metrics, counts, frames: [...frames], flows, initial };
}

/** One metric on day `day` (1-based); NaN outside the run. */
export function metricAt(run: RunData, metric: Metric, day: number): number {
  if (day < 1 || day > run.days) return NaN;
  return run.metrics[(day - 1) * M + METRIC_INDEX[metric]]!;
}

/** One metric for every day of the run. */
export function metricSeries(run: RunData, metric: Metric): number[] {
  return Array.from({ length: run.days }, (_, d) => run.metrics[d * M + METRIC_INDEX[metric]]!);
}

/** Agents in each state at the end of `day` (day 0: before the run, all from day 1's start is unknown, so day 1 is used). */
export function countsAt(run: RunData, day: number): Int32Array {
  const d = Math.min(Math.max(day, 1), run.days) - 1;
  return run.counts.subarray(d * S, (d + 1) * S);
}

/** The cumulative flow table at the end of `day`. */
export function flowsAt(run: RunData, day: number): Float64Array {
  const d = Math.min(Math.max(day, 1), run.days) - 1;
  return run.flows.subarray(d * FLOW_CELLS, (d + 1) * FLOW_CELLS);
}
