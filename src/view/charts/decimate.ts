/**
 * The points of a long series worth drawing at a chart's width. A run of 3,650 days on a chart a
 * few hundred pixels wide puts a dozen days in each pixel column; drawing them all costs time and
 * shows nothing more. Per column, the first, lowest, highest and last value of each stretch without
 * a gap (M4 aggregation) draw the same polyline at that width, every peak and gap included.
 */

/**
 * Indices of the values to draw over `columns` pixel columns, in order: every index when there are
 * no more than two a column; else per column and per stretch without NaN its first, lowest, highest
 * and last, and one NaN between stretches (the line's gap).
 */
export function linePoints(values: readonly number[], columns: number): number[] {
  const n = values.length;
  const width = Math.max(1, Math.floor(columns));
  if (n <= 2 * width) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  let column = -1;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    for (const i of [first, low, high, last].sort((a, b) => a - b)) if (out.at(-1) !== i) out.push(i);
    first = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = Math.floor((i * width) / n);
    if (c !== column) {
      flush();
      column = c;
    }
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      flush();
      if (out.length > 0 && Number.isFinite(values[out.at(-1)!]!)) out.push(i);
      continue;
    }
    if (first < 0) first = low = high = i;
    if (v < values[low]!) low = i;
    if (v > values[high]!) high = i;
    last = i;
  }
  flush();
  return out;
}
