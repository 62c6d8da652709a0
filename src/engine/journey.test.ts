import { describe, expect, it } from 'vitest';
import { STATE_INDEX } from '../model/agent';
import { defaultParameters } from '../model/parameters';
import { everBought, journeyStateOn } from './journey';
import { toCsv } from './report';
import { simulate, simulateTraced } from './run';
import { Simulation } from './simulation';
import { tableStepper } from './compile';
import { agentTransitions } from './transitions';

const params = { ...defaultParameters(), 'audience.size': 400, 'ads.dailyBudget': 120 };
const changes = [{ day: 20, parameters: { 'feedback.responseHours': 2 } }];
const DAYS = 60;
const SEED = 7;

/** Agents who moved into `customer` at least once in the run, from its recorded moves. */
function buyers(): number[] {
  const frames = simulate(params, SEED, DAYS, { recordMoves: true, changes });
  const set = new Set<number>();
  for (const f of frames)
    for (let k = 0; k < f.moves.agent.length; k++)
      if (f.moves.to[k] === STATE_INDEX.customer) set.add(f.moves.agent[k]!);
  return [...set].sort((a, b) => a - b);
}

describe('tracing one agent', () => {
  const someBuyers = buyers().slice(0, 3);

  it('finds buyers to trace', () => {
    expect(someBuyers.length).toBeGreaterThan(0);
  });

  it('leaves the fast run byte-identical', () => {
    for (const countTransitions of [true, false]) {
      const plain = toCsv(simulate(params, SEED, DAYS, { changes, countTransitions }));
      for (const agent of [...someBuyers, 0, params['audience.size'] - 1]) {
        const traced = simulateTraced(params, SEED, DAYS, { changes, countTransitions, traceAgent: agent });
        expect(toCsv(traced.frames)).toBe(plain);
        expect(traced.journey?.agent).toBe(agent);
      }
    }
  });

  // The reference runner takes XState's actors through every event: a shorter run, one agent.
  it('leaves the xstate run byte-identical, and traces as the fast runner does', () => {
    const agent = someBuyers[0]!;
    const days = 25;
    const plain = toCsv(simulate(params, SEED, days, { runner: 'xstate', changes, countTransitions: false }));
    const traced = simulateTraced(params, SEED, days, {
      runner: 'xstate',
      changes,
      countTransitions: false,
      traceAgent: agent,
    });
    expect(toCsv(traced.frames)).toBe(plain);
    expect(traced.journey).toEqual(
      simulateTraced(params, SEED, days, { changes, traceAgent: agent }).journey,
    );
  });

  it('records the moves the run records for that agent, in order, and the same with both runners', () => {
    const recorded = simulate(params, SEED, DAYS, { recordMoves: true, changes });
    for (const agent of someBuyers) {
      const { journey } = simulateTraced(params, SEED, DAYS, { changes, traceAgent: agent });
      const moves = journey!.steps
        .filter((s) => s.from !== s.to)
        .map((s) => [s.day, s.from, s.to, s.channel]);
      const expected = recorded.flatMap((f) => {
        const out: number[][] = [];
        for (let k = 0; k < f.moves.agent.length; k++)
          if (f.moves.agent[k] === agent)
            out.push([f.day, f.moves.from[k]!, f.moves.to[k]!, f.moves.channel[k]!]);
        return out;
      });
      expect(moves).toEqual(expected);
      expect(everBought(journey!)).toBe(true);
    }
  });

  it('names each step by the transition taken and ends where the agent is', () => {
    const agent = someBuyers[0]!;
    const sim = new Simulation(params, { seed: SEED, stepper: tableStepper, traceAgent: agent });
    for (let d = 0; d < 30; d++) sim.step();
    const journey = sim.journey()!;
    expect(journey.days).toBe(30);
    expect(journeyStateOn(journey, 30)).toBe(sim.population.state[agent]);
    const { list } = agentTransitions();
    for (const s of journey.steps) {
      const t = list[s.transition]!;
      expect([t.from, t.event, t.to]).toEqual([s.from, s.event, s.to]);
    }
  });

  it('gives no journey unless asked', () => {
    expect(new Simulation(params, { seed: 1, stepper: tableStepper }).journey()).toBeNull();
  });
});
