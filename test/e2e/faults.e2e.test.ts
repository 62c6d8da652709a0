/**
 * End-to-end: faults in the built app. The simulation's worker fails for real — an exception
 * nothing in it catches, its script failing to load — reached from the outside (Playwright's
 * handle on the page's worker, the network), with nothing in the page to call: the page says so,
 * keeps the strategy and the comparison, and "Restart the simulation" brings back a playing run
 * with the same figures. And the scenario kept in localStorage: back
 * on the next visit without a link, damaged data set aside with a notice.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);
const BUDGET = 'param-ads.dailyBudget';
const SCENARIO_KEY = 'smm-loop.scenario';

afterEach(() => pages.close());

/** Waits until no run is being computed (twice, a moment apart: a run may follow another). */
async function settled(page: Page): Promise<void> {
  for (let k = 0; k < 2; k++) {
    await expect.poll(() => page.locator('.playback-computing').count(), { timeout: 20_000 }).toBe(0);
    await page.waitForTimeout(200);
  }
}

/** The run on screen, as the CSV the export button saves: every figure of every day. */
async function exported(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return readFile((await download.path())!, 'utf8');
}

const budget = (page: Page) => page.getByTestId(BUDGET).inputValue();
const buyers = (page: Page) => page.getByTestId('kpi-buyers').textContent();
const day = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId('day').textContent()) ?? '')?.[0]);

/** The page's one simulation worker (the sensitivity pool starts its own only when asked). */
async function theWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().length).toBe(1);
  return page.workers()[0]!;
}

/** Plays for a moment and says whether the day moved on. */
async function plays(page: Page): Promise<boolean> {
  const before = await day(page);
  await page.getByTestId('play').click();
  try {
    await expect.poll(() => day(page), { timeout: 5_000 }).toBeGreaterThan(before);
    return true;
  } catch {
    return false;
  } finally {
    if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'true')
      await page.getByTestId('play').click();
  }
}

describe('when the simulation worker fails', () => {
  it('says so, keeps the strategy and the comparison, and a restart brings back the same run', async () => {
    const page = await pages.open();
    // A pinned, then B: the user's own strategy, more budget from day 60
    await page.getByTestId('pin-baseline').click();
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    await page.getByTestId('timeline').fill('60');
    await page.getByTestId(BUDGET).focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    const before = {
      budget: await budget(page),
      csv: await exported(page),
      buyers: await buyers(page),
      table: await page.getByTestId('compare-table').innerText(),
      url: page.url(),
    };

    // an exception nothing in the worker catches (a worker that throws while answering, or sends
    // what is no answer, is tested with real workers in test/browser/faults.browser.test.ts)
    const first = await theWorker(page);
    await first.evaluate(() =>
      setTimeout(() => {
        throw new Error('simulated fault');
      }),
    );
    const notice = page.getByTestId('fault-notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.innerText()).toContain('The simulation stopped because of an error.');
    expect(await notice.innerText()).toContain('Your strategy, its changes and the runs compared are kept.');
    // what the user had is all there
    expect(await budget(page)).toBe(before.budget);
    expect(await buyers(page)).toBe(before.buyers);
    expect(await page.getByTestId('compare-table').innerText()).toBe(before.table);
    expect(page.url()).toBe(before.url);
    // the notice speaks the page's language
    await page.getByTestId('lang').click();
    expect(await notice.innerText()).toContain('Симуляция остановилась из-за ошибки.');
    await page.getByTestId('lang').click();

    await page.getByTestId('restart-simulation').click();
    await notice.waitFor({ state: 'detached' });
    await settled(page);
    const second = await theWorker(page);
    expect(second).not.toBe(first);
    expect(await exported(page)).toBe(before.csv);
    expect(await page.getByTestId('compare-table').innerText()).toBe(before.table);
    expect(await plays(page)).toBe(true);
  });

  it('says so when its script does not load, and a restart once it loads brings the run', async () => {
    const blocked = '**/simulation.worker*';
    const browser = await launch();
    try {
      const { page } = browser;
      await page.route(blocked, (route) => route.abort());
      await page.goto(baseUrl, { waitUntil: 'load' });
      const notice = page.getByTestId('fault-notice');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.innerText()).toContain('The simulation could not start');
      await page.unroute(blocked);
      await page.getByTestId('restart-simulation').click();
      await notice.waitFor({ state: 'detached' });
      await settled(page);
      expect(await plays(page)).toBe(true);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the scenario kept for the next visit', () => {
  it('comes back without a link, and damaged data is set aside with a notice and the defaults', async () => {
    // another audience and A pinned, by a link (the page keeps a link's scenario too); then a lever
    const page = await pages.open('?v=1&seed=7&a=');
    const defaults = await budget(page);
    await page.getByTestId(BUDGET).focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    const before = { budget: await budget(page), csv: await exported(page) };
    expect(before.budget).not.toBe(defaults);

    // the address without a link (a link would win: src/store/saved-state.test.ts): the saved
    // scenario, the comparison included
    await page.goto(baseUrl, { waitUntil: 'load' });
    await settled(page);
    expect(await budget(page)).toBe(before.budget);
    expect(await page.getByTestId('seed').inputValue()).toBe('7');
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    expect(await exported(page)).toBe(before.csv);
    expect(await page.getByTestId('restore-notice').count()).toBe(0);

    // damaged data (a record cut short): set aside as it was, the defaults, a notice, no error
    const damaged = '{"format":"smm-loop/scenario","version":1,"link":"?v=1&ads.dailyBudget=';
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SCENARIO_KEY, damaged]);
    await page.goto(baseUrl, { waitUntil: 'load' });
    const restore = page.getByTestId('restore-notice');
    await restore.waitFor({ state: 'visible' });
    expect(await restore.getAttribute('role')).toBe('alert');
    expect(await restore.innerText()).toContain('could not be restored');
    await settled(page);
    expect(await budget(page)).toBe(defaults);
    expect(await page.getByTestId('seed').inputValue()).toBe('1');
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:set-aside`), SCENARIO_KEY)).toBe(
      damaged,
    );
    expect(await plays(page)).toBe(true);
  });
});
