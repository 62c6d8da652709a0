/** Writes docs/parameters.md from the parameter schema and docs/platforms.md from the platform profiles. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterDocs } from './parameter-docs';
import { platformDocs } from './platform-docs';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'parameters.md'), parameterDocs());
writeFileSync(join(import.meta.dirname, '..', 'docs', 'platforms.md'), platformDocs());
