import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COLUMNS } from '../src/engine/report';
import { COLUMN_DOCS, columnDoc, STATE_COLUMN_DOCS } from '../src/i18n/column-guide';
import { columnDocs } from '../scripts/column-docs';

it('the column guide describes every column of the CSV, in both languages, and nothing else', () => {
  for (const column of COLUMNS) {
    const doc = columnDoc(column);
    expect(doc, column).toBeDefined();
    expect(doc!.en.length, column).toBeGreaterThan(10);
    expect(doc!.ru.length, column).toBeGreaterThan(10);
  }
  expect([...Object.keys(COLUMN_DOCS), ...Object.keys(STATE_COLUMN_DOCS)].sort()).toEqual(
    [...COLUMNS].sort(),
  );
});

it('docs/columns.md matches the column guide (run `npm run docs` after changing it)', () => {
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'columns.md'), 'utf8')).toBe(columnDocs());
});
