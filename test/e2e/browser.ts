/**
 * Headless Chromium or Chrome through playwright-core, for the end-to-end tests: the browser that
 * scripts/browser.ts finds (CHROMIUM_PATH, CHROME_PATH, PATH, the usual paths, Playwright's cache).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from '../../scripts/browser';
import { ROOT } from '../../scripts/serve-dist';
import { expect } from 'vitest';

export interface Viewport {
  width: number;
  height: number;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console messages of type "error", as text with their source location. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** The browser's executable; the project's global setup has already stopped the run if there is none. */
export const CHROMIUM_EXECUTABLE = requireBrowser();

/**
 * Where the screenshot tests write: test-results/screenshots (ignored by git) unless
 * SMM_SCREENSHOTS names another folder, relative to the project; `npm run screenshots` sets it to
 * docs to refresh the README's pictures on purpose.
 */
export const SCREENSHOT_DIR = path.resolve(ROOT, process.env.SMM_SCREENSHOTS || 'test-results/screenshots');

/**
 * A fresh persistent context (own temporary profile, so no state leaks between tests); `locale`
 * sets the browser's language (navigator.language and Accept-Language), e.g. "ru-RU"; `mobile`
 * makes it a phone (touch, a mobile viewport and its user agent's meta viewport handling); `args`
 * adds Chromium flags to the project's (a fake camera, for instance).
 */
export async function launch(
  viewport: Viewport = { width: 1280, height: 720 },
  options: { locale?: string; mobile?: boolean; args?: readonly string[] } = {},
): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'smm-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      viewport,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.mobile ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  // Fail fast on a missing element instead of Playwright's default 30 s.
  context.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  return {
    context,
    page,
    consoleErrors,
    pageErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads axe-core into the page as `window.axe`. Evaluated by the browser's automation, not added
 * as a <script>: the built page's Content-Security-Policy refuses inline scripts.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
}

/** What axe-core finds serious or critical on the page as it is. */
export async function severeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * One browser per test, for a test file: `open` launches it on the built app at `query` and waits
 * until the first run shows a day; `close` (the file's afterEach) closes it and fails the test on
 * any uncaught error the page threw.
 */
export function testBrowser(
  baseUrl: string,
  viewport: Viewport = { width: 1280, height: 720 },
  options: Parameters<typeof launch>[1] = {},
) {
  let browser: Browser | undefined;
  return {
    async open(query = ''): Promise<Page> {
      browser = await launch(viewport, options);
      await browser.page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
      await browser.page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
      return browser.page;
    },
    async close(): Promise<void> {
      const errors = browser?.pageErrors ?? [];
      await browser?.close();
      browser = undefined;
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
  };
}
