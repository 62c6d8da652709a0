/**
 * End-to-end, the page's two languages: each page, as rendered, says nothing in the other language
 * (its visible text, its titles and its ARIA labels); switching in the middle of a run keeps the
 * day and the run's numbers; the browser's language picks the language to start in, the choice
 * made on the page is remembered for the next visit, and a corrupted stored choice is ignored;
 * money is in the scenario's one currency in both languages.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');
const LANG_KEY = 'smm-loop.lang';

let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(query = '', locale?: string): Promise<Page> {
  browser = await launch(undefined, locale ? { locale } : {});
  const response = await browser.page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await ready(browser.page);
  return browser.page;
}

/** Waits until the app shows a day number. */
async function ready(page: Page): Promise<void> {
  await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
}

/** Steps the run `n` days with the step button, until the key figures show the run's numbers. */
async function step(page: Page, n: number): Promise<void> {
  for (let k = 0; k < n; k++) await page.getByTestId('step').click();
  await page.getByTestId('kpi-buyers').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
}

/**
 * Everything the page says in its own language: the visible text (with every group, the glossary
 * and the comparison open), the document's title, and every title and aria-label attribute. Left
 * out: what is marked as another language (the switch names the other language in it), and code
 * (a parameter's name in links and files is an identifier, not prose).
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const foreign = (el: Element) => {
      const marked = el.closest('[lang]');
      return (marked !== null && marked.getAttribute('lang') !== lang) || el.closest('code') !== null;
    };
    let text = document.body.innerText;
    for (const el of document.body.querySelectorAll('[lang], code'))
      if (foreign(el)) text = text.replace((el as HTMLElement).innerText, ' ');
    const attributes = [...document.querySelectorAll('[title], [aria-label]')]
      .filter((el) => !foreign(el))
      .flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '']);
    return [document.title, text, ...attributes].join('\n');
  });
}

/** Opens every closed group of the page, so that its text is rendered. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/**
 * Latin words a Russian page may show, each for a reason: the abbreviations of the key figures
 * and of CSV and QR (Russian writes them in Latin: «QR-код»), the platforms' own names, the page's
 * own name (SMM Loop), the runs' letters A to D, and the names of keyboard keys as the keys are labelled.
 */
const LATIN_ALLOWED = new Set([
  ...['SMM', 'Loop', 'ROMI', 'CAC', 'LTV', 'CPM', 'CTR', 'CSV', 'QR'],
  ...['Facebook', 'Instagram', 'TikTok', 'LinkedIn', 'VK', 'Telegram'],
  ...['A', 'B', 'C', 'D'],
  ...['Page', 'Up', 'Down'],
  // the exponential's e in the formulas of the memory's and the loyalty's help
  'e',
]);

/** Shows the page at its fullest: a few days run, A pinned and compared, every group open. */
async function showEverything(page: Page): Promise<void> {
  await step(page, 12);
  await page.getByTestId('pin-baseline').click();
  await page.getByTestId('compare-table').waitFor({ state: 'visible' });
  await openEverything(page);
}

describe('each language on its own', () => {
  it('the Russian page uses no Latin word but the short list of names and abbreviations', async () => {
    const page = await open('?lang=ru');
    await showEverything(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const text = await pageText(page);
    expect(text).toMatch(/Ключевые показатели/);
    const latin = [...new Set(text.match(/[A-Za-z]+/g) ?? [])].filter((w) => !LATIN_ALLOWED.has(w));
    expect(latin).toEqual([]);
    expect(browser!.pageErrors).toEqual([]);
  });

  it('the English page has no Cyrillic', async () => {
    const page = await open('?lang=en');
    await showEverything(page);
    const text = await pageText(page);
    expect(text).toMatch(/Key figures/);
    const cyrillic = text.split('\n').filter((line) => /[\u0400-\u04ff]/.test(line));
    expect(cyrillic).toEqual([]);
  });
});

/** The key figures' digits, so that the same numbers compare equal in either language's format. */
async function figures(page: Page): Promise<string[]> {
  const ids = ['buyers', 'retention', 'conversionRate', 'cac', 'romi', 'romiWithEquity', 'ltvToCac'];
  return Promise.all(
    ids.map(async (id) => ((await page.getByTestId(`kpi-${id}`).textContent()) ?? '').replace(/\D/g, '')),
  );
}

describe('switching language', () => {
  it('keeps the day and the run’s numbers, and back again', async () => {
    const page = await open('?seed=4&lang=en');
    await step(page, 25);
    const day = await page.getByTestId('day').textContent();
    const before = await figures(page);
    expect(before[0]).not.toBe('');
    await page.getByTestId('lang').click();
    await page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    expect((await page.getByTestId('day').textContent())?.match(/\d+/)?.[0]).toBe(day?.match(/\d+/)?.[0]);
    expect(await figures(page)).toEqual(before);
    expect(page.url()).toContain('lang=ru');
    await page.getByTestId('lang').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('day').textContent()).toBe(day);
    expect(await figures(page)).toEqual(before);
  });
});

describe('the language to start in', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
  ])('a browser in %s starts the page in %s', async (locale, lang) => {
    const page = await open('', locale);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByTestId('kpi-buyers').isVisible()).toBe(true);
  });

  it('a link’s language wins over the browser’s', async () => {
    const page = await open('?lang=en', 'ru-RU');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('remembers the choice after a reload and on the next visit, without a language in the link', async () => {
    const page = await open('', 'en-US');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('lang').click();
    await page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    // a visit by a link that names no language starts in the language chosen last
    await page.goto(baseUrl, { waitUntil: 'load' });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.evaluate((key) => localStorage.getItem(key), LANG_KEY)).toBe('ru');
    // and back to English is remembered too, though the English link carries no language
    await page.getByTestId('lang').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.goto(baseUrl, { waitUntil: 'load' });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('ignores a corrupted stored choice: the browser’s language, and no error', async () => {
    const page = await open('', 'ru-RU');
    await page.evaluate((key) => localStorage.setItem(key, '{"lang":'), LANG_KEY);
    await page.goto(baseUrl, { waitUntil: 'load' });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(browser!.pageErrors).toEqual([]);
    expect(browser!.consoleErrors).toEqual([]);
  });
});

describe('money in the scenario’s currency', () => {
  it.each(['en', 'ru'])('dollars stay dollars in %s: "$", never "₽"', async (lang) => {
    const page = await open(`?lang=${lang}`);
    await step(page, 30);
    await openEverything(page);
    expect(await page.getByTestId('kpi-cac').textContent()).toContain('$');
    const text = await pageText(page);
    // no amount relabelled as roubles (the presets in roubles may be named in the scenario list)
    expect(text.split('\n').filter((line) => /₽|ден\. ед/.test(line))).toEqual([]);
  });

  it.each(['en', 'ru'])('a scenario in roubles shows "₽" in %s, never "$"', async (lang) => {
    const page = await open(`?preset=ru-small-business&lang=${lang}`);
    await step(page, 60);
    await openEverything(page);
    expect(await page.getByTestId('kpi-cac').textContent()).toContain('₽');
    expect(await page.getByTestId('value-product.price').textContent()).toMatch(/3[\s,\u00a0\u202f]?700/);
    const text = await pageText(page);
    expect(text).toContain('₽');
    expect(text.split('\n').filter((line) => line.includes('$'))).toEqual([]);
    // the link keeps the currency once the page rewrites it (here, on a switch of language)
    await page.getByTestId('lang').click();
    await expect.poll(() => page.url()).toContain('currency=RUB');
    expect(await page.getByTestId('kpi-cac').textContent()).toContain('₽');
  });
});
