/**
 * A whole simulated run as the page keeps it: every day's metrics and state counts, the moves
 * of each day (for the animation) and the cumulative flows between places by channel (for the
 * Sankey). Built from the worker's frames; read-only for the view.
 *
 * Day 0 is the page's first day (before anyone has moved), so counts and flows keep a row for
 * it: every reader of "the counts on day d" goes through `countsAt`, and the summary line, the
 * loop's nodes and the tooltips cannot disagree about any day, day 0 included.
 */
import { CHANNELS, STATES } from '../model/agent';
import type { Parameters } from '../model/parameters';
import { METRICS, METRIC_INDEX, type Metric } from '../engine/metrics';
import type { DayFrame } from '../engine/simulation';
import { agentTransitions } from '../engine/transitions';

const S = STATES.length;
const C = CHANNELS.length;
const M = METRICS.length;
/** Cells of one day's flow table: from state × channel × to state. */
export const FLOW_CELLS = S * C * S;

export interface RunData {
  params: Parameters;
  seed: number;
  days: number;
  /** metrics[(day − 1) × METRICS.length + METRIC_INDEX[m]], day 1 … days */
  metrics: Float64Array;
  /** counts[day × STATES.length + state], day 0 (the agents' initial states) … days */
  counts: Int32Array;
  /** moves of each day (index day − 1) */
  frames: DayFrame[];
  /** flows[day × FLOW_CELLS + (from × C + channel) × S + to]: moves up to and including that day (day 0: none) */
  flows: Float64Array;
  /** every agent's state on day 0 (the animation starts from it) */
  initial: Uint8Array;
  /** the frames' moves are those of every `moveSample`-th agent (1: every agent) */
  moveSample: number;
  /**
   * transitions[day × T + t]: how many times the machine's transition t (engine/transitions.ts,
   * T of them) was taken on that day, every agent counted; day 0 and the days of frames that did
   * not carry them are zeros (see `hasTransitions`)
   */
  transitions?: Int32Array;
}

/** Where a run's frames came from: the strategy, the seed, and the agents before day 1. */
export interface RunOrigin {
  params: Parameters;
  seed: number;
  /** every agent's state on day 0, indexed like the population */
  initial: Uint8Array;
  /** the sampling the frames' moves were recorded with (default 1: every agent) */
  moveSample?: number;
}

/** Assembles a run from its frames, day 1 first, and where they came from. */
export function toRunData(frames: readonly DayFrame[], origin: RunOrigin): RunData {
  const { params, seed, initial, moveSample = 1 } = origin;
  const days = frames.length;
  const metrics = new Float64Array(days * M);
  const counts = new Int32Array((days + 1) * S);
  const flows = new Float64Array((days + 1) * FLOW_CELLS);
  for (const s of initial) counts[s]!++;
  const T = agentTransitions().list.length;
  const withTransitions = frames.length > 0 && frames.every((f) => f.transitions?.length === T);
  const transitions = withTransitions ? new Int32Array((days + 1) * T) : undefined;
  frames.forEach((f, i) => {
    const d = i + 1;
    if (transitions) transitions.set(f.transitions!, d * T);
    metrics.set(f.metrics, i * M);
    counts.set(f.counts, d * S);
    flows.copyWithin(d * FLOW_CELLS, i * FLOW_CELLS, d * FLOW_CELLS);
    const { from, to, channel } = f.moves;
    for (let k = 0; k < from.length; k++)
      flows[d * FLOW_CELLS + (from[k]! * C + channel[k]!) * S + to[k]!]!++;
  });
  return {
    params,
    seed,
    days,
    metrics,
    counts,
    frames: [...frames],
    flows,
    initial,
    moveSample,
    ...(transitions ? { transitions } : {}),
  };
}

/** The day `day` clamped to the run: 0 … days. */
function clampDay(run: RunData, day: number): number {
  return Math.min(Math.max(Math.round(day), 0), run.days);
}

/** One metric on day `day` (1-based); NaN outside the run (day 0 has no metrics: nothing happened yet). */
export function metricAt(run: RunData, metric: Metric, day: number): number {
  if (day < 1 || day > run.days) return NaN;
  return run.metrics[(day - 1) * M + METRIC_INDEX[metric]]!;
}

/** One metric for every day of the run. */
export function metricSeries(run: RunData, metric: Metric): number[] {
  return Array.from({ length: run.days }, (_, d) => run.metrics[d * M + METRIC_INDEX[metric]]!);
}

/** Agents in each state at the end of `day`; day 0 is before the first day (the initial states). */
export function countsAt(run: RunData, day: number): Int32Array {
  const d = clampDay(run, day);
  return run.counts.subarray(d * S, (d + 1) * S);
}

/** The cumulative flow table at the end of `day` (all zeros on day 0). */
export function flowsAt(run: RunData, day: number): Float64Array {
  const d = clampDay(run, day);
  return run.flows.subarray(d * FLOW_CELLS, (d + 1) * FLOW_CELLS);
}

/**
 * How many times each transition of the machine was taken on `day` (indexed by its number, see
 * engine/transitions.ts); all zeros on day 0; undefined when the run was assembled without them.
 */
export function transitionsAt(run: RunData, day: number): Int32Array | undefined {
  if (!run.transitions) return undefined;
  const T = agentTransitions().list.length;
  const d = clampDay(run, day);
  return run.transitions.subarray(d * T, (d + 1) * T);
}
