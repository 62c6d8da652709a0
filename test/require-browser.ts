/**
 * Global setup of the projects that drive a browser (see vite.config.ts): when the machine has no
 * Chromium or Chrome, stop the run before anything is built or launched, with the one line that
 * says what to run. It exits rather than throws: Vitest would wrap a thrown error in a banner, a
 * stack and a misleading "No test files found", burying the line.
 */
import { browserExecutable } from '../scripts/browser';

export default function setup(): void {
  const browser = browserExecutable();
  if (!(browser instanceof Error)) return;
  console.error(browser.message);
  process.exit(1);
}
