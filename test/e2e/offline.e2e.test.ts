/**
 * End-to-end: after one visit the built site works with no network. The service worker
 * (vite-plugin-pwa) takes control of the page, the browser goes offline, the page reloads from
 * its cache, and a run still computes in the simulation worker.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;

async function day(): Promise<number> {
  const text = (await browser.page.getByTestId('day').textContent()) ?? '';
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`no day number in ${JSON.stringify(text)}`);
  return Number(match[0]);
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(() => browser.close());

describe('offline after one visit', () => {
  it('reloads with no network and computes a run, without a console error', async () => {
    const { page, context } = browser;
    await page.goto(baseUrl, { waitUntil: 'load' });
    // The service worker has installed (precached every file) and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });

    expect(browser.consoleErrors, 'console errors online').toEqual([]);

    await context.setOffline(true);
    // The network is really gone: a file the service worker does not hold cannot be fetched.
    const fetched = await page.evaluate(() =>
      fetch(`./not-cached-${Date.now()}.txt`).then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(fetched).toBe('failed');
    browser.consoleErrors.length = 0; // that failed fetch's own message

    const response = await page.reload({ waitUntil: 'load' });
    expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
    await page.getByTestId('agents').waitFor({ state: 'visible' });
    const before = await day();
    await page.getByTestId('play').click();
    await expect.poll(day, { timeout: 8_000 }).toBeGreaterThan(before);

    expect(browser.consoleErrors, 'console errors offline').toEqual([]);
    expect(browser.pageErrors, 'page errors').toEqual([]);
  });
});
