/**
 * Day 0 is the statechart's: the engine fills its population arrays by hand (states and flags as
 * bytes, initial followers placed at random), so every agent it places must be exactly where an
 * XState actor of the agent machine would be, started with that agent's input.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { tableStepper } from '../src/engine/compile';
import { Simulation } from '../src/engine/simulation';
import { FLAGS, STATES, agentMachine } from '../src/model/agent';
import { ODDS_COUNT } from '../src/model/odds';
import { params } from './support/runs';

/** State and flags of a freshly started actor with this input, optionally after following the page. */
function machineStart(target: boolean, follows: boolean): { state: string; flags: number } {
  const actor = createActor(agentMachine, { input: { target } }).start();
  if (follows) {
    // Every chance certain, the draw zero: a shared post makes a stranger follow the page.
    actor.send({
      type: 'SHARED_POST',
      draws: { followContent: 0 },
      odds: new Float64Array(2 * ODDS_COUNT).fill(1),
    });
  }
  const { value, context } = actor.getSnapshot();
  actor.stop();
  return { state: value, flags: context.flags };
}

const TARGET_BIT = 1 << FLAGS.indexOf('target');
const FOLLOWS_BIT = 1 << FLAGS.indexOf('follows');

describe('day 0', () => {
  it.each([0, 0.3, 1])(
    'places every agent where the statechart starts it, with %s of them following the page',
    (initialFollowers) => {
      const n = 2000;
      const strategy = params({
        'audience.size': n,
        'audience.targetShare': 0.4,
        'audience.initialFollowers': initialFollowers,
      });
      const { state, flags } = new Simulation(strategy, { seed: 17, stepper: tableStepper }).population;
      const starts = new Map<string, { state: string; flags: number }>();
      let targets = 0;
      let followers = 0;
      const wrong: string[] = [];
      for (let i = 0; i < n; i++) {
        const target = (flags[i]! & TARGET_BIT) !== 0;
        const follows = (flags[i]! & FOLLOWS_BIT) !== 0;
        targets += target ? 1 : 0;
        followers += follows ? 1 : 0;
        const key = `${target}/${follows}`;
        if (!starts.has(key)) starts.set(key, machineStart(target, follows));
        const start = starts.get(key)!;
        if (STATES[state[i]!] !== start.state || flags[i] !== start.flags) {
          wrong.push(`agent ${i}: ${STATES[state[i]!]}/${flags[i]}, machine ${start.state}/${start.flags}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(targets).toBe(800); // 0.4 × 2000
      // Followers are drawn per agent: Binomial(2000, share), within 5 standard deviations.
      const sd = Math.sqrt(n * initialFollowers * (1 - initialFollowers));
      expect(Math.abs(followers - n * initialFollowers)).toBeLessThanOrEqual(5 * sd);
    },
  );
});
