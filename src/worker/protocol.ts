/**
 * Messages between the page and the simulation worker. Typed arrays travel as transferables,
 * so a day's frame crosses the thread boundary without a copy.
 */
import type { Parameters } from '../model/parameters';
import type { StrategyChange } from '../model/scenario';
import type { RunnerName } from '../engine/run';
import type { Journey } from '../engine/journey';

export type Request =
  /** start a new animated run at day 0 (moves recorded) */
  | {
      type: 'load';
      id: number;
      params: Parameters;
      seed: number;
      days: number;
      runner?: RunnerName;
      /** keep the moves of every k-th agent only (the animation shows a sample); default 1 */
      moveSample?: number;
      /** strategy changes, each applied at the start of its day (days 1 … `days`) */
      changes?: readonly StrategyChange[];
    }
  /** advance the animated run by `count` days (never past its horizon) */
  | { type: 'step'; id: number; count: number }
  /** run a whole horizon at once, without moves, for what-if curves */
  | {
      type: 'horizon';
      id: number;
      params: Parameters;
      seed: number;
      days: number;
      runner?: RunnerName;
      /** strategy changes, each applied at the start of its day (days 1 … `days`) */
      changes?: readonly StrategyChange[];
    }
  /** run a whole horizon again, recording every transition of one agent (the run is the same) */
  | {
      type: 'trace';
      id: number;
      params: Parameters;
      seed: number;
      days: number;
      agent: number;
      runner?: RunnerName;
      /** strategy changes, each applied at the start of its day (days 1 … `days`) */
      changes?: readonly StrategyChange[];
    };

/** One simulated day, as sent to the page. */
export interface FrameMessage {
  day: number;
  metrics: Float64Array;
  counts: Int32Array;
  moves: { agent: Int32Array; from: Uint8Array; to: Uint8Array; channel: Uint8Array };
  /** how many times each transition of the machine was taken that day, by its number (engine/transitions.ts) */
  transitions?: Int32Array;
}

export type Response =
  /** `initial`: every agent's state on day 0, before the first day */
  | { type: 'loaded'; id: number; size: number; days: number; initial: Uint8Array }
  | { type: 'frames'; id: number; frames: FrameMessage[] }
  /**
   * metrics[day * METRICS.length + metric], counts[day * STATES.length + state], day 0 being day 1;
   * `initial`: every agent's state before the first day
   */
  | {
      type: 'horizon';
      id: number;
      days: number;
      metrics: Float64Array;
      counts: Int32Array;
      initial: Uint8Array;
      ms: number;
    }
  /** the agent's journey through the run asked for */
  | { type: 'journey'; id: number; journey: Journey }
  | { type: 'error'; id: number; message: string };
