/**
 * Reads the agent statechart's definition into plain tables: for each state and event, the
 * ordered transitions with their guard (flag masks and rolls), target, flag changes, channel
 * and counters. The engine reads how many draws each (state, event) needs from it; the fast
 * runner is compiled from it. Anything the tables cannot represent exactly is refused.
 */
import {
  AGENT_EVENTS,
  CHANNELS,
  COUNTERS,
  flagMask,
  type Condition,
  type FlagChange,
  type Recording,
} from './agent';
import { ODDS_INDEX, type OddsName } from './odds';

/** One transition in table form. */
export interface TransitionRow {
  /** target state index (the source itself for a targetless transition) */
  target: number;
  /** flags that must all be set */
  need: number;
  /** flags that must all be clear */
  forbid: number;
  /** [odds index, draw index] pairs; all must pass (draw < chance) */
  rolls: ReadonlyArray<readonly [number, number]>;
  /** flags set, then flags cleared */
  set: number;
  clear: number;
  channel: number;
  counters: readonly number[];
}

/** The machine as tables. */
export interface MachineShape {
  states: readonly string[];
  /** transitions[state][event], in the order XState tries them */
  transitions: ReadonlyArray<ReadonlyArray<readonly TransitionRow[]>>;
  /** draws[state * AGENT_EVENTS.length + event]: uniform draws the event needs in that state (0: ignored) */
  draws: Uint8Array;
}

/** Thrown when the machine uses something the tables cannot represent. */
export class MachineShapeError extends Error {
  override name = 'MachineShapeError';
}

interface ConfigLike {
  initial?: unknown;
  states?: Record<string, StateConfigLike>;
}
interface StateConfigLike {
  on?: Record<string, unknown>;
  [key: string]: unknown;
}
interface ActionLike {
  type?: unknown;
  params?: unknown;
}

const ALLOWED_STATE_KEYS = new Set(['on', 'meta', 'description']);
const ALLOWED_TRANSITION_KEYS = new Set(['target', 'guard', 'actions', 'meta', 'description']);

/** Reads a flat machine built with the `passes` guard and the `setFlags` and `record` actions. */
export function readMachine(machine: { config: unknown }): MachineShape {
  const config = machine.config as ConfigLike;
  const stateConfigs = config.states ?? {};
  const states = Object.keys(stateConfigs);
  const index = new Map(states.map((s, i) => [s, i]));
  if (states.length > 255) throw new MachineShapeError('more than 255 states do not fit a byte');
  const E = AGENT_EVENTS.length;
  const draws = new Uint8Array(states.length * E);
  const transitions = states.map((name, s) => {
    const sc = stateConfigs[name]!;
    for (const key of Object.keys(sc)) {
      if (!ALLOWED_STATE_KEYS.has(key)) {
        throw new MachineShapeError(
          `state "${name}" uses "${key}"; only flat states with "on" transitions compile`,
        );
      }
    }
    for (const ev of Object.keys(sc.on ?? {})) {
      if (!(AGENT_EVENTS as readonly string[]).includes(ev)) {
        throw new MachineShapeError(`state "${name}" handles unknown event "${ev}"`);
      }
    }
    return AGENT_EVENTS.map((ev, e) => {
      const raw = sc.on?.[ev];
      const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      const rows = list.map((t, k) => readTransition(t, `${name}.on.${ev}[${k}]`, s, index));
      draws[s * E + e] = rows.reduce((m, r) => Math.max(m, ...r.rolls.map(([, d]) => d + 1)), 0);
      return rows;
    });
  });
  return { states, transitions, draws };
}

function readTransition(
  raw: unknown,
  where: string,
  source: number,
  index: Map<string, number>,
): TransitionRow {
  if (typeof raw !== 'object' || raw === null)
    throw new MachineShapeError(`${where}: a transition must be an object`);
  const t = raw as Record<string, unknown>;
  for (const key of Object.keys(t)) {
    if (!ALLOWED_TRANSITION_KEYS.has(key)) throw new MachineShapeError(`${where}: "${key}" is not supported`);
  }
  let target = source;
  if (t.target !== undefined) {
    const found = typeof t.target === 'string' ? index.get(t.target) : undefined;
    if (found === undefined)
      throw new MachineShapeError(`${where}: target ${JSON.stringify(t.target)} is not a sibling state`);
    target = found;
  }
  let cond: Condition = {};
  if (t.guard !== undefined) {
    const g = t.guard as ActionLike;
    if (typeof g !== 'object' || g === null || g.type !== 'passes') {
      throw new MachineShapeError(`${where}: only the "passes" guard compiles, got ${describe(t.guard)}`);
    }
    cond = (g.params ?? {}) as Condition;
  }
  const rolls = Object.entries(cond.rolls ?? {}).map(([name, d]) => {
    const o = ODDS_INDEX[name as OddsName];
    if (o === undefined) throw new MachineShapeError(`${where}: unknown chance "${name}"`);
    if (!Number.isInteger(d) || (d as number) < 0 || (d as number) > 15) {
      throw new MachineShapeError(`${where}: draw index of "${name}" must be a whole number 0–15`);
    }
    return [o, d as number] as const;
  });
  const actions = (
    t.actions === undefined ? [] : Array.isArray(t.actions) ? t.actions : [t.actions]
  ) as ActionLike[];
  let set = 0;
  let clear = 0;
  let recording: Recording | undefined;
  for (const a of actions) {
    if (a?.type === 'setFlags') {
      const change = (a.params ?? {}) as FlagChange;
      // Later changes apply on top of earlier ones, as XState runs them in order.
      set = (set | flagMask(change.on)) & ~flagMask(change.off);
      clear = (clear & ~flagMask(change.on)) | flagMask(change.off);
    } else if (a?.type === 'record') {
      if (recording) throw new MachineShapeError(`${where}: more than one "record" action`);
      recording = a.params as Recording;
    } else {
      throw new MachineShapeError(
        `${where}: only "setFlags" and "record" actions compile, got ${describe(a)}`,
      );
    }
  }
  if (!recording) throw new MachineShapeError(`${where}: every transition must "record" its channel`);
  const channel = CHANNELS.indexOf(recording.channel);
  if (channel < 0) throw new MachineShapeError(`${where}: unknown channel "${recording.channel}"`);
  const counters = recording.count.map((c) => {
    const k = COUNTERS.indexOf(c);
    if (k < 0) throw new MachineShapeError(`${where}: unknown counter "${c}"`);
    return k;
  });
  return {
    target,
    need: flagMask(cond.flagged),
    forbid: flagMask(cond.unflagged),
    rolls,
    set,
    clear,
    channel,
    counters,
  };
}

function describe(x: unknown): string {
  if (typeof x === 'function') return `a function (${x.name || 'anonymous'})`;
  if (typeof x === 'object' && x !== null && 'type' in x) return `"${String((x as ActionLike).type)}"`;
  return JSON.stringify(x) ?? String(x);
}
