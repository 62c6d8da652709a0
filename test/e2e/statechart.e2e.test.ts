/**
 * End-to-end: "Inside one agent", the statechart panel, in the built app at 1280×720. It plays a
 * few days, opens the panel by keyboard, and checks the people in each state against the loop's
 * node for its place, the day's visits against the arrows into the website, the labels' size,
 * and axe-core with the panel open; it leaves screenshots in both languages.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { formatCount } from '../../src/i18n/format';
import { launch, SCREENSHOT_DIR, severeViolations, type Browser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

async function openReady(query = ''): Promise<Page> {
  browser = await launch({ width: 1280, height: 720 });
  await browser.page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
  await browser.page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  return browser.page;
}

/** Steps `days` days with the step button, and waits until the page shows the last. */
async function stepDays(page: Page, days: number): Promise<void> {
  for (let k = 1; k <= days; k++) {
    await page.getByTestId('step').click();
    await page
      .getByTestId('day')
      .filter({ hasText: new RegExp(`\\b${k}\\b`) })
      .waitFor();
  }
}

/** Opens the panel by keyboard: focus its summary, press Enter. */
async function openPanel(page: Page): Promise<void> {
  const summary = page.getByTestId('statechart-panel').locator('> summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('statechart').waitFor({ state: 'visible' });
}

/** Every state drawn: its place and its count. */
function stateCounts(page: Page): Promise<{ state: string; place: string; count: number }[]> {
  return page
    .getByTestId('statechart')
    .locator('[data-state]')
    .evaluateAll((gs) =>
      gs.map((g) => ({
        state: g.getAttribute('data-state')!,
        place: g.getAttribute('data-place')!,
        count: Number(g.getAttribute('data-count')),
      })),
    );
}

/**
 * The states' counts summed by place are the loop's node counts; the website's node shows the
 * day's visits instead (nobody stays on the site overnight), which are the day's transitions into
 * the website's states, the counts on the arrows into them.
 */
async function checkAgainstLoop(page: Page): Promise<void> {
  const states = await stateCounts(page);
  expect(states.length).toBeGreaterThanOrEqual(9);
  for (const place of new Set(states.map((s) => s.place))) {
    const inPlace = states.filter((s) => s.place === place);
    const sum = inPlace.reduce((a, s) => a + s.count, 0);
    if (place === 'website') {
      expect(sum).toBe(0);
      const into = await page
        .getByTestId('statechart')
        .locator(inPlace.map((s) => `[data-edge$=">${s.state}"]`).join(', '))
        .evaluateAll((es) => es.reduce((a, e) => a + Number(e.getAttribute('data-count')), 0));
      const visits = (await page.getByTestId('count-website').textContent()) ?? '';
      expect(visits.startsWith(`${formatCount(into, 'en')} `), `${visits} against ${into}`).toBe(true);
    } else {
      expect(await page.getByTestId(`count-${place}`).textContent(), place).toBe(formatCount(sum, 'en'));
    }
  }
}

afterEach(async () => {
  const errors = [...(browser?.pageErrors ?? []), ...(browser?.consoleErrors ?? [])];
  await browser?.close();
  browser = undefined;
  expect(errors, 'errors in the page').toEqual([]);
});

describe('inside one agent: the statechart', () => {
  it('is closed at first, opens by keyboard and counts what the loop counts', async () => {
    const page = await openReady();
    expect(await page.getByTestId('statechart-panel').evaluate((d: HTMLDetailsElement) => d.open)).toBe(
      false,
    );
    expect(await page.getByTestId('statechart').count()).toBe(0);
    await stepDays(page, 4);
    await openPanel(page);
    await checkAgainstLoop(page);
    // one more day with the panel open: it follows the day shown
    await page.getByTestId('step').click();
    await page.getByTestId('day').filter({ hasText: /\b5\b/ }).waitFor();
    await checkAgainstLoop(page);
    // every transition carries the day's count; some are not zero
    const taken = await page
      .getByTestId('statechart')
      .locator('[data-transition]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-count')));
    expect(taken.length).toBeGreaterThan(90);
    expect(taken.every((c) => c !== null && /^\d+$/.test(c))).toBe(true);
    expect(taken.some((c) => Number(c) > 0)).toBe(true);
  });

  it('writes every label at 16 px or more, unscaled, and passes axe with the panel open; screenshots in both languages', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const page = await openReady(lang === 'ru' ? '?lang=ru' : '');
      await stepDays(page, 3);
      await openPanel(page);
      const sizes = await page.getByTestId('statechart').evaluate((svg: SVGSVGElement) => ({
        drawn: svg.getBoundingClientRect().width,
        width: Number(svg.getAttribute('width')),
        fonts: [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
      }));
      expect(sizes.drawn).toBeCloseTo(sizes.width, 0);
      expect(Math.min(...sizes.fonts)).toBeGreaterThanOrEqual(16);
      // no text runs out of its state's box
      const overflows = await page
        .getByTestId('statechart')
        .locator('[data-state]')
        .evaluateAll((gs) =>
          gs.flatMap((g) => {
            const box = g.querySelector('rect')!.getBoundingClientRect();
            return [...g.querySelectorAll('text')]
              .filter((t) => t.getBoundingClientRect().right > box.right + 0.5)
              .map((t) => `${g.getAttribute('data-state')}: ${t.textContent}`);
          }),
        );
      expect(overflows, lang).toEqual([]);
      expect(await severeViolations(page), lang).toEqual([]);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const panel = page.getByTestId('statechart-panel');
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, lang === 'en' ? 'statechart.png' : 'statechart-ru.png'),
      });
      await panel.screenshot({
        path: path.join(SCREENSHOT_DIR, lang === 'en' ? 'statechart-full.png' : 'statechart-full-ru.png'),
      });
      await browser?.close();
      browser = undefined;
    }
  });
});
