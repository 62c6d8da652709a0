/**
 * Browser benchmark of the sensitivity section in the built app: the default sweep (the daily ad
 * budget, 9 values × 10 seeds), a sweep of a parameter whose range keeps runs cheap (content
 * quality), the tornado (every strategy parameter ±20 %, 10 seeds), each with the longest gap
 * between progress updates, and the time from "Cancel" to stopped.
 *
 *   npm run bench:sensitivity
 *
 * Builds into dist/ (like `npm run build`), serves it with `vite preview`, and drives the headless
 * Chromium or Chrome that scripts/browser.ts finds, on as many workers as it reports cores.
 */
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from './browser';
import { buildAndServe, ROOT } from './serve-dist';

const status = (page: Page, which: string) => page.getByTestId(`${which}-status`).getAttribute('data-status');

async function until(page: Page, which: string, state: string, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while ((await status(page, which)) !== state) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`${which} did not reach "${state}" in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

async function measure(page: Page, which: 'sweep' | 'tornado'): Promise<string> {
  await page.getByTestId(`run-${which}`).click();
  await until(page, which, 'done', 600_000);
  const el = page.getByTestId(`${which}-status`);
  return `${await el.getAttribute('data-ms')} ms, longest gap between progress ${await el.getAttribute('data-max-gap')} ms`;
}

async function main(): Promise<void> {
  const served = await buildAndServe(path.join(ROOT, 'dist'));
  const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(served.url, { waitUntil: 'load' });
    await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
    await page.getByTestId('sensitivity').locator('summary').click();
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(`cores reported: ${cores}`);
    console.log(`sweep 9×10, daily ad budget: ${await measure(page, 'sweep')}`);
    await page.getByTestId('sweep-parameter').selectOption('content.quality');
    console.log(`sweep 9×10, content quality: ${await measure(page, 'sweep')}`);
    console.log(`tornado, 10 seeds: ${await measure(page, 'tornado')}`);
    await page.getByTestId('run-sweep').click();
    while (Number(await page.getByTestId('sweep-progress').getAttribute('value')) <= 2)
      await page.waitForTimeout(50);
    // as a string: tsx would wrap a function's inner names in a helper the page does not have
    const cancelMs = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector('[data-testid="cancel-sweep"]').click();
      const check = () =>
        document.querySelector('[data-testid="sweep-status"]')?.getAttribute('data-status') === 'cancelled'
          ? resolve(performance.now() - t0)
          : requestAnimationFrame(check);
      check();
    })`)) as number;
    console.log(`cancel to stopped: ${cancelMs.toFixed(1)} ms`);
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
