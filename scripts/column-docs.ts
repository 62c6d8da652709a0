/**
 * The column guide (docs/columns.md), generated from src/i18n/column-guide.ts in the CSV's column
 * order, so the docs cannot drift from the code. `npm run docs` rewrites it; a test fails when it
 * is stale.
 */
import { COLUMNS } from '../src/engine/report';
import { columnDoc, columnName, KIND_NAMES, UNIT_NAMES } from '../src/i18n/column-guide';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The whole Markdown document. */
export function columnDocs(): string {
  const lines = [
    '# Columns of the CSV / Столбцы CSV',
    '',
    'Generated from `src/i18n/column-guide.ts` by `npm run docs`; do not edit by hand.',
    'One row per simulated day, in this order, from `npm run simulate` and from the page’s Export CSV',
    '(the same bytes for the same scenario and seed). Kinds: a **flow** counts what happened that day;',
    'a **stock** describes the population at the end of the day; a **cumulative** column is a running',
    'total from day 1; a **ratio** divides running totals from day 1 (undefined ratios are empty cells).',
    'Money is in the scenario’s currency (`currency`, dollars when absent).',
    '',
    '| column | kind | unit | name | meaning | название | значение |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const column of COLUMNS) {
    const doc = columnDoc(column);
    if (!doc) throw new Error(`column ${column} has no entry in src/i18n/column-guide.ts`);
    lines.push(
      `| \`${column}\` | ${KIND_NAMES[doc.kind].en} / ${KIND_NAMES[doc.kind].ru} | ${UNIT_NAMES[doc.unit].en} / ${UNIT_NAMES[doc.unit].ru} | ${cell(columnName(column, 'en'))} | ${cell(doc.en)} | ${cell(columnName(column, 'ru'))} | ${cell(doc.ru)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
