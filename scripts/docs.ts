/**
 * Writes docs/parameters.md from the parameter schema, docs/platforms.md from the platform
 * profiles and docs/columns.md from the column guide.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterDocs } from './parameter-docs';
import { platformDocs } from './platform-docs';
import { columnDocs } from './column-docs';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'parameters.md'), parameterDocs());
writeFileSync(join(import.meta.dirname, '..', 'docs', 'platforms.md'), platformDocs());
writeFileSync(join(import.meta.dirname, '..', 'docs', 'columns.md'), columnDocs());
