/**
 * Same scenario + same seed = byte-identical output, with no hidden source of randomness or
 * time: Math.random, Date.now and performance.now throw while the engine runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../src/engine/report';
import { simulate } from '../src/engine/run';
import { scenarioWith } from './support/runs';

describe('determinism', () => {
  beforeEach(() => {
    const forbidden = (what: string) => () => {
      throw new Error(`${what} called inside the engine`);
    };
    vi.spyOn(Math, 'random').mockImplementation(forbidden('Math.random'));
    vi.spyOn(Date, 'now').mockImplementation(forbidden('Date.now'));
    vi.spyOn(performance, 'now').mockImplementation(forbidden('performance.now'));
  });
  afterEach(() => vi.restoreAllMocks());

  it('gives byte-identical CSV for the same scenario and seed, and a different one for another seed', () => {
    const strategy = scenarioWith('full-loop', { 'audience.size': 1200 });
    const a = toCsv(simulate(strategy, 5, 90));
    const b = toCsv(simulate(strategy, 5, 90));
    const c = toCsv(simulate(strategy, 6, 90));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(a.split('\n')).toHaveLength(92);
  });

  it('does not depend on what ran before in the same process', () => {
    const strategy = scenarioWith('ignoring-complaints', { 'audience.size': 800 });
    const first = toCsv(simulate(strategy, 77, 60));
    simulate(scenarioWith('default', { 'audience.size': 500 }), 1, 30);
    expect(toCsv(simulate(strategy, 77, 60))).toBe(first);
  });
});
