/** The golden run: a small, busy scenario whose CSV is stored and must be reproduced byte for byte everywhere. */
import fullLoop from '../../simulations/full-loop.json';
import { parseScenario, scenarioParameters } from '../../src/model/scenario';
import type { Parameters } from '../../src/model/parameters';

export const GOLDEN_SEED = 99;
export const GOLDEN_DAYS = 60;

/** The full-loop strategy on 400 people. */
export function goldenParameters(): Parameters {
  return { ...scenarioParameters(parseScenario(fullLoop)), 'audience.size': 400 };
}
