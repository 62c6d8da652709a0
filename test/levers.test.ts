/**
 * Every lever of the strategy shows: a modest what-if a consultant would try moves its own figure
 * the stated way on at least 9 of 10 seeds paired with the default strategy, at 365 days. The
 * seeds move with CREDIBILITY_SEED_BASE, so the claim can be checked on seeds nobody looked at;
 * at the default base they are the seeds docs/levers.md reports, and the runs are shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_SEEDS, cachedRunner, leverDocs, measureLever } from '../scripts/lever-docs';
import { CONDITIONS, LEVERS, LEVER_MIN_RIGHT, LEVER_SEEDS } from '../src/model/levers';
import { PARAMETERS } from '../src/model/parameters';
import { seeds } from './support/runs';

const run = cachedRunner();

describe('every lever of the strategy', () => {
  it('is a lever with a what-if, or a condition with the reason it is not a choice', () => {
    const strategy = PARAMETERS.filter((p) =>
      (['research', 'communication', 'content', 'ads'] as string[]).includes(p.group),
    ).map((p) => p.name);
    const levers = LEVERS.map((l) => l.parameter);
    const conditions = Object.keys(CONDITIONS);
    expect(levers.filter((name) => conditions.includes(name))).toEqual([]);
    expect([...levers, ...conditions].sort()).toEqual([...strategy].sort());
  });

  it.each(LEVERS.map((l) => [l.parameter, l] as const))(
    '%s: its what-if moves its figure the right way on at least 9 of 10 paired seeds',
    (_, lever) => {
      const r = measureLever(lever, seeds(LEVER_SEEDS), run);
      expect(
        r.right,
        `right on ${r.right} of ${LEVER_SEEDS} seeds (deltas ${r.deltas.join(', ')})`,
      ).toBeGreaterThanOrEqual(LEVER_MIN_RIGHT);
    },
  );
});

it('docs/levers.md reports what paired runs of every lever measure (run `npm run levers` after changing the model)', () => {
  expect(DOC_SEEDS).toHaveLength(LEVER_SEEDS);
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'levers.md'), 'utf8')).toBe(leverDocs(run));
});
