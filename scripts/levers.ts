/** Writes docs/levers.md from paired runs of every lever (`npm run levers`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leverDocs } from './lever-docs';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'levers.md'), leverDocs());
