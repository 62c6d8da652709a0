/**
 * Global setup of the "e2e" project: build the app once for production (into a private folder,
 * so a concurrent `npm run build` into dist/ is not disturbed), serve it with `vite preview` on a
 * free port, and hand the URL to the tests through `inject('baseUrl')`.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe, ROOT } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const E2E_OUT_DIR = path.join(ROOT, 'node_modules', '.tmp', 'e2e-dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await buildAndServe(E2E_OUT_DIR);
  project.provide('baseUrl', served.url);
  return () => served.close();
}
