/**
 * The single-file build's simulation worker: its code embedded in the page and started from a
 * blob URL, since a page opened from file:// may not load a worker from a file.
 */
import SimulationWorker from './simulation.worker?worker&inline';

export function createSimulationWorker(): Worker {
  return new SimulationWorker();
}
