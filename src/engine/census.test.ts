import { describe, expect, it } from 'vitest';
import { FLAG_BIT, STATES } from '../model/agent';
import { defaultParameters } from '../model/parameters';
import { Census, retargetable } from './census';
import { METRIC_INDEX } from './metrics';
import { RUNNERS } from './run';
import { Simulation } from './simulation';

describe('Census', () => {
  it('keeps the same tally moved agent by agent as counted afresh', () => {
    const n = 300;
    const state = Uint8Array.from({ length: n }, (_, i) => (i * 5) % STATES.length);
    const flags = Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
    const moving = new Census(n);
    for (let i = 0; i < n; i++) moving.enlist(i, state[i]!, flags[i]!);
    for (let step = 0; step < 2000; step++) {
      const i = (step * 7919) % n;
      const s = (step * 3) % STATES.length;
      const f = (step * 101) % 256;
      moving.move(i, state[i]!, flags[i]!, s, f);
      state[i] = s;
      flags[i] = f;
    }
    const fresh = new Census(n);
    for (let i = 0; i < n; i++) fresh.enlist(i, state[i]!, flags[i]!);
    const states = new Int32Array(STATES.length);
    const freshStates = new Int32Array(STATES.length);
    moving.count(states);
    fresh.count(freshStates);
    expect(Array.from(moving.cells)).toEqual(Array.from(fresh.cells));
    expect(Array.from(moving.pool)).toEqual(Array.from(fresh.pool));
    expect(Array.from(moving.followers)).toEqual(Array.from(fresh.followers));
    expect(states).toEqual(freshStates);
    expect(moving.poolSize).toBe(state.filter((s, i) => retargetable(s, flags[i]!)).length);
    expect(moving.followerCount).toBe(flags.filter((f) => f & FLAG_BIT.follows).length);
    expect(moving.doubting).toBe(flags.filter((f) => f & FLAG_BIT.wary).length);
  });

  it('agrees with the population every day of a run (states, followers, people in doubt)', () => {
    const params = { ...defaultParameters(), 'audience.size': 1500, 'feedback.answeredShare': 0.3 };
    const sim = new Simulation(params, { seed: 5, stepper: RUNNERS.fast });
    const { state, flags } = sim.population;
    for (let d = 0; d < 200; d++) {
      const frame = sim.step();
      const counts = new Int32Array(STATES.length);
      for (const s of state) counts[s]!++;
      expect(frame.counts).toEqual(counts);
      expect(frame.metrics[METRIC_INDEX.followers]).toBe(flags.filter((f) => f & FLAG_BIT.follows).length);
      expect(frame.metrics[METRIC_INDEX.doubting]).toBe(flags.filter((f) => f & FLAG_BIT.wary).length);
    }
  });
});
