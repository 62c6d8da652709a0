/** Which drawn dot a point of the loop is on: the dots rest at their homes on the day shown. */
import { home } from '../loop/dots';
import type { Point } from '../loop/layout';

/**
 * The dot nearest (x, y), in the loop's layout units, among dots drawn in `states` (dot j in
 * state states[j]); null when none is within `reach`.
 */
export function nearestDot(states: Uint8Array, x: number, y: number, reach = 14): number | null {
  const p: Point = { x: 0, y: 0 };
  let best: number | null = null;
  let bestDistance = reach * reach;
  for (let j = 0; j < states.length; j++) {
    home(j, states[j]!, p);
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best;
}
