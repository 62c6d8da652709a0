/**
 * End-to-end: the sensitivity section in the built app — opened by keyboard, a small sweep drawn
 * with its band after progress, a larger one cancelled, a small tornado with its bars sorted by
 * swing; without serious accessibility violations. Their speed is measured by
 * `npm run bench:sensitivity`, not here: tests assert behaviour, not timings.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);

async function openSensitivity(): Promise<Page> {
  const page = await pages.open();
  const section = page.getByTestId('sensitivity');
  expect(await section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  // opened from the keyboard
  await section.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('run-sweep').waitFor({ state: 'visible' });
  return page;
}

const status = (page: Page, which: string) => page.getByTestId(`${which}-status`).getAttribute('data-status');

afterEach(() => pages.close());

describe('sensitivity', () => {
  it('computes nothing until asked, sweeps a parameter with progress and draws its median and band (screenshot sensitivity.png)', async () => {
    const page = await openSensitivity();
    expect(await status(page, 'sweep')).toBe('idle');
    expect(await page.getByTestId('sweep-chart').count()).toBe(0);
    // a budget is swept from nothing to four times the one on screen, not to its limit of a million
    expect(await page.getByTestId('sweep-from').inputValue()).toBe('0');
    expect(await page.getByTestId('sweep-to').inputValue()).toBe('60');
    await page.getByTestId('sweep-from').fill('70');
    await page.getByTestId('run-sweep').click();
    await expect(page.getByTestId('sweep-range-problem').textContent()).resolves.toBe(
      'The sweep’s first value must be below its last.',
    );
    expect(await status(page, 'sweep')).toBe('idle');
    await page.getByTestId('sweep-from').fill('0');
    await page.getByTestId('sweep-values').fill('3');
    await page.getByTestId('sweep-seeds').fill('3');
    await page.getByTestId('run-sweep').click();
    expect(await page.getByTestId('sweep-range-problem').count()).toBe(0);
    await page.getByTestId('sweep-progress').waitFor({ state: 'visible' });
    expect(await page.getByTestId('sweep-progress').getAttribute('max')).toBe('9');
    await expect.poll(() => status(page, 'sweep'), { timeout: 60_000 }).toBe('done');
    await expect(page.getByTestId('sweep-status').textContent()).resolves.toMatch(/^9 runs in [\d.]+ s\.$/);
    const chart = page.getByTestId('sweep-chart');
    await expect(chart.locator('figcaption').textContent()).resolves.toMatch(
      /^ROMI with equity by Daily ad budget: median over 3 audiences/,
    );
    expect(await chart.locator('[data-testid="sweep-point"]').count()).toBe(3);
    expect(await chart.locator('[data-testid="sweep-band"]').getAttribute('d')).toMatch(/^M/);
    expect(await page.getByTestId('sweep-progress').count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.getByTestId('sensitivity').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'sensitivity.png') });
  });

  it('cancels a larger sweep: it stops and draws nothing', async () => {
    const page = await openSensitivity();
    await page.getByTestId('run-sweep').click();
    await expect
      .poll(async () => Number(await page.getByTestId('sweep-progress').getAttribute('value')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.getByTestId('cancel-sweep').click();
    expect(await status(page, 'sweep')).toBe('cancelled');
    await expect(page.getByTestId('sweep-status').textContent()).resolves.toBe('Cancelled.');
    await page.waitForTimeout(1000);
    expect(await status(page, 'sweep')).toBe('cancelled');
    expect(await page.getByTestId('sweep-chart').count()).toBe(0);
    expect(await page.getByTestId('sweep-progress').count()).toBe(0);
    expect(await page.getByTestId('run-sweep').isEnabled()).toBe(true);
  });

  it('ranks every strategy parameter in a tornado, largest swing first', async () => {
    const page = await openSensitivity();
    await page.getByTestId('tornado-seeds').fill('2');
    await page.getByTestId('run-tornado').click();
    await page.getByTestId('tornado-progress').waitFor({ state: 'visible' });
    await expect.poll(() => status(page, 'tornado'), { timeout: 90_000 }).toBe('done');
    const bars = page.locator('[data-testid="tornado-bar"]');
    expect(await bars.count()).toBe(14);
    const swings = (await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-swing')))).map(
      Number,
    );
    const defined = swings.filter((s) => !Number.isNaN(s));
    expect(defined.length).toBeGreaterThan(0);
    expect(defined).toEqual([...defined].sort((a, b) => b - a));
    expect(defined[0]).toBeGreaterThan(0);
    expect(await severeViolations(page)).toEqual([]);
    await page.getByTestId('tornado-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'sensitivity-tornado.png') });
  });
});
