import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { browserExecutable, CHROMIUM_ARGS } from './scripts/browser.js';

/** Kept here too for code that took the launch flags from the config. */
export { CHROMIUM_ARGS };

// The Chromium or Chrome that the browser and e2e projects drive (see scripts/browser.ts). When
// there is none, those projects stop in their global setup with one line saying what to run;
// nothing else (dev server, build, the Node and jsdom tests) needs a browser.
const browser = browserExecutable();

// When VITEST_JSON is set (as .ci/run does), Vitest also writes a JSON report there.
const jsonReport = process.env.VITEST_JSON;

/** The name of the self-contained page that `vite build --mode single` adds to dist/. */
export const SINGLE_FILE = 'smm-loop.html';

/**
 * `vite build --mode single` (the second half of `npm run build`): the whole app in one HTML file,
 * dist/smm-loop.html, that runs from file:// — script, styles, icon and the simulation worker
 * inlined (the worker as a blob URL, see src/worker/create-worker.inline.ts). It writes beside the
 * normal build's files without emptying dist/.
 */
function singleFile(): PluginOption[] {
  const favicon = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
  const inlineWorker = fileURLToPath(new URL('./src/worker/create-worker.inline.ts', import.meta.url));
  return [
    {
      name: 'smm-loop:single-file',
      config: () => ({
        resolve: { alias: [{ find: /^\.\/create-worker$/, replacement: inlineWorker }] },
        build: { emptyOutDir: false, copyPublicDir: false },
        // A module worker from a blob fails in a page opened from file:// (Chromium); a classic one runs.
        worker: { format: 'iife' },
      }),
      transformIndexHtml: (html) =>
        html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(favicon)}"`),
    },
    viteSingleFile({ outputFileName: SINGLE_FILE, removeViteModuleLoader: true }),
  ];
}

/**
 * The normal build's service worker (vite-plugin-pwa, Workbox): it precaches every file of the
 * build, the simulation worker's chunk included, so the site works offline after one visit. The
 * page registers it through public/registerSW.js, which the plugin adds to index.html in builds
 * only (it takes a registerSW.js in public/ over its own, which leaves a failed registration
 * unhandled).
 */
function offline(): PluginOption {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      // The single-file page is for opening from a file; the site never loads it.
      globIgnores: [SINGLE_FILE],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // The first visit's page comes under the service worker as soon as it is ready.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig(({ command, mode }) => ({
  plugins: [react(), ...(mode === 'single' ? singleFile() : command === 'build' ? [offline()] : [])],
  // Relative asset URLs: the built dist/ works from any folder or host path.
  base: './',
  server: {
    port: 5173,
    // Never try to open a browser on CI or headless machines.
    open: !process.env.CI,
  },
  build: {
    target: 'es2022',
  },
  worker: {
    format: 'es',
  },
  test: {
    passWithNoTests: true,
    // Model runs are CPU-bound: one worker per core (the default leaves one core idle).
    maxWorkers: availableParallelism(),
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Model runs on several seeds take seconds each.
          testTimeout: 900_000,
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [
            '**/node_modules/**',
            '**/*.dom.test.tsx',
            '**/*.browser.test.ts',
            '**/*.browser.test.tsx',
            '**/*.e2e.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['./test/require-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: browser instanceof Error ? undefined : browser.executable,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.dom.test.tsx', 'test/**/*.dom.test.tsx'],
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The production build, served by `vite preview`, driven in Chromium by playwright-core.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./test/require-browser.ts', './test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
