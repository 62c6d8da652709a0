/**
 * The statechart compiled to a transition table over typed arrays. The table is derived from
 * the machine's own definition (read by `readMachine`), never written by hand: for every
 * state, every combination of flags and every event it lists the transitions that can fire, in
 * XState's order, with their rolls already pointed at the right segment of the odds table.
 * Stepping an agent is then a few array reads, with no allocation.
 */
import { AGENT_EVENTS, FLAGS, agentMachine, flagsAllow, rollPasses } from '../model/agent';
import { ODDS_COUNT } from '../model/odds';
import { MachineShapeError, readMachine, type MachineLike, type MachineShape } from '../model/shape';
import { SLOTS, uniformAt as keyedUniform } from './keyed';
import { agentShape } from './shape-cache';
import { catalogOf } from './transitions';
import type { AgentStepper, Population, StepperFactory, TransitionSink } from './simulation';

/** The compiled machine. Cell = (state × FLAG_COMBOS + flags) × EVENTS + event. */
export interface CompiledMachine {
  readonly states: readonly string[];
  /** 2^flags: every flag combination has its own row */
  readonly flagCombos: number;
  /** candidates of a cell: [cellStart[cell], cellStart[cell + 1]) */
  readonly cellStart: Int32Array;
  /** rolls of a candidate: [rollStart[c], rollStart[c + 1]) */
  readonly rollStart: Int32Array;
  /** index into the odds table (segment included) and into the event's draws */
  readonly rollOdds: Int32Array;
  readonly rollDraw: Uint8Array;
  /** what a candidate does when its rolls pass */
  readonly target: Uint8Array;
  readonly nextFlags: Uint8Array;
  readonly channel: Uint8Array;
  /** counters each candidate adds to (views made once, at compile time) */
  readonly counters: readonly Uint8Array[];
  /** the machine transition each candidate is (its slot in a day's transition counts, see transitions.ts) */
  readonly transition: Int32Array;
}

const EVENT_COUNT = AGENT_EVENTS.length;
const uniformAt = keyedUniform;
const SEGMENT_FLAG = 0; // FLAGS[0] is 'target': segment 0 when set, 1 when not

/** Compiles a flat statechart of the guards in GUARDS and `setFlags`/`record` actions; refuses anything else. */
export function compileMachine(machine: MachineLike = agentMachine): CompiledMachine {
  return compileShape(readMachine(machine));
}

/** Compiles a machine already read into tables (see `readMachine`). */
function compileShape(shape: MachineShape): CompiledMachine {
  if (FLAGS.length > 8) throw new MachineShapeError(`${FLAGS.length} flags do not fit one byte`);
  if (FLAGS[SEGMENT_FLAG] !== 'target')
    throw new MachineShapeError('the first flag must be "target" (the segment)');
  const E = AGENT_EVENTS.length;
  const F = 1 << FLAGS.length;
  const cells = shape.states.length * F * E;
  const cellStart = new Int32Array(cells + 1);
  const rollStart: number[] = [0];
  const rollOdds: number[] = [];
  const rollDraw: number[] = [];
  const target: number[] = [];
  const nextFlags: number[] = [];
  const channel: number[] = [];
  const counters: Uint8Array[] = [];
  const transition: number[] = [];
  // each transition's number (see catalogOf): the first of its state and event, plus its order
  const first = catalogOf(shape).start;
  for (let s = 0; s < shape.states.length; s++) {
    for (let f = 0; f < F; f++) {
      const segment = f & (1 << SEGMENT_FLAG) ? 0 : 1;
      for (let e = 0; e < E; e++) {
        cellStart[(s * F + f) * E + e] = target.length;
        const rows = shape.transitions[s]![e]!;
        for (let k = 0; k < rows.length; k++) {
          const t = rows[k]!;
          if (!flagsAllow(f, t.need, t.forbid)) continue; // decided by the flags, at compile time
          for (const [odds, draw] of t.rolls) {
            rollOdds.push(segment * ODDS_COUNT + odds);
            rollDraw.push(draw);
          }
          rollStart.push(rollOdds.length);
          target.push(t.target);
          nextFlags.push((f | t.set) & ~t.clear);
          channel.push(t.channel);
          counters.push(Uint8Array.from(t.counters));
          transition.push(first[s * E + e]! + k);
          if (t.rolls.length === 0) break; // always fires: later transitions are unreachable
        }
      }
    }
  }
  cellStart[cells] = target.length;
  return {
    states: shape.states,
    flagCombos: F,
    cellStart,
    rollStart: Int32Array.from(rollStart),
    rollOdds: Int32Array.from(rollOdds),
    rollDraw: Uint8Array.from(rollDraw),
    target: Uint8Array.from(target),
    nextFlags: Uint8Array.from(nextFlags),
    channel: Uint8Array.from(channel),
    counters,
    transition: Int32Array.from(transition),
  };
}

let compiled: CompiledMachine | undefined;

/** The agent machine, compiled once per process. */
export function agentTable(): CompiledMachine {
  return (compiled ??= compileShape(agentShape()));
}

/**
 * Finds the transition an agent in `state` with `flags` takes on `event`: the candidate index,
 * or −1 when every guard fails (the event is ignored).
 */
export function findTransition(
  t: CompiledMachine,
  state: number,
  flags: number,
  event: number,
  draws: ArrayLike<number>,
  odds: ArrayLike<number>,
): number {
  const cell = (state * t.flagCombos + flags) * EVENT_COUNT + event;
  const end = t.cellStart[cell + 1]!;
  for (let c = t.cellStart[cell]!; c < end; c++) {
    const rollEnd = t.rollStart[c + 1]!;
    let r = t.rollStart[c]!;
    while (r < rollEnd && rollPasses(draws[t.rollDraw[r]!]!, odds[t.rollOdds[r]!]!)) r++;
    if (r === rollEnd) return c;
  }
  return -1;
}

/** The fast runner: steps agents through the compiled table, states and flags in the population's bytes. */
export const tableStepper: StepperFactory = (
  population: Population,
  sink: TransitionSink,
  tally?: Int32Array,
): AgentStepper => new TableStepper(agentTable(), agentShape(), population, sink, tally);

/**
 * Steps agents through the compiled table. Besides `send`, it delivers a run of same-type events
 * drawing lazily (`deliver`): a draw is hashed only when a roll reads it and the roll's chance is
 * neither 0 nor 1, for the outcome of a roll at those chances does not depend on the draw.
 */
class TableStepper implements AgentStepper {
  private readonly state: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly cellStart: Int32Array;
  private readonly rollStart: Int32Array;
  private readonly rollOdds: Int32Array;
  private readonly rollDraw: Uint8Array;
  private readonly target: Uint8Array;
  private readonly nextFlags: Uint8Array;
  private readonly channel: Uint8Array;
  private readonly counters: readonly Uint8Array[];
  private readonly transition: Int32Array;
  /** how many times each machine transition was taken (see transitions.ts) */
  private readonly tally: Int32Array;
  private readonly flagCombos: number;
  /** 1 where a state handles an event (state × EVENTS + event), whatever its flags */
  private readonly handles: Uint8Array;
  /** 1 for a candidate that stays in its state and counts nothing: the sink need not hear of it */
  private readonly silent: Uint8Array;
  private readonly draws = new Float64Array(SLOTS);

  constructor(
    private readonly t: CompiledMachine,
    shape: MachineShape,
    population: Population,
    private readonly sink: TransitionSink,
    tally?: Int32Array,
  ) {
    this.transition = t.transition;
    this.tally = tally ?? new Int32Array(catalogOf(shape).list.length);
    this.state = population.state;
    this.flags = population.flags;
    this.cellStart = t.cellStart;
    this.rollStart = t.rollStart;
    this.rollOdds = t.rollOdds;
    this.rollDraw = t.rollDraw;
    this.target = t.target;
    this.nextFlags = t.nextFlags;
    this.channel = t.channel;
    this.counters = t.counters;
    this.flagCombos = t.flagCombos;
    this.handles = Uint8Array.from({ length: shape.states.length * EVENT_COUNT }, (_, k) =>
      shape.transitions[Math.floor(k / EVENT_COUNT)]![k % EVENT_COUNT]!.length > 0 ? 1 : 0,
    );
    this.silent = new Uint8Array(t.target.length);
    const cellsPerState = t.flagCombos * EVENT_COUNT;
    for (let cell = 0; cell < t.cellStart.length - 1; cell++) {
      const from = Math.floor(cell / cellsPerState);
      for (let c = t.cellStart[cell]!; c < t.cellStart[cell + 1]!; c++) {
        if (t.target[c] === from && t.counters[c]!.length === 0) this.silent[c] = 1;
      }
    }
  }

  send(agent: number, event: number, draws: ArrayLike<number>, odds: ArrayLike<number>): void {
    const { state, flags, t } = this;
    const from = state[agent]!;
    const c = findTransition(t, from, flags[agent]!, event, draws, odds);
    if (c < 0) return;
    this.tally[this.transition[c]!]!++;
    const to = t.target[c]!;
    state[agent] = to;
    flags[agent] = t.nextFlags[c]!;
    this.sink(agent, from, to, t.channel[c]!, t.counters[c]!);
  }

  /**
   * Delivers up to `count` events of type `event` to `agent`, stopping once its state ignores
   * them; returns how many it delivered. Draw slot d of the k-th is
   * uniformAt(keys[first + d], agent, k), hashed only if a roll needs it.
   */
  deliver(
    agent: number,
    event: number,
    count: number,
    keys: Int32Array,
    first: number,
    odds: Float64Array,
  ): number {
    const { state, flags, cellStart, rollStart, rollOdds, rollDraw, handles, draws, tally, transition } =
      this;
    const F = this.flagCombos;
    for (let k = 0; k < count; k++) {
      const from = state[agent]!;
      if (handles[from * EVENT_COUNT + event] === 0) return k;
      const cell = (from * F + flags[agent]!) * EVENT_COUNT + event;
      const end = cellStart[cell + 1]!;
      let have = 0; // draws hashed so far for this event, as bits
      for (let c = cellStart[cell]!; c < end; c++) {
        const rollEnd = rollStart[c + 1]!;
        let r = rollStart[c]!;
        for (; r < rollEnd; r++) {
          const chance = odds[rollOdds[r]!]!;
          // A draw in [0, 1) passes every chance of 1 and none of 0 (or NaN) (see rollPasses).
          if (!(chance > 0)) break;
          if (chance >= 1) continue;
          const d = rollDraw[r]!;
          if ((have & (1 << d)) === 0) {
            draws[d] = uniformAt(keys[first + d]!, agent, k);
            have |= 1 << d;
          }
          if (!rollPasses(draws[d]!, chance)) break;
        }
        if (r === rollEnd) {
          tally[transition[c]!]!++;
          const to = this.target[c]!;
          state[agent] = to;
          flags[agent] = this.nextFlags[c]!;
          if (this.silent[c] === 0) this.sink(agent, from, to, this.channel[c]!, this.counters[c]!);
          break;
        }
      }
    }
    return count;
  }
}
