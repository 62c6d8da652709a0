/** Writes docs/parameters.md from the parameter schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterDocs } from './parameter-docs';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'parameters.md'), parameterDocs());
