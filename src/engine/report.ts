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

/** The run as CSV text with a header line; undefined ratios are empty cells. */
export function toCsv(frames: readonly DayFrame[]): string {
  const lines = [COLUMNS.join(',')];
  for (const f of frames)
    lines.push(
      reportRow(f)
        .map((v) => (v === null ? '' : String(v)))
        .join(','),
    );
  return lines.join('\n') + '\n';
}

/** The run as an array of objects keyed by column. */
export function toRecords(frames: readonly DayFrame[]): Record<string, number | null>[] {
  return frames.map((f) => {
    const row = reportRow(f);
    return Object.fromEntries(COLUMNS.map((c, i) => [c, row[i] ?? null]));
  });
}
