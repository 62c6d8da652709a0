import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parameterDocs } from '../scripts/parameter-docs';

it('docs/parameters.md matches the parameter schema (run `npm run docs` after changing it)', () => {
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'parameters.md'), 'utf8')).toBe(
    parameterDocs(),
  );
});
