/**
 * Following one customer: which agents of a run bought (among those whose moves the run kept,
 * the ones drawn as dots), and which of them "Follow a random buyer" picks — a keyed draw, the
 * same for the same seed and the same press, never Math.random.
 */
import { STATE_INDEX } from '../model/agent';
import { DECISION, uniform } from '../engine/keyed';
import type { Journey } from '../engine/journey';
import type { RunData } from './run-data';

/** The agent followed, and its journey through the current run once traced (null meanwhile). */
export interface Followed {
  agent: number;
  journey: Journey | null;
}

/**
 * Agents who bought in the run by `day` (default: its end), ascending: every agent whose recorded
 * moves reach `customer`.
 */
export function buyersOf(run: RunData, day = run.days): number[] {
  const customer = STATE_INDEX.customer;
  const seen = new Set<number>();
  for (const f of run.frames.slice(0, day)) {
    const { agent, to } = f.moves;
    for (let k = 0; k < agent.length; k++) if (to[k] === customer) seen.add(agent[k]!);
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * The buyer the `press`-th "Follow a random buyer" picks (0 first): one who had bought by `day`
 * (the day shown) when there is one, else one who bought later; null when nobody bought.
 */
export function pickBuyer(run: RunData, press: number, day = run.days): number | null {
  const early = buyersOf(run, day);
  const buyers = early.length > 0 ? early : buyersOf(run);
  if (buyers.length === 0) return null;
  const u = uniform(run.seed, 0, 0, DECISION.followBuyer, press);
  return buyers[Math.min(buyers.length - 1, Math.floor(u * buyers.length))]!;
}
