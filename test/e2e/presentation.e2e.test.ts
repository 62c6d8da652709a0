/**
 * End-to-end: presentation mode for a projector, driven by the keyboard alone — the page's
 * shortcuts work wherever the focus is (a focused button does not swallow Space), the controls
 * hide on demand, and the page fits 1280×720 without scrolling in both languages, with labels of
 * at least 18 px and counts of at least 28 px.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);
const openReady = pages.open;

const dayShown = async (page: Page) =>
  Number((await page.getByTestId('day').textContent())!.match(/\d+/)![0]);
const presenting = (page: Page) =>
  page.locator('.app').evaluate((el) => el.classList.contains('app-presentation'));

/** What the page shows too small for the back of a room, and whether anything scrolls. */
async function fitAndSizes(page: Page) {
  return page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const svg = document.querySelector('svg.loop-front')!;
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const small: string[] = [];
    const check = (el: Element, size: number, min: number) => {
      if ((el as HTMLElement).offsetParent === null && !(el instanceof SVGElement)) return; // not shown
      if (size < min - 0.01)
        small.push(
          `${el.getAttribute('class')} "${el.textContent?.slice(0, 30)}" ${size.toFixed(1)} px < ${min}`,
        );
    };
    for (const el of svg.querySelectorAll('text.loop-count')) check(el, px(el) * scale, 28);
    for (const el of svg.querySelectorAll('text:not(.loop-count)')) check(el, px(el) * scale, 18);
    for (const el of document.querySelectorAll(
      '.upstream-card h3, .upstream-card p, .kpi-name, .loop-legend-item',
    ))
      check(el, px(el), 18);
    for (const el of document.querySelectorAll('.kpi-value')) check(el, px(el), 28);
    const root = document.documentElement;
    return {
      small,
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      size: `${root.scrollWidth}×${root.scrollHeight}`,
    };
  });
}

afterEach(() => pages.close());

describe('presentation mode', () => {
  it('is driven by the keyboard alone, wherever the focus is', async () => {
    const page = await openReady();
    await page.keyboard.press('p');
    expect(await presenting(page)).toBe(true);

    // Space plays and pauses even on a focused button, and does not press it
    await page.getByTestId('presentation').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => dayShown(page)).toBeGreaterThan(0);
    await page.keyboard.press(' ');
    expect(await presenting(page)).toBe(true);
    const paused = await dayShown(page);
    await page.waitForTimeout(400);
    expect(await dayShown(page)).toBe(paused);

    await page.keyboard.press('ArrowRight');
    expect(await dayShown(page)).toBe(paused + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await dayShown(page)).toBe(paused - 1);
    await page.keyboard.press('PageDown'); // a clicker's "next", without a lesson: one day on
    expect(await dayShown(page)).toBe(paused);

    // a digit loads a preset, C pins the run as A (and again stops comparing)
    await page.keyboard.press('2');
    expect(await page.getByTestId('scenario').inputValue()).not.toBe('default');
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('pin-baseline').count()).toBe(0);
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('pin-baseline').count()).toBe(1);

    // H hides the controls and shows them again; the list of shortcuts opens with ? and closes with Escape
    await page.keyboard.press('h');
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.getByTestId('play').isVisible()).toBe(false);
    await page.keyboard.press('h');
    expect(await page.locator('header.header').isVisible()).toBe(true);
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts').waitFor({ state: 'visible' });
    expect(await severeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts').waitFor({ state: 'hidden' });

    // L goes to the lesson picker; with a lesson open, Page Down and Page Up walk its steps
    await page.keyboard.press('l');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('lessons');
    await page.getByTestId('lessons').selectOption('2-research');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('PageDown');
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Step 1 of 2');
    await page.keyboard.press('PageUp');
    expect(await page.getByTestId('lesson-step').textContent()).toBe('The starting point');

    // typing in a field keeps its keys: a digit in the seed field is a digit, not a preset
    await page.keyboard.press('p');
    expect(await presenting(page)).toBe(false);
    const seed = page.getByTestId('seed');
    await seed.fill('');
    await seed.press('7');
    expect(await seed.inputValue()).toBe('7');
    expect(await page.getByTestId('lesson-step').textContent()).toBe('The starting point');
  });

  it.each(['en', 'ru'])(
    'fits 1280×720 without scrolling in %s, labels at least 18 px and counts at least 28 px (screenshot)',
    async (lang) => {
      const page = await openReady(`?lang=${lang}`);
      await page.getByTestId('presentation').click();
      await page.getByTestId('timeline').fill('90');
      await page.waitForTimeout(300);
      const shown = await fitAndSizes(page);
      expect(shown.scrolls, `the page is ${shown.size}`).toBe(false);
      expect(shown.small).toEqual([]);
      await page.keyboard.press('h');
      expect((await fitAndSizes(page)).scrolls).toBe(false);
      await page.keyboard.press('h');
      // with a lesson open too
      await page.getByTestId('lessons').selectOption('4-negative-feedback');
      await page.getByTestId('lesson-next').click();
      const withLesson = await fitAndSizes(page);
      expect(withLesson.scrolls, `with a lesson the page is ${withLesson.size}`).toBe(false);
      expect(withLesson.small).toEqual([]);
      expect(await severeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang === 'ru' ? 'Закрыть урок' : 'Close the lesson' }).click();
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `presentation-${lang}.png`) });
    },
  );

  it('shows the whole loop: the upstream half in words, the return to the product, the evidence', async () => {
    const page = await openReady('?ads.dailyBudget=30&feedback.answeredShare=1&days=120');
    const upstream = page.getByTestId('upstream');
    expect(await upstream.locator('[data-part="strategy"]').textContent()).toContain('$30 a day');
    expect(await upstream.locator('[data-part="strategy"]').textContent()).toContain('100% of complaints');
    expect(await upstream.locator('[data-part="research"]').textContent()).toContain('Facebook');
    await page.getByTestId('timeline').fill('120');
    // feedback processed raises the product's satisfaction, on the return arrow
    await expect
      .poll(async () =>
        (await page.getByTestId('return-label').textContent())!.match(/(\d+)%/g)!.map(parseFloat),
      )
      .toSatisfy((v: number[]) => v.length === 2 && v[1]! > v[0]!);
    for (const id of ['evidence-feedback', 'evidence-community', 'evidence-product', 'evidence-bad'])
      expect(await page.getByTestId(id).textContent()).toMatch(/\d/);
    // the upstream half stays in presentation mode
    await page.keyboard.press('p');
    expect(await upstream.isVisible()).toBe(true);
    await page.getByTestId('lang').click();
    expect(await upstream.locator('[data-part="strategy"]').textContent()).toMatch(/30\s\$ в день/);
  });
});
