/**
 * How the page starts its simulation worker: from its own file, next to the page's script. The
 * single-file build (`vite build --mode single`) swaps this module for create-worker.inline.ts.
 */
export function createSimulationWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}
