import { describe, expect, it } from 'vitest';
import { simulateTraced } from '../engine/run';
import { everBought } from '../engine/journey';
import { defaultParameters } from '../model/parameters';
import { Simulation } from '../engine/simulation';
import { tableStepper } from '../engine/compile';
import { buyersOf, pickBuyer } from './journey';
import { toRunData } from './run-data';

const params = { ...defaultParameters(), 'audience.size': 500, 'ads.dailyBudget': 200 };
const initial = new Simulation(params, { seed: 2, stepper: tableStepper }).population.state.slice();
const run = toRunData(simulateTraced(params, 2, 60, { recordMoves: true }).frames, {
  params,
  seed: 2,
  initial,
});

describe('picking a random buyer', () => {
  it('picks, press after press, the same buyers for the same seed, each of whom bought', () => {
    const picks = [0, 1, 2, 3].map((k) => pickBuyer(run, k, 60));
    expect([0, 1, 2, 3].map((k) => pickBuyer(run, k, 60))).toEqual(picks);
    for (const agent of picks) {
      expect(agent).not.toBeNull();
      expect(everBought(simulateTraced(params, 2, 60, { traceAgent: agent! }).journey!)).toBe(true);
    }
  });

  it('prefers someone who had bought by the day shown', () => {
    const all = buyersOf(run);
    const day = 30;
    const early = buyersOf(run, day);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThanOrEqual(all.length);
    for (let k = 0; k < 5; k++) expect(early).toContain(pickBuyer(run, k, day));
  });
});
