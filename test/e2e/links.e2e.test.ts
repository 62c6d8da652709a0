/**
 * End-to-end: bad links. Links cut short, edited by hand, of a later version, encoded twice, with
 * an entry given twice, or of 100 KB open the page with the defaults or the link's valid part: it
 * plays, and a notice in the page's language names what was set aside. The 100 KB link is opened
 * on the single-file page from file://, as a web server refuses an address that long before the
 * page could read it (vite preview at 16 KB, many servers at 8 KB).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SINGLE_FILE } from '../../vite.config';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');
const BUDGET = 'param-ads.dailyBudget';

let browser: Browser;
let page: Page;
let folder: string;

beforeAll(async () => {
  browser = await launch();
  page = browser.page;
  folder = await mkdtemp(path.join(os.tmpdir(), 'smm-links-'));
  await copyFile(path.join(inject('distDir'), SINGLE_FILE), path.join(folder, SINGLE_FILE));
});

afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
  expect(browser.pageErrors, 'uncaught errors in the page').toEqual([]);
});

const dayNumber = async () => Number(/\d+/.exec((await page.getByTestId('day').textContent())!)![0]);

/** Opens `url` (a query string on the built site, or a whole URL), and checks that the page plays. */
async function opens(url: string): Promise<void> {
  await page.goto(url.startsWith('?') ? new URL(url, baseUrl).href : url, { waitUntil: 'load' });
  await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  await page.getByTestId('agents').waitFor({ state: 'visible' });
  const before = await dayNumber();
  await page.getByTestId('play').click();
  await expect.poll(dayNumber, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.getByTestId('play').click();
}

const notice = async () => (await page.locator('.notice').textContent())?.replace(/\s+/g, ' ').trim();
const budget = () => page.getByTestId(BUDGET).getAttribute('aria-valuenow');

describe('a bad link opens the page, its valid part applied, and says what it set aside', () => {
  it('cut short: the entry cut is named, the rest applies', async () => {
    await opens('?v=1&ads.dailyBudget=20&seed=3&change=90:feedback.answ');
    expect(await budget()).toBe('20');
    expect(await notice()).toBe('Not applied from the link: change=90:feedback.answ (cannot be read) ×');
  });

  it('edited by hand: the entries spoilt are named, the rest applies', async () => {
    await opens('?v=1&ads.dailyBudget=20&sead=3&ads.cpm=5O');
    expect(await budget()).toBe('20');
    expect(await notice()).toBe(
      'Not applied from the link: sead (an unknown setting; did you mean seed?); ads.cpm=5O (a number from 0.01 to 10,000 is needed) ×',
    );
  });

  it('of a later version, in Russian: read as version 1, and said in Russian', async () => {
    await opens('?v=99&lang=ru&ads.dailyBudget=20');
    expect(await budget()).toBe('20');
    expect(await notice()).toBe(
      'Не удалось применить из ссылки: v=99 (страница понимает ссылки версии 1; остальное прочитано по её правилам) ×',
    );
  });

  it('encoded twice: read decoded, and said so', async () => {
    await opens(`?${encodeURIComponent(encodeURIComponent('v=1&ads.dailyBudget=20&seed=3'))}`);
    expect(await budget()).toBe('20');
    expect(await notice()).toMatch(
      /^Not applied from the link: v%.* \(the link was encoded twice; it was read decoded once more\) ×$/,
    );
  });

  it('with an entry given twice: the last is used, and the other named', async () => {
    await opens('?v=1&ads.dailyBudget=20&ads.dailyBudget=30');
    expect(await budget()).toBe('30');
    expect(await notice()).toBe(
      'Not applied from the link: ads.dailyBudget=20 (given more than once; ads.dailyBudget=30 is used) ×',
    );
  });

  it(`of 100 KB, on ${SINGLE_FILE} from file://: refused whole, the defaults open, and the length is said`, async () => {
    const file = pathToFileURL(path.join(folder, SINGLE_FILE)).href;
    await opens(`${file}?v=1&lang=ru&ads.dailyBudget=20&${'x'.repeat(100 * 1024)}`);
    expect(await budget()).toBe('15');
    expect(await notice()).toBe(
      'Not applied from the link: the whole link (102,431 characters; links of at most 65,536 are read) ×',
    );
  });
});
