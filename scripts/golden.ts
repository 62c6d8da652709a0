/** Rewrites test/fixtures/golden.csv after an intended change of the model (`npm run golden`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../src/engine/report';
import { simulate } from '../src/engine/run';
import { GOLDEN_DAYS, GOLDEN_SEED, goldenParameters } from '../test/support/golden';

writeFileSync(
  join(import.meta.dirname, '..', 'test', 'fixtures', 'golden.csv'),
  toCsv(simulate(goldenParameters(), GOLDEN_SEED, GOLDEN_DAYS, { runner: 'xstate' })),
);
