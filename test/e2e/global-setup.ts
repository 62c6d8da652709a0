/**
 * Global setup of the "e2e" project: build the app once for production (into a folder of this
 * run's own, so neither `npm run build` into dist/ nor another e2e run is disturbed), serve it
 * with `vite preview` on a free port, and hand the URL and the folder to the tests through
 * `inject('baseUrl')` and `inject('distDir')`. The folder is removed when the run ends.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe, ROOT } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = path.join(ROOT, 'node_modules', '.tmp', `e2e-dist-${process.pid}`);
  const served = await buildAndServe(outDir);
  project.provide('baseUrl', served.url);
  project.provide('distDir', outDir);
  return async () => {
    await served.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
