/**
 * Global setup of the "e2e" project: build the app once for production (into a folder of this
 * run's own, so neither `npm run build` into dist/ nor another e2e run is disturbed), serve it
 * with `vite preview` on a free port, and hand the URL and the folder to the tests through
 * `inject('baseUrl')` and `inject('distDir')`. The folder is removed when the run ends.
 *
 * `npm test` builds dist/ just before its tests and sets SMM_E2E_DIST=dist: the tests then serve
 * that build as it is instead of making the same one again.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe, ROOT, serveDist } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = process.env.SMM_E2E_DIST;
  if (built) {
    const dir = path.resolve(ROOT, built);
    const served = await serveDist(dir);
    project.provide('baseUrl', served.url);
    project.provide('distDir', dir);
    return () => served.close();
  }
  const outDir = path.join(ROOT, 'node_modules', '.tmp', `e2e-dist-${process.pid}`);
  const served = await buildAndServe(outDir);
  project.provide('baseUrl', served.url);
  project.provide('distDir', outDir);
  return async () => {
    await served.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
