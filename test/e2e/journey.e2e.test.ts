/**
 * End-to-end: following one customer. "Follow a random buyer" opens a journey with a purchase in
 * it and the state of the day shown; stepping a day moves the journey's day; a click on a dot
 * follows that dot's person and rings it on the canvas; axe finds nothing serious with the panel open.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, SCREENSHOT_DIR, severeViolations, type Browser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

async function open(query = ''): Promise<Page> {
  browser = await launch({ width: 1280, height: 720 });
  const response = await browser.page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await browser.page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  return browser.page;
}

/** The state the timeline says the person is in at the end of `day`: its last step up to that day. */
async function stateFromTimeline(page: Page, day: number): Promise<string> {
  return page.getByTestId('journey-timeline').evaluate((ol, d) => {
    let state = '';
    for (const li of ol.querySelectorAll<HTMLElement>('li[data-day]'))
      if (Number(li.dataset.day) <= d) state = li.dataset.to ?? state;
    return state;
  }, day);
}

/** The state the panel shows for the day on screen. */
const shownState = (page: Page) =>
  page.getByTestId('journey-state').locator('[data-state]').getAttribute('data-state');

const canvasSnapshot = (page: Page) =>
  page.getByTestId('agents').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

afterEach(async () => {
  const errors = browser?.pageErrors ?? [];
  await browser?.close();
  browser = undefined;
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

describe('one customer’s journey', () => {
  it('follows a random buyer: a timeline with a purchase, the state of the day, the day stepped', async () => {
    const page = await open();
    await page.getByTestId('timeline').fill('90');
    const before = await canvasSnapshot(page);
    await page.getByRole('button', { name: 'Follow a random buyer' }).click();
    const timeline = page.getByTestId('journey-timeline');
    await timeline.locator('li[data-purchase]').first().waitFor({ state: 'attached' });
    await expect.poll(() => shownState(page)).toBe(await stateFromTimeline(page, 90));
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toContain('On day 90');
    // The followed dot is ringed on the canvas.
    await expect.poll(() => canvasSnapshot(page)).not.toBe(before);

    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('journey-state').textContent()).toContain('On day 91');
    expect(await shownState(page)).toBe(await stateFromTimeline(page, 91));

    expect(await severeViolations(page)).toEqual([]);
    await page.getByTestId('agents').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'journey-ring.png') });
    await page.getByTestId('journey').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'journey.png') });

    // Closing stops following; the button is reachable by keyboard.
    await page.getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => page.getByTestId('journey').count()).toBe(0);
    await page.getByRole('button', { name: 'Follow a random buyer' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('journey-timeline').waitFor();
  });

  it('follows the person of a dot clicked in the loop', async () => {
    const page = await open();
    await page.getByTestId('timeline').fill('30');
    const canvas = page.getByTestId('agents');
    // A painted pixel of the canvas, in page coordinates: a dot (once the run is drawn).
    const findDot = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const box = c.getBoundingClientRect();
        for (let y = Math.floor(c.height / 3); y < c.height; y += 2)
          for (let x = Math.floor(c.width / 4); x < c.width; x += 2)
            if (data[(y * c.width + x) * 4 + 3]! > 0)
              return { x: box.left + (x / c.width) * box.width, y: box.top + (y / c.height) * box.height };
        return null;
      });
    await expect.poll(findDot).not.toBeNull();
    const spot = await findDot();
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    await page.getByTestId('journey-timeline').locator('li').first().waitFor();
    expect(await shownState(page)).toBe(await stateFromTimeline(page, 30));
    expect(await page.getByTestId('journey').locator('h3').textContent()).toMatch(/person no\. \d/);
  });
});
