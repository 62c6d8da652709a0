/**
 * How many dots the loop draws: a drawing choice (what the canvas can move at 60 frames a second
 * with software rendering, see TOOLCHAIN.md), given to the run controller by the composition root
 * so that the worker keeps only the moves of the agents that are drawn.
 */

/** The animation draws at most this many agents; larger audiences show every k-th. */
export const DOT_LIMIT = 20_000;

/** How many agents one dot stands for at this audience size (1 up to DOT_LIMIT agents). */
export function dotSample(size: number): number {
  return Math.max(1, Math.ceil(size / DOT_LIMIT));
}
