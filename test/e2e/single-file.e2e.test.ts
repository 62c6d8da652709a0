/**
 * End-to-end: the self-contained page that `npm run build` writes to dist/smm-loop.html, opened
 * from file:// on its own (copied alone into an empty folder, as from a USB stick or an e-mail
 * attachment), in headless Chromium: the simulation runs in its inlined worker.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SINGLE_FILE } from '../../vite.config';
import { launch, type Browser } from './browser';

const BUDGET = 'param-ads.dailyBudget';
const KPIS = ['buyers', 'retention', 'conversionRate', 'cac', 'romi'];

let browser: Browser | undefined;
let folder: string;
let page: Page;
/** Every URL the page asked for. */
const requests: string[] = [];

async function day(): Promise<number> {
  const text = (await page.getByTestId('day').textContent()) ?? '';
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`no day number in ${JSON.stringify(text)}`);
  return Number(match[0]);
}

const kpis = async () => {
  const values = [];
  for (const id of KPIS) values.push(await page.getByTestId(`kpi-${id}`).textContent());
  return values.join(' | ');
};

const canvasSnapshot = () =>
  page.getByTestId('agents').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'smm-single-'));
  const file = path.join(folder, SINGLE_FILE);
  await copyFile(path.join(inject('distDir'), SINGLE_FILE), file);
  browser = await launch();
  page = browser.page;
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

describe(`dist/${SINGLE_FILE} from file://`, () => {
  it('is one file of at most 500 KB gzipped', async () => {
    const html = await readFile(path.join(inject('distDir'), SINGLE_FILE));
    expect(gzipSync(html).length).toBeLessThanOrEqual(500 * 1024);
  });

  it('plays: the day advances, the dots move, the budget changes a key figure, no console error', async () => {
    await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
    await page.getByTestId('agents').waitFor({ state: 'visible' });
    const before = await day();
    await page.getByTestId('play').click();
    await expect.poll(day, { timeout: 8_000 }).toBeGreaterThan(before);
    // Some days in, where the budget has had time to matter (on day 0 every run looks alike).
    await expect.poll(day, { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    const first = await canvasSnapshot();
    await page.waitForTimeout(500);
    expect(await canvasSnapshot(), 'two canvas snapshots 500 ms apart are identical').not.toBe(first);
    await page.getByTestId('play').click();

    const group = page.locator('details', { has: page.getByTestId(BUDGET) }).last();
    if ((await group.count()) > 0 && !(await group.evaluate((d: HTMLDetailsElement) => d.open)))
      await group.locator('> summary').click();
    const kpisBefore = await kpis();
    const slider = page.getByTestId(BUDGET);
    await slider.focus();
    await slider.press('End');
    await expect.poll(kpis, { timeout: 10_000 }).not.toBe(kpisBefore);

    expect(browser!.consoleErrors, 'console errors').toEqual([]);
    expect(browser!.pageErrors, 'page errors').toEqual([]);
  });

  it('loads nothing but itself: its script, styles, icon and worker are inline', () => {
    const outside = requests.filter((url) => !/^(data|blob):/.test(url) && !url.endsWith(`/${SINGLE_FILE}`));
    expect(outside).toEqual([]);
  });
});
