/** Tables of a run: CSV and JSON rows with the columns of the public CLI contract. */
import { STATES } from '../model/agent';
import { METRICS } from './metrics';
import type { DayFrame } from './simulation';

/** Column names: `day`, the metrics, then `n_<state>` for every state (these sum to the population). */
export const COLUMNS: readonly string[] = ['day', ...METRICS, ...STATES.map((s) => `n_${s}`)];

/** A number as written in reports: integers as they are, others to 6 decimals; undefined ratios as null. */
export function reportNumber(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6;
}

/** One row of values in COLUMNS order. */
export function reportRow(f: DayFrame): (number | null)[] {
  return [f.day, ...Array.from(f.metrics, reportNumber), ...Array.from(f.counts)];
}

/** Characters that make a spreadsheet read a cell as a formula (or hide what follows). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Numbers are written as they are (a negative number stays a number) and an
 * undefined ratio as an empty cell. Text is data, never a formula: a text that begins with =, +,
 * -, @, a tab or a carriage return is made inert with a leading single quote and quoted, so a
 * spreadsheet shows it as written instead of running it; text with a comma, a quote or a line
 * break is quoted too, its quotes doubled.
 */
export function csvCell(value: number | string | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const inert = FORMULA_START.test(value);
  const text = inert ? `'${value}` : value;
  return inert || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's header line (without its line break). */
export const CSV_HEADER: string = COLUMNS.map(csvCell).join(',');

/** One day's CSV line (without its line break); undefined ratios are empty cells. */
export function csvLine(f: DayFrame): string {
  return reportRow(f).map(csvCell).join(',');
}

/** One day as an object keyed by column. */
export function toRecord(f: DayFrame): Record<string, number | null> {
  const row = reportRow(f);
  return Object.fromEntries(COLUMNS.map((c, i) => [c, row[i] ?? null]));
}

/** The run as CSV text with a header line; undefined ratios are empty cells. */
export function toCsv(frames: readonly DayFrame[]): string {
  return `${[CSV_HEADER, ...frames.map(csvLine)].join('\n')}\n`;
}

/** The run as an array of objects keyed by column. */
export function toRecords(frames: readonly DayFrame[]): Record<string, number | null>[] {
  return frames.map(toRecord);
}

/**
 * The run's text, written piece by piece as its days come (so a long run is never held whole):
 * CSV (a header, then a line a day) or JSON (an array of one object a day, one a line). The
 * pieces joined are `toCsv`'s text, or the JSON the CLI has always printed.
 */
export class ReportWriter {
  private days = 0;

  constructor(
    private readonly format: 'csv' | 'json',
    private readonly write: (text: string) => void,
  ) {}

  /** Writes one day. */
  day(f: DayFrame): void {
    if (this.format === 'csv') {
      this.write(`${this.days === 0 ? `${CSV_HEADER}\n` : ''}${csvLine(f)}\n`);
    } else {
      this.write(`${this.days === 0 ? '[\n' : ',\n'}${JSON.stringify(toRecord(f))}`);
    }
    this.days++;
  }

  /** Writes what follows the last day. */
  end(): void {
    if (this.format === 'csv') {
      if (this.days === 0) this.write(`${CSV_HEADER}\n`);
    } else {
      this.write(this.days === 0 ? '[\n\n]\n' : '\n]\n');
    }
  }
}
