/**
 * End-to-end: comparing two strategies on one audience in the built app — pin A, change a lever,
 * B beside A with signed differences, the check over audiences and the why; through a language
 * switch; and without serious accessibility violations.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);
const openReady = pages.open;

/** Pins the strategy on screen as A, then sets B's daily ad budget through its typed field. */
async function pinAndChangeBudget(page: Page, budget: string): Promise<void> {
  await page.getByTestId('pin-baseline').click();
  await page.getByTestId('compare-table').waitFor({ state: 'visible' });
  await page.getByTestId('value-ads.dailyBudget').click();
  const field = page.getByTestId('field-ads.dailyBudget');
  await field.fill(budget);
  await field.press('Enter');
}

const delta = (page: Page, figure: string) =>
  page
    .locator(`[data-testid="compare-table"] tr[data-figure="${figure}"] [data-delta]`)
    .getAttribute('data-delta');

/** The run on screen, as the CSV the export button saves. */
async function exported(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
}

afterEach(() => pages.close());

describe('comparing strategies', () => {
  it('pins A, shows B beside it on the same seed, checks the difference over ten audiences and says why (screenshot compare.png)', async () => {
    const page = await openReady();
    await page.getByTestId('pin-baseline').click();
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    // A against itself: nothing differs
    expect(await delta(page, 'buyers')).toBe('0');
    // A and B as small loops, in step with the day shown: the same audience before day 1
    const audienceIn = (name: string) =>
      page.getByTestId(`mini-loop-${name}`).locator('[data-place="audience"] .mini-loop-count').textContent();
    expect(await audienceIn('A (pinned)')).toMatch(/^4,9\d\d$/);
    expect(await audienceIn('B (now)')).toBe(await audienceIn('A (pinned)'));
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill('30');
    await field.press('Enter');
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(Number(await delta(page, 'marketingCost'))).toBeGreaterThan(0);
    await expect(page.getByTestId('extra-spend').textContent()).resolves.toMatch(
      /^Each extra dollar of marketing in B brought back −?\$[\d.,]+ of gross profit\.$/,
    );
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toMatch(
      /^B ends with \d+ more customers? than A: new by ads \+\d+/,
    );
    await page.getByTestId('check-seeds').click();
    await expect.poll(() => page.locator('[data-says]').count(), { timeout: 30_000 }).toBe(10);
    // doubling the budget brings more buyers on every one of ten audiences
    const buyers = page.locator('tr[data-figure="buyers"] [data-says]');
    expect(await buyers.getAttribute('data-says')).toBe('above');
    await expect(buyers.textContent()).resolves.toMatch(/^B higher on (9|10) of 10: real$/);
    // the charts draw A's and B's spread over the ten audiences as bands
    await expect.poll(() => page.locator('.layout-charts path.charts-band').count()).toBeGreaterThan(0);
    await expect(page.locator('.charts-legend-band').first().textContent()).resolves.toBe(
      'A and B over 10 audiences (10–90 %)',
    );
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.locator('section.layout-charts').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'compare-bands.png') });
    await page.locator('section.compare').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'compare.png') });
    await page.getByTestId('why').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'compare-why.png') });
  }, 60_000);

  it('keeps the comparison through a language switch, in Russian words', async () => {
    const page = await openReady();
    await pinAndChangeBudget(page, '30');
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const before = await delta(page, 'buyers');
    await page.getByTestId('lang').click();
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toMatch(
      /^У B к концу периода на \d+ больше клиентов, чем у A/,
    );
    expect(await delta(page, 'buyers')).toBe(before);
    await expect(page.getByTestId('compare-table').locator('thead').textContent()).resolves.toContain(
      'Показатель',
    );
  }, 60_000);

  it('has no serious or critical accessibility violations with the comparison open (axe-core)', async () => {
    const page = await openReady();
    await pinAndChangeBudget(page, '30');
    await page.getByTestId('why').waitFor({ state: 'visible' });
    expect(await severeViolations(page)).toEqual([]);
  }, 60_000);

  it('applies a change made at day 90 from day 90: days 1–89 stay as they were, B branches from A there', async () => {
    const page = await openReady();
    const before = await exported(page);
    await page.getByTestId('timeline').fill('90');
    await expect.poll(() => page.getByTestId('day').textContent()).toMatch(/^Day 90 of/);
    await page.getByTestId('pin-baseline').click();
    await page.getByTestId('value-feedback.responseHours').click();
    const field = page.getByTestId('field-feedback.responseHours');
    await field.fill('1');
    await field.press('Enter');
    await expect(page.getByTestId('strategy-changes').textContent()).resolves.toBe(
      'The strategy changes on day 90.',
    );
    // the export is the run on screen: once B's run is there, its days from 90 on differ
    let after: string[] = before;
    await expect
      .poll(async () => {
        after = await exported(page);
        return after.slice(90).join('\n') !== before.slice(90).join('\n');
      })
      .toBe(true);
    expect(after).toHaveLength(before.length);
    // the header and days 1–89, byte for byte
    expect(after.slice(0, 90)).toEqual(before.slice(0, 90));
    // A and B share the audience and the past: only what follows day 90 can differ
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
  }, 60_000);

  it('can be done entirely from the keyboard: pin, change, check, stop', async () => {
    const page = await openReady();
    await page.getByTestId('pin-baseline').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    await page.getByTestId('value-ads.dailyBudget').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('check-seeds').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-says]').count(), { timeout: 30_000 }).toBe(10);
    await page.getByTestId('unpin-baseline').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('pin-baseline').waitFor({ state: 'visible' });
  }, 60_000);

  it('compares up to four runs: A, the one on screen and two more pinned beside them', async () => {
    const page = await openReady();
    await pinAndChangeBudget(page, '30');
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('pin-another').click();
    // C is the $30 strategy; the one on screen goes on to $45
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill('45');
    await field.press('Enter');
    const cDelta = page.locator('tr[data-figure="buyers"] [data-other-delta]');
    await expect.poll(() => cDelta.count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(Number(await cDelta.getAttribute('data-other-delta')));
    await page.getByTestId('mini-loop-C (pinned)').waitFor({ state: 'visible' });
    await page.getByTestId('pin-another').click();
    await expect.poll(() => cDelta.count(), { timeout: 10_000 }).toBe(2);
    // four runs in all: no place for a fifth
    expect(await page.getByTestId('pin-another').count()).toBe(0);
    await page.getByTestId('unpin-other-0').click();
    await expect.poll(() => cDelta.count()).toBe(1);
  }, 60_000);

  it('checks C over the same ten audiences as A and B, draws its band, and explains C against A on request', async () => {
    const page = await openReady();
    const budgetOfA = await page.getByTestId('param-ads.dailyBudget').getAttribute('aria-valuenow');
    await pinAndChangeBudget(page, '30');
    await expect
      .poll(async () => Number(await delta(page, 'buyers')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // C is the $30 strategy; B goes back to A's budget, so that only C differs from A
    await page.getByTestId('pin-another').click();
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill(budgetOfA!);
    await field.press('Enter');
    await expect.poll(async () => delta(page, 'buyers'), { timeout: 10_000 }).toBe('0');
    await expect(page.getByTestId('check-seeds').textContent()).resolves.toBe(
      'Is it real? Run A, B and C on 10 audiences',
    );
    // the progress, as it is shown
    await page.locator('.compare-status').evaluate((status) => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.getByTestId('check-seeds').click();
    const cSays = page.locator('[data-other-says][data-run="c"]');
    await expect.poll(() => cSays.count(), { timeout: 30_000 }).toBe(10);
    // with C checked, what the check says of B and of C is a table of its own
    expect(await page.getByTestId('seed-table').locator('[data-says]').count()).toBe(10);
    // progress counted C's runs too: three runs on each of ten audiences
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses.filter((s) => s !== '').at(-1)).toMatch(/^Running 2\d of 30…$/);
    // doubling the budget brings more buyers on nine or ten of ten audiences, paired with A's
    const cBuyers = page.locator('tr[data-figure="buyers"] [data-other-says]');
    expect(await cBuyers.getAttribute('data-says')).toBeNull();
    expect(await cBuyers.getAttribute('data-other-says')).toBe('above');
    await expect(cBuyers.textContent()).resolves.toMatch(/^C higher on (9|10) of 10: real$/);
    // B is A's strategy again: the same on every audience, so within the noise
    await expect(page.locator('tr[data-figure="buyers"] [data-says]').textContent()).resolves.toBe(
      'the same on all 10: within the noise',
    );
    // C's spread is a band of its own, named in the legend
    await expect.poll(() => page.locator('.layout-charts path.charts-band-run').count()).toBeGreaterThan(0);
    await expect(page.locator('.charts-legend-band-run').first().textContent()).resolves.toBe(
      'C over 10 audiences',
    );
    // the why explains B by default, and C once chosen, by keyboard
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toBe(
      'B ends with as many customers as A.',
    );
    await page.getByTestId('why-run-b').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('why-run-c').isChecked()).toBe(true);
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toMatch(
      /^C ends with \d+ more customers? than A: new by ads \+\d+/,
    );
    await expect(page.getByTestId('why').locator('figcaption strong').textContent()).resolves.toBe(
      'Why: customers with the brand at the end, from A to C',
    );
    // the choice of run and the table of verdicts are accessible
    expect(await severeViolations(page)).toEqual([]);
    // and in Russian
    await page.getByTestId('lang').click();
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toMatch(
      /^У C к концу периода на \d+ больше клиентов, чем у A/,
    );
    await expect(cBuyers.textContent()).resolves.toMatch(/^C выше в (9|10) из 10: не случайно$/);
    // unpinning C drops it from the check, and the why goes back to B
    await page.getByTestId('unpin-other-0').click();
    await expect.poll(() => page.getByTestId('why-run').count()).toBe(0);
    expect(await page.locator('[data-says]').count()).toBe(0);
    await expect(page.getByTestId('why-sentence').textContent()).resolves.toMatch(/^У B к концу периода/);
  }, 90_000);
});
