/**
 * Reads the agent statechart's definition into plain tables: for each state and event, the
 * ordered transitions with their guard (flag masks and rolls), target, flag changes, channel
 * and counters, and the draws the event carries. The engine reads how many draws each (state,
 * event) needs from it; the fast runner is compiled from it. Anything the tables cannot
 * represent exactly is refused.
 *
 * **Draw slots.** The engine fills an event's draws as numbered slots; the machine reads them by
 * name. Within one state and one event, the slots are numbered in the order the draws are first
 * read: transition by transition in the order XState tries them, chance by chance within a
 * guard, each chance reading the draw `drawOf` names. So in `customer` on `DAY`, `experience` is
 * slot 0 (one draw, shared by the four transitions that read it), `satisfied` 1, `complain` 2
 * (shared by the two complaint transitions) and `answered` 3; in `visitor` on `DAY` the three
 * chances to buy read one draw, slot 0. A draw is added to a state's event only after those
 * already there, so adding a transition at the end keeps every existing decision's slot.
 */
import {
  AGENT_EVENTS,
  CHANNELS,
  COUNTERS,
  GUARDS,
  GUARD_IMPLEMENTATIONS,
  drawOf,
  flagMask,
  type AgentDraws,
  type Condition,
  type DrawName,
  type FlagChange,
  type GuardName,
  type Recording,
} from './agent';
import { ODDS_INDEX } from './odds';

/** One transition in table form. */
export interface TransitionRow {
  /** the guard's name (undefined: no guard) */
  guard: GuardName | undefined;
  /** target state index (the source itself for a targetless transition) */
  target: number;
  /** flags that must all be set */
  need: number;
  /** flags that must all be clear */
  forbid: number;
  /** [odds index, draw slot] pairs; all must pass (draw < chance) */
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
  /** drawNames[state][event]: the draws the event carries in that state, in slot order */
  drawNames: ReadonlyArray<ReadonlyArray<readonly DrawName[]>>;
  /** draws[state * AGENT_EVENTS.length + event]: uniform draws the event needs in that state (0: ignored) */
  draws: Uint8Array;
}

/** Most draws one event can carry in one state. */
export const MAX_DRAWS = 16;

/** Thrown when the machine uses something the tables cannot represent. */
export class MachineShapeError extends Error {
  override name = 'MachineShapeError';
}

/** What `readMachine` needs of a machine: its configuration and the guards it runs. */
export interface MachineLike {
  config: unknown;
  implementations?: { guards?: Record<string, unknown> };
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

/**
 * Reads a flat machine whose guards are named in GUARDS (and run as GUARD_IMPLEMENTATIONS
 * builds them) and whose actions are `setFlags` and `record`.
 */
export function readMachine(machine: MachineLike): MachineShape {
  const config = machine.config as ConfigLike;
  const stateConfigs = config.states ?? {};
  const states = Object.keys(stateConfigs);
  const index = new Map(states.map((s, i) => [s, i]));
  if (states.length > 255) throw new MachineShapeError('more than 255 states do not fit a byte');
  const guards = machine.implementations?.guards ?? {};
  const E = AGENT_EVENTS.length;
  const draws = new Uint8Array(states.length * E);
  const drawNames: DrawName[][][] = [];
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
    drawNames.push([]);
    return AGENT_EVENTS.map((ev, e) => {
      const raw = sc.on?.[ev];
      const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      // The draws this state reads on this event, numbered as they are first read.
      const slots: DrawName[] = [];
      const rows = list.map((t, k) => readTransition(t, `${name}.on.${ev}[${k}]`, s, index, guards, slots));
      if (slots.length > MAX_DRAWS) {
        throw new MachineShapeError(`${name}.on.${ev} reads ${slots.length} draws; at most ${MAX_DRAWS} fit`);
      }
      drawNames[s]!.push(slots);
      draws[s * E + e] = slots.length;
      return rows;
    });
  });
  return { states, transitions, drawNames, draws };
}

/**
 * The draws of one event for the machine, named: `draws[slot]` (as the engine fills them) under
 * the name the state reads that slot by.
 */
export function namedDraws(
  shape: MachineShape,
  state: number,
  event: number,
  draws: ArrayLike<number>,
): AgentDraws {
  const names = shape.drawNames[state]![event]!;
  const named: Partial<Record<DrawName, number>> = {};
  for (let k = 0; k < names.length; k++) named[names[k]!] = draws[k]!;
  return named;
}

function readGuard(raw: unknown, where: string, guards: Record<string, unknown>): GuardName | undefined {
  if (raw === undefined) return undefined;
  let name: unknown = raw;
  if (typeof raw === 'object' && raw !== null) {
    const g = raw as ActionLike;
    if (g.params !== undefined) {
      throw new MachineShapeError(
        `${where}: guard "${String(g.type)}" takes no params; its definition is in GUARDS`,
      );
    }
    name = g.type;
  }
  if (typeof name !== 'string' || !Object.hasOwn(GUARDS, name)) {
    throw new MachineShapeError(`${where}: only the guards named in GUARDS compile, got ${describe(raw)}`);
  }
  if (guards[name] !== GUARD_IMPLEMENTATIONS[name as GuardName]) {
    throw new MachineShapeError(
      `${where}: the machine runs its own "${name}", not the one built from its definition in GUARDS`,
    );
  }
  return name as GuardName;
}

function readTransition(
  raw: unknown,
  where: string,
  source: number,
  index: Map<string, number>,
  guards: Record<string, unknown>,
  slots: DrawName[],
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
  const guard = readGuard(t.guard, where, guards);
  const cond: Condition = guard === undefined ? {} : GUARDS[guard];
  const rolls = (cond.chances ?? []).map((chance) => {
    const draw = drawOf(chance);
    let slot = slots.indexOf(draw);
    if (slot < 0) slot = slots.push(draw) - 1;
    return [ODDS_INDEX[chance], slot] as const;
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
    guard,
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
