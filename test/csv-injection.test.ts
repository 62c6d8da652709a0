/**
 * Nothing in an export runs in a spreadsheet. The run's CSV (Export CSV on the page, the CLI) is
 * numbers only: a negative number stays a number, and a scenario named like a formula changes
 * neither the CSV nor makes its way into it; its file name is a plain slug. Any text cell the
 * project writes goes through `csvCell`, which makes a cell that begins with =, +, -, @, a tab or
 * a carriage return inert (a leading single quote, the cell quoted).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../src/engine/report';
import { runScenario } from '../src/engine/run';
import { parseScenario, type Scenario } from '../src/model/scenario';
import { currentBaseName, readScenario } from '../src/view/export/scenario-file';
import { openedStore } from '../src/view/export/opened';
import { createAppStore } from '../src/store/app-store';

const FORMULAS = ['=HYPERLINK("http://x")', '@SUM(1)', '+1+1', '-2+3', '\t=1', '\r=1'];

/** A CSV cell as a spreadsheet reads it: unquoted, its doubled quotes single. */
function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('CSV cells', () => {
  it('make a text that begins like a formula inert: a leading quote, the cell quoted', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('@SUM(1)')).toBe('"\'@SUM(1)"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  });

  it('write numbers as numbers, negative ones included, and an undefined ratio as an empty cell', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(null)).toBe('');
  });

  it('never let a text cell begin like a formula, and keep every text readable as written (10000 texts)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ',', '"', '\n'), fc.string({ maxLength: 10 }))
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (t) => {
        const cell = csvCell(t);
        const read = unquote(cell);
        expect(read).not.toMatch(/^[=+\-@\t\r]/);
        expect(read === t || read === `'${t}`).toBe(true);
        // a cell with a separator, a quote or a line break is quoted, so the row keeps its columns
        if (/[,"\r\n]/.test(t)) expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the run’s CSV of a scenario named like a formula', () => {
  const named = (name: string): Scenario =>
    parseScenario({
      version: 2,
      name,
      description: name,
      seed: 3,
      days: 20,
      parameters: { 'audience.size': 300 },
      ru: { name, description: name },
    });
  const plain = toCsv(runScenario(named('plain'), { countTransitions: false }));

  it.each(FORMULAS)('%j: numbers only, negative numbers as numbers, the name nowhere', (name) => {
    const csv = toCsv(runScenario(named(name), { countTransitions: false }));
    expect(csv).toBe(plain);
    const [header, ...rows] = csv.trimEnd().split('\n');
    expect(header).toMatch(/^[a-zA-Z_,]+$/);
    const cells = rows.flatMap((r) => r.split(','));
    for (const cell of cells) expect(cell).toMatch(/^(-?\d+(\.\d+)?(e-?\d+)?)?$/);
    // ROMI on the first day, before any sale: a negative number, written as one
    expect(cells).toContain('-1');
  });

  it.each(FORMULAS)('%j: opened on the page, its exports are named by a plain slug', (name) => {
    const file = JSON.stringify({ version: 2, name, description: '', seed: 1, days: 30, parameters: {} });
    const read = readScenario(file);
    expect(read.ok).toBe(true);
    const store = createAppStore({ seed: 1, days: 30 });
    openedStore(store).setState({ opened: { name, description: '' } });
    const base = currentBaseName(store.getState(), openedStore(store).getState().opened);
    expect(base).toMatch(/^smm-loop-[a-z0-9-]+-seed1-30d-[0-9a-f]+$/);
  });
});
