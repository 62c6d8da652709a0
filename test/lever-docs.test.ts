import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { leverDocs } from '../scripts/lever-docs';

it('docs/levers.md reports what paired runs of every lever measure (run `npm run levers` after changing the model)', () => {
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'levers.md'), 'utf8')).toBe(leverDocs());
});
