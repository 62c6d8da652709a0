/**
 * The fast runner is derived from the statechart and must give exactly what the reference
 * XState runner gives: byte-identical CSV for every shipped scenario and several seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/engine/report';
import { simulate } from '../src/engine/run';
import { agentTransitions } from '../src/engine/transitions';
import { scenarioParameters } from '../src/model/scenario';
import { GOLDEN_DAYS, GOLDEN_SEED, goldenParameters } from './support/golden';
import { scenarioFiles } from './support/runs';

describe('the fast runner and the XState reference', () => {
  it.each(scenarioFiles().map((f) => [f.file, f.scenario] as const))(
    'give byte-identical CSV for %s: its first 15 days at its own size and seed, its whole horizon on an audience of 200 with another seed',
    (_, scenario) => {
      const params = scenarioParameters(scenario);
      const csv = (p: typeof params, seed: number, days: number, runner: 'fast' | 'xstate') =>
        toCsv(simulate(p, seed, days, { runner, recordMoves: false, countTransitions: false }));
      // The reference runner takes XState's actors through every event (about 0.3 M agent-steps a
      // second): the full audience for two weeks, a smaller one for the whole horizon.
      const season = Math.min(scenario.days, 15);
      expect(csv(params, scenario.seed, season, 'fast')).toBe(csv(params, scenario.seed, season, 'xstate'));
      for (const [seed, size] of [[2, 200]] as const) {
        const small = { ...params, 'audience.size': size };
        expect(csv(small, seed, scenario.days, 'fast')).toBe(csv(small, seed, scenario.days, 'xstate'));
      }
    },
  );

  it('record the same moves, with the same channels, in the same order', () => {
    const params = goldenParameters();
    const fast = simulate(params, 5, 40, { runner: 'fast', recordMoves: true });
    const reference = simulate(params, 5, 40, { runner: 'xstate', recordMoves: true });
    expect(fast.map((f) => f.moves)).toEqual(reference.map((f) => f.moves));
    expect(fast.reduce((a, f) => a + f.moves.agent.length, 0)).toBeGreaterThan(100);
  });

  it('count the same transitions each day, which add up to the day’s moves between states', () => {
    const params = goldenParameters();
    const fast = simulate(params, 5, 40, { runner: 'fast', recordMoves: true });
    const reference = simulate(params, 5, 40, { runner: 'xstate', recordMoves: true });
    expect(fast.map((f) => f.transitions)).toEqual(reference.map((f) => f.transitions));
    const { list } = agentTransitions();
    let taken = 0;
    for (const f of fast) {
      expect(f.transitions).toHaveLength(list.length);
      // transitions between two states, summed by (from, to), are exactly the moves recorded
      const byPair = new Map<string, number>();
      for (const t of list) {
        if (t.from === t.to) continue;
        const key = `${t.from}>${t.to}`;
        byPair.set(key, (byPair.get(key) ?? 0) + f.transitions![t.index]!);
      }
      const moves = new Map<string, number>();
      for (let k = 0; k < f.moves.from.length; k++) {
        const key = `${f.moves.from[k]}>${f.moves.to[k]}`;
        moves.set(key, (moves.get(key) ?? 0) + 1);
      }
      for (const [key, n] of byPair) expect(n, key).toBe(moves.get(key) ?? 0);
      taken += f.transitions!.reduce((a, b) => a + b, 0);
    }
    // self-transitions are counted too: far more transitions are taken than moves made
    expect(taken).toBeGreaterThan(fast.reduce((a, f) => a + f.moves.agent.length, 0));
  });

  it('both reproduce the stored golden run (test/fixtures/golden.csv) byte for byte', () => {
    const golden = readFileSync(join(import.meta.dirname, 'fixtures', 'golden.csv'), 'utf8');
    for (const runner of ['fast', 'xstate'] as const) {
      expect(
        toCsv(simulate(goldenParameters(), GOLDEN_SEED, GOLDEN_DAYS, { runner, countTransitions: false })),
      ).toBe(golden);
    }
  });
});
