/**
 * End-to-end: a lesson walked to its end in the built app — the starting point, each step beside
 * the step before (pinned as A), a step made from a later day that keeps the days before it, the
 * step's claims checked over audiences, what to notice, the answer; through a language switch,
 * from the keyboard, and without serious accessibility violations.
 */
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);
const openReady = pages.open;

afterEach(() => pages.close());

describe('a lesson', () => {
  it('walks from its question through every step to its answer, each step beside the one before (screenshot lesson.png)', async () => {
    const page = await openReady();
    await page.getByTestId('lessons').selectOption('4-negative-feedback');
    const bar = page.getByTestId('lesson-bar');
    await expect
      .poll(() => bar.getByRole('heading', { level: 2 }).textContent())
      .toBe('Negative feedback, handled fast');
    expect(await page.getByTestId('lesson-step').textContent()).toBe('The starting point');
    expect(await page.getByTestId('pin-baseline').isVisible()).toBe(true); // nothing compared yet
    expect(await page.locator('figure.loop').getAttribute('data-lesson-focus')).toBe('feedback');

    // step 1 changes the strategy from day 90: A is the step before, the day shown is 89
    await page.getByTestId('lesson-next').click();
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Step 1 of 2');
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('day').textContent()).toMatch(/^Day 89 of/);
    expect(await page.getByTestId('lesson-change').textContent()).toContain(
      'Days 1 to 89 stay exactly as they were',
    );

    // its claims, checked over ten audiences paired with the step before: each holds on 9 or 10
    await page.getByTestId('lesson-check').click();
    const claims = page.getByTestId('lesson-claims').locator('li');
    await expect
      .poll(() => claims.filter({ hasText: /of 10$/ }).count(), { timeout: 60_000 })
      .toBe(await claims.count());
    for (const text of await claims.allTextContents()) expect(text).toMatch(/✓ (9|10) of 10$/);

    // what to notice appears once the run has played to its end
    expect(await page.getByTestId('lesson-notice').count()).toBe(0);
    await page.getByTestId('timeline').fill('365');
    await page.getByTestId('lesson-notice').waitFor({ state: 'visible' });
    expect(await page.getByTestId('lesson-notice').textContent()).toContain('The past does not move');

    // the last step, then the answer
    await page.getByTestId('lesson-next').click();
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Step 2 of 2');
    expect(await page.getByTestId('lesson-next').count()).toBe(0);
    await page.getByTestId('lesson-show-answer').click();
    expect(await page.getByTestId('lesson-answer').textContent()).toContain('Negative feedback is a chance');

    // back one step: A is again the starting point
    await page.getByTestId('lesson-previous').click();
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Step 1 of 2');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/lesson.png` });
  });

  it('keeps its step through a language switch, works from the keyboard and has no serious accessibility violation', async () => {
    const page = await openReady();
    await page.getByTestId('lessons').focus();
    await page.getByTestId('lessons').selectOption('1-product');
    await page.getByTestId('lesson-next').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Step 1 of 2');
    expect(await page.locator('figure.loop').getAttribute('data-lesson-focus')).toBe('ads');
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    expect(await severeViolations(page)).toEqual([]);

    await page.getByTestId('lang').click();
    expect(await page.getByTestId('lesson-step').textContent()).toBe('Шаг 1 из 2');
    expect(await page.getByTestId('lesson-bar').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Всё начинается с продукта',
    );
    expect(await page.getByTestId('lesson-change').textContent()).toContain('Дневной рекламный бюджет');
    expect(await severeViolations(page)).toEqual([]);

    // closing the lesson keeps what is on screen
    await page.getByRole('button', { name: 'Закрыть урок' }).click();
    expect(await page.getByTestId('lesson-bar').count()).toBe(0);
    expect(await page.getByTestId('compare-table').isVisible()).toBe(true);
  });
});
