/**
 * What the simulation worker does with each request: a plain function over the engine, so the
 * same code runs in the real Web Worker and in tests.
 */
import { METRICS } from '../engine/metrics';
import { RUNNERS, DEFAULT_RUNNER, StrategySchedule } from '../engine/run';
import { Simulation } from '../engine/simulation';
import { STATES } from '../model/agent';
import { parseChanges } from '../model/scenario';
import type { FrameMessage, Request, Response } from './protocol';

/** Holds the animated run between requests. */
export class SimulationHandler {
  private sim: Simulation | undefined;
  private schedule: StrategySchedule | undefined;
  private horizonDays = 0;
  private moveSample = 1;

  /** Answers a request; `transfer` lists the buffers to move rather than copy. */
  handle(request: Request, clock: () => number): { response: Response; transfer: ArrayBufferLike[] } {
    try {
      switch (request.type) {
        case 'load': {
          // A load that fails leaves no run behind (stepping the previous one would mislead).
          this.sim = undefined;
          this.schedule = undefined;
          // The page's changes are checked as a file's are: a bad one is refused before the run.
          const changes = parseChanges(request.changes ?? [], request.days);
          this.sim = new Simulation(request.params, {
            seed: request.seed,
            stepper: RUNNERS[request.runner ?? DEFAULT_RUNNER],
            recordMoves: true,
          });
          this.schedule = new StrategySchedule(request.params, changes);
          this.horizonDays = request.days;
          this.moveSample = Math.max(1, Math.floor(request.moveSample ?? 1));
          const size = request.params['audience.size'];
          const initial = this.sim.population.state.slice();
          return {
            response: { type: 'loaded', id: request.id, size, days: request.days, initial },
            transfer: [initial.buffer],
          };
        }
        case 'step': {
          const { sim, schedule } = this;
          if (!sim || !schedule) throw new Error('no run loaded');
          const frames: FrameMessage[] = [];
          const transfer: ArrayBufferLike[] = [];
          for (let k = 0; k < request.count && sim.day < this.horizonDays; k++) {
            const f = schedule.step(sim);
            if (this.moveSample > 1) f.moves = sampleMoves(f.moves, this.moveSample);
            frames.push(f);
            transfer.push(
              f.metrics.buffer,
              f.counts.buffer,
              f.moves.agent.buffer,
              f.moves.from.buffer,
              f.moves.to.buffer,
              f.moves.channel.buffer,
            );
            if (f.transitions) transfer.push(f.transitions.buffer);
          }
          return { response: { type: 'frames', id: request.id, frames }, transfer };
        }
        case 'horizon': {
          const t0 = clock();
          const schedule = new StrategySchedule(
            request.params,
            parseChanges(request.changes ?? [], request.days),
          );
          const sim = new Simulation(request.params, {
            seed: request.seed,
            stepper: RUNNERS[request.runner ?? DEFAULT_RUNNER],
          });
          const initial = sim.population.state.slice();
          const metrics = new Float64Array(request.days * METRICS.length);
          const counts = new Int32Array(request.days * STATES.length);
          for (let d = 0; d < request.days; d++) {
            const f = schedule.step(sim);
            metrics.set(f.metrics, d * METRICS.length);
            counts.set(f.counts, d * STATES.length);
          }
          const ms = clock() - t0;
          return {
            response: { type: 'horizon', id: request.id, days: request.days, metrics, counts, initial, ms },
            transfer: [metrics.buffer, counts.buffer, initial.buffer],
          };
        }
        case 'trace': {
          const { params, seed, days, agent } = request;
          if (!Number.isInteger(agent) || agent < 0 || agent >= params['audience.size'])
            throw new Error(`no agent ${agent} in an audience of ${params['audience.size']}`);
          const schedule = new StrategySchedule(params, parseChanges(request.changes ?? [], days));
          const sim = new Simulation(params, {
            seed,
            stepper: RUNNERS[request.runner ?? DEFAULT_RUNNER],
            countTransitions: false,
            traceAgent: agent,
          });
          for (let d = 0; d < days; d++) schedule.step(sim);
          return { response: { type: 'journey', id: request.id, journey: sim.journey()! }, transfer: [] };
        }
        default:
          // a message of no known type is answered, not thrown on: the worker keeps serving
          throw new Error(`unknown request: ${JSON.stringify((request as { type?: unknown }).type)}`);
      }
    } catch (e) {
      const id = typeof (request as { id?: unknown } | null)?.id === 'number' ? request.id : -1;
      return { response: { type: 'error', id, message: (e as Error).message }, transfer: [] };
    }
  }
}

/** The moves of agents whose index is a multiple of `k`. */
function sampleMoves(m: FrameMessage['moves'], k: number): FrameMessage['moves'] {
  const keep: number[] = [];
  for (let j = 0; j < m.agent.length; j++) if (m.agent[j]! % k === 0) keep.push(j);
  const pick = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((j, o) => (out[o] = a[j]!));
    return out;
  };
  return {
    agent: pick(m.agent, (n) => new Int32Array(n)),
    from: pick(m.from, (n) => new Uint8Array(n)),
    to: pick(m.to, (n) => new Uint8Array(n)),
    channel: pick(m.channel, (n) => new Uint8Array(n)),
  };
}
