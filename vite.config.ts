import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
 * The built page's Content-Security-Policy, one list of sources per directive: scripts, styles,
 * workers, the icon and fonts only from the site itself; images also from data: and blob: URLs
 * (the QR code, the pictures of the print summary, the dots drawn into an exported SVG); no
 * plugin, no <base>, no form sent anywhere; no inline script and no eval (no 'unsafe-inline', no
 * 'unsafe-eval' for scripts). Style sheets come from the site only; style attributes are allowed
 * (`style-src-attr`), as the pictures saved as SVG or PNG write each element's computed style
 * into its `style` attribute (React's and D3's styles go through the style object, which the
 * policy does not restrict). `frame-ancestors` and `report-uri` are left out: a policy in a
 * <meta> cannot use them. The dev server (`npm start`) has none, as Vite's client injects inline
 * scripts.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The single-file page's policy: nothing from anywhere (a file:// page has no site of its own),
 * its inline script and style sheet allowed by their SHA-256 hashes alone, its worker from a
 * blob: URL, its icon and images from data: and blob: URLs, style attributes as on the site.
 */
export function singleFilePolicy(scripts: readonly string[], styles: readonly string[]) {
  const hashes = (texts: readonly string[]) =>
    texts.map((t) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`);
  return {
    'default-src': ["'none'"],
    'script-src': hashes(scripts),
    'style-src': hashes(styles),
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ['data:', 'blob:'],
    'worker-src': ['blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** A policy as the content of its <meta>. */
export const policyText = (policy: Readonly<Record<string, readonly string[]>>): string =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/** `html` with the policy's <meta> first in its <head>, before any script. */
const withPolicy = (html: string, policy: Readonly<Record<string, readonly string[]>>): string =>
  html.replace(
    /<head>/i,
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policyText(policy)}" />`,
  );

/** The texts of the inline `<tag>` elements of `html` (those without a `src`). */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  const element = (t: string) => new RegExp(`<${t}\\b([^>]*)>([\\s\\S]*?)</${t}>`, 'gi');
  // a style's text is looked for outside the scripts, whose code may hold "<style" in a string
  const where = tag === 'style' ? html.replace(element('script'), '') : html;
  return [...where.matchAll(element(tag))].filter((m) => !/\bsrc=/i.test(m[1]!)).map((m) => m[2]!);
}

/** The built page's policy (not the dev server's): see CONTENT_SECURITY_POLICY. */
function contentSecurityPolicy(): PluginOption {
  return {
    name: 'smm-loop:content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withPolicy(html, CONTENT_SECURITY_POLICY) },
  };
}

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
    {
      // Once everything is inlined: the policy, with the hashes of the page's script and style.
      name: 'smm-loop:single-file-policy',
      apply: 'build',
      writeBundle(options) {
        const file = path.join(options.dir!, SINGLE_FILE);
        const html = readFileSync(file, 'utf8');
        const policy = singleFilePolicy(inlineTexts(html, 'script'), inlineTexts(html, 'style'));
        writeFileSync(file, withPolicy(html, policy));
      },
    },
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
  plugins: [
    react(),
    ...(mode === 'single' ? singleFile() : command === 'build' ? [offline(), contentSecurityPolicy()] : []),
  ],
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
    // Model runs are CPU-bound: one worker per core (the default leaves one core idle; one more
    // than the cores made timing-sensitive browser tests fail and saved no time).
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
          fileParallelism: true,
        },
      },
    ],
  },
}));
