/**
 * Share by link: a link made on the page reproduces the same run in a fresh browser (its CSV and
 * its comparison), the share dialog with its QR code, links made before still open, and the
 * page a phone opens from the link.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');
const BUDGET = 'param-ads.dailyBudget';
const opened: Browser[] = [];

async function open(url: string, viewport = { width: 1280, height: 720 }, mobile = false): Promise<Page> {
  const browser = await launch(viewport, { mobile });
  opened.push(browser);
  await browser.page.goto(url, { waitUntil: 'load' });
  await browser.page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  return browser.page;
}

/** Waits until no run is being computed and the compared runs' table is filled. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.playback-computing').count(), { timeout: 20_000 }).toBe(0);
  await page.waitForTimeout(300);
  await expect.poll(() => page.locator('.playback-computing').count(), { timeout: 20_000 }).toBe(0);
}

async function csvOf(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return readFile((await download.path())!, 'utf8');
}

afterEach(async () => {
  const errors = opened.flatMap((b) => b.pageErrors);
  await Promise.all(opened.map((b) => b.close()));
  opened.length = 0;
  expect(errors).toEqual([]);
});

describe('share by link', () => {
  it('a link opens the same run in a fresh browser: a change from a day, A pinned, the lesson step, the day', async () => {
    const page = await open(baseUrl);
    // a lesson's step: A pinned (the step before), B the step
    await page.getByTestId('lessons').selectOption('4-negative-feedback');
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    // from day 120, more budget: a change during the run (the days before stay as they were)
    await page.getByTestId('timeline').fill('120');
    const slider = page.getByTestId(BUDGET);
    await slider.focus();
    await slider.press('ArrowRight');
    await settled(page);
    await page.getByTestId('timeline').fill('150');
    await settled(page);

    await page.getByTestId('share').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.getByTestId('share-day').isChecked()).toBe(true);
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/[?&]v=1&/);
    expect(link).toContain('change=120:ads.dailyBudget=');
    expect(link).toContain('lesson=4-negative-feedback&step=1');
    expect(link).toContain('&a=');
    expect(link).toMatch(/&day=150$/);
    // the QR code is an image of the link; Escape closes the dialog and gives the focus back
    await page.getByTestId('share-qr').waitFor({ state: 'visible' });
    expect(await page.getByTestId('share-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-copy');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share');

    const csv = await csvOf(page);
    const table = await page.getByTestId('compare-table').innerText();
    const step = await page.getByTestId('lesson-step').textContent();
    const day = await page.getByTestId('day').textContent();

    const fresh = await open(link);
    await fresh.getByTestId('compare-table').waitFor({ state: 'visible' });
    await settled(fresh);
    expect(await fresh.getByTestId('day').textContent()).toBe(day);
    expect(await fresh.getByTestId('lesson-step').textContent()).toBe(step);
    await expect.poll(() => fresh.getByTestId('compare-table').innerText()).toBe(table);
    expect(await csvOf(fresh)).toBe(csv);
    expect(await fresh.locator('.notice').count()).toBe(0);
  });

  it('a link made before links had a version still opens as it did', async () => {
    const page = await open(`${baseUrl}?ads.dailyBudget=200&seed=3`);
    expect(await page.getByTestId(BUDGET).getAttribute('aria-valuenow')).toBe('200');
    expect(await page.locator('.notice').count()).toBe(0);
  });

  it('a bad entry in a link is left out and named; the rest applies', async () => {
    const page = await open(`${baseUrl}?v=1&ads.dailyBudget=200&change=9999:ads.cpm=5&lesson=nope`);
    expect(await page.getByTestId(BUDGET).getAttribute('aria-valuenow')).toBe('200');
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('change=9999:ads.cpm=5 (cannot be read)');
    expect(notice).toContain('lesson=nope (no such lesson)');
  });

  it('the share dialog speaks Russian and works by keyboard', async () => {
    const page = await open(`${baseUrl}?lang=ru`);
    await page.getByTestId('share').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Поделиться сценарием' });
    await dialog.waitFor({ state: 'visible' });
    expect(await page.getByTestId('share-qr').getAttribute('alt')).toBe(
      'QR-код ссылки, чтобы открыть её на телефоне',
    );
    // Tab stays inside the dialog
    for (let k = 0; k < 5; k++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.getByTestId('share-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  // The phone layout's media queries are not written yet: the page is 409 px wide at 390.
  it('on a phone (390×844, touch) the linked page fits: no sideways scrolling, play, figures and levers at hand', async () => {
    const page = await open(`${baseUrl}?v=1&ads.dailyBudget=20&seed=3`, { width: 390, height: 844 }, true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const play = page.getByTestId('play');
    expect(await play.isVisible()).toBe(true);
    const box = (await play.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(32);
    await play.tap();
    await expect.poll(() => page.getByTestId('day').textContent()).not.toMatch(/^Day 0 /);
    await play.tap();
    const figure = page.locator('[data-testid^="kpi-"]').first();
    await figure.scrollIntoViewIfNeeded();
    expect(await figure.isVisible()).toBe(true);
    const fontSize = await figure.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    const slider = page.getByTestId(BUDGET);
    await slider.scrollIntoViewIfNeeded();
    expect(await slider.isVisible()).toBe(true);
    const sliderBox = (await slider.boundingBox())!;
    expect(sliderBox.x).toBeGreaterThanOrEqual(0);
    expect(sliderBox.x + sliderBox.width).toBeLessThanOrEqual(390);
    // the share dialog fits the phone too
    await page.getByTestId('share').tap();
    const qr = (await page.getByTestId('share-qr').boundingBox())!;
    expect(qr.x + qr.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
