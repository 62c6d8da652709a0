import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { platformDocs } from '../scripts/platform-docs';
import { PLATFORMS, PLATFORM_PARAMETERS } from '../src/model/platforms';

const file = () => readFileSync(join(import.meta.dirname, '..', 'docs', 'platforms.md'), 'utf8');

it('docs/platforms.md matches the platform profiles (run `npm run docs` after changing them)', () => {
  expect(file()).toBe(platformDocs());
});

it('docs/platforms.md gives every figure of every profile with its source', () => {
  const docs = platformDocs();
  for (const p of PLATFORMS) {
    expect(docs).toContain(`## ${p.label.en}`);
    for (const name of PLATFORM_PARAMETERS) expect(docs).toContain(p.sources[name].replace(/\|/g, '\\|'));
  }
});
