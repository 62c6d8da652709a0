/** Near matches for a mistyped name: an edit distance, and the nearest known name within reach. */

/**
 * The edit distance between `a` and `b` (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours each cost 1), or `limit + 1` as soon as it must exceed
 * `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Names longer than this get no suggestion (no known name is nearly that long). */
const NEAR_MAX_LENGTH = 64;

/**
 * The known name nearest to `name`, or null when none is near: letter case aside, within an edit
 * distance of 40 % of the longer name's length (at least 1), and fewer edits than the typed name
 * has letters ("ads.budget" is 5 edits from "ads.dailyBudget", 15 letters long; "a" is near
 * nothing). A name without its group ("dailyBudget") finds the name too.
 */
export function nearMatch(name: string, known: readonly string[]): string | null {
  if (name.length === 0 || name.length > NEAR_MAX_LENGTH) return null;
  const typed = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const limit = Math.min(
      typed.length - 1,
      Math.max(1, Math.floor(0.4 * Math.max(typed.length, lower.length))),
    );
    let d = editDistance(typed, lower, limit);
    // "dailyBudget" for "ads.dailyBudget": the name without its group
    if (lower.slice(lower.lastIndexOf('.') + 1) === typed) d = Math.min(d, 1);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
