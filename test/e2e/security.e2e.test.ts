/**
 * End-to-end: nothing runs that should not. The built page carries its Content-Security-Policy
 * (no inline script, no eval) and reports no violation of it while it plays, compares, saves
 * pictures, prints its summary, shows the QR code of a link, sweeps a parameter and follows a
 * buyer; the single-file page, opened from file:// under its own policy (its script and style by
 * hash), neither. A scenario named and described with markup, opened from a file, shows its words
 * as text, and no dialog opens; nor from a link, which cannot carry a name but can name anything.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SINGLE_FILE } from '../../vite.config';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');
const MARKUP = '<img src=x onerror=alert(1)>';

let browser: Browser | undefined;
let folder: string | undefined;

/** What the page saw go wrong: policy violations, CSP console messages, dialogs, uncaught errors. */
interface Watched {
  page: Page;
  violations: () => Promise<string[]>;
  cspMessages: string[];
  dialogs: string[];
}

/**
 * A fresh browser on `url`, collecting every `securitypolicyviolation` event (from the first
 * script on, through an init script), every console message about the policy, and every dialog.
 */
async function watch(url: string): Promise<Watched> {
  browser = await launch();
  const { page } = browser;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const cspMessages: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) cspMessages.push(`${m.type()}: ${m.text()}`);
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  return {
    page,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    cspMessages,
    dialogs,
  };
}

/** The policy the page is under, from its <meta>. */
const policyOf = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  );

const dayNumber = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId('day').textContent())!)![0]);

/** Plays until the day has moved, then pauses. */
async function plays(page: Page): Promise<void> {
  const before = await dayNumber(page);
  await page.getByTestId('play').click();
  await expect.poll(() => dayNumber(page), { timeout: 10_000 }).toBeGreaterThan(before);
  await page.getByTestId('play').click();
}

async function openMenu(page: Page): Promise<void> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

/** Clicks `testid` and waits for the download it starts. */
async function downloads(page: Page, testid: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return download.suggestedFilename();
}

/** The share dialog's QR code shows, an image of a data: URL; Escape closes the dialog. */
async function showsQrCode(page: Page): Promise<void> {
  await page.getByTestId('share').click();
  await page.getByTestId('share-qr').waitFor({ state: 'visible' });
  expect(await page.getByTestId('share-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await page.keyboard.press('Escape');
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
}

/**
 * The policy is in force and the watch sees it: an inline script and an inline event handler
 * planted in the page are blocked and reported. Returns the violations they caused.
 */
async function plantedIsBlocked(w: Watched): Promise<void> {
  const before = (await w.violations()).length;
  const ran = await w.page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.plantedRan = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.plantedRan = true');
    image.src = 'data:,';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 200));
    script.remove();
    image.remove();
    return (window as unknown as { plantedRan?: boolean }).plantedRan === true;
  });
  expect(ran, 'a planted inline script ran').toBe(false);
  await expect.poll(async () => (await w.violations()).length - before).toBe(2);
}

afterEach(async () => {
  const errors = browser?.pageErrors ?? [];
  await browser?.close();
  browser = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

describe('Content-Security-Policy', () => {
  it('the built page: no inline script, no eval, and no violation while it is used', async () => {
    const w = await watch(baseUrl);
    const { page } = w;
    const policy = await policyOf(page);
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toContain("object-src 'none'");
    // no inline script or eval; inline style attributes only (the pictures' computed styles)
    expect(policy.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe|\*/);

    await plays(page);
    // compare: A pinned, B with another budget
    await page.getByTestId('pin-baseline').click();
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    const budget = page.getByTestId('param-ads.dailyBudget');
    await budget.focus();
    await budget.press('ArrowRight');
    await expect.poll(() => page.locator('.playback-computing').count(), { timeout: 20_000 }).toBe(0);
    // pictures and the print summary
    await openMenu(page);
    expect(await downloads(page, 'svg-loop')).toMatch(/\.svg$/);
    expect(await downloads(page, 'png-loop')).toMatch(/\.png$/);
    await page.getByTestId('print-summary').click();
    await page.getByTestId('print-layout').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-testid="print-pictures"] img').count()).toBeGreaterThan(0);
    await page.getByTestId('print-close').click();
    // the link's QR code
    await showsQrCode(page);
    // a sweep on the pool of workers, stopped once it has begun
    const section = page.getByTestId('sensitivity');
    await section.locator('summary').click();
    await page.getByTestId('run-sweep').click();
    await expect
      .poll(async () => Number(await page.getByTestId('sweep-progress').getAttribute('value')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.getByTestId('cancel-sweep').click();
    // one buyer followed
    await page.getByTestId('timeline').fill('90');
    await page.getByRole('button', { name: 'Follow a random buyer' }).click();
    await page
      .getByTestId('journey-timeline')
      .locator('li[data-purchase]')
      .first()
      .waitFor({ state: 'attached' });

    expect(await w.violations()).toEqual([]);
    expect(w.cspMessages).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await plantedIsBlocked(w);
  }, 90_000);

  it(`dist/${SINGLE_FILE} from file://: its script and style by hash, and no violation while it is used`, async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'smm-csp-'));
    const file = path.join(folder, SINGLE_FILE);
    await copyFile(path.join(inject('distDir'), SINGLE_FILE), file);
    const w = await watch(pathToFileURL(file).href);
    const { page } = w;
    const policy = await policyOf(page);
    expect(policy).toMatch(/(^|; )script-src 'sha256-[A-Za-z0-9+/]+={0,2}'(;|$)/);
    expect(policy).toContain("default-src 'none'");
    expect(policy.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe|\*/);

    await plays(page);
    await showsQrCode(page);
    await openMenu(page);
    expect(await downloads(page, 'png-loop')).toMatch(/\.png$/);
    expect(await downloads(page, 'svg-loop')).toMatch(/\.svg$/);

    expect(await w.violations()).toEqual([]);
    expect(w.cspMessages).toEqual([]);
    await plantedIsBlocked(w);
  }, 60_000);
});

describe('names are text, never markup', () => {
  it('a scenario file named and described with markup shows it as text; no dialog opens', async () => {
    const w = await watch(baseUrl);
    const { page } = w;
    await openMenu(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('open-scenario').click(),
    ]);
    const scenario = {
      version: 2,
      name: MARKUP,
      description: `<script>alert(2)</script><b onmouseover=alert(3)>bold</b>`,
      ru: { name: `${MARKUP} ru`, description: '<svg onload=alert(4)>' },
      seed: 2,
      days: 30,
      parameters: { 'ads.dailyBudget': 25 },
    };
    await chooser.setFiles({
      name: `${MARKUP}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await expect
      .poll(() => page.getByTestId('param-ads.dailyBudget').getAttribute('aria-valuenow'))
      .toBe('25');
    // the print summary names the strategy and describes it: the words as written
    await openMenu(page);
    await page.getByTestId('print-summary').click();
    const layout = page.getByTestId('print-layout');
    await layout.waitFor({ state: 'visible' });
    await expect.poll(() => layout.textContent()).toContain(MARKUP);
    expect(await layout.textContent()).toContain('<script>alert(2)</script><b onmouseover=alert(3)>bold</b>');
    await page.getByTestId('print-close').click();
    // and in Russian
    await page.getByTestId('lang').click();
    await openMenu(page);
    await page.getByTestId('print-summary').click();
    await expect.poll(() => layout.textContent()).toContain(`${MARKUP} ru`);
    expect(await layout.textContent()).toContain('<svg onload=alert(4)>');
    await page.getByTestId('print-close').click();
    // a bad file of that name: its name in the notice, as text
    await openMenu(page);
    const [again] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('open-scenario').click(),
    ]);
    await again.setFiles({ name: `${MARKUP}.json`, mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect.poll(() => page.locator('.notice').textContent()).toContain(`${MARKUP}.json`);

    expect(await page.locator('img[src="x"], script:not([src]), svg[onload], b[onmouseover]').count()).toBe(
      0,
    );
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(await w.violations()).toEqual([]);
  }, 60_000);

  it('a link cannot carry a name; what it names instead shows as text in the notice, and no dialog opens', async () => {
    const link = `?v=1&preset=${encodeURIComponent(MARKUP)}&${encodeURIComponent(MARKUP)}=1&lesson=${encodeURIComponent('<svg onload=alert(2)>')}`;
    const w = await watch(new URL(link, baseUrl).href);
    const { page } = w;
    const notice = (await page.locator('.notice').textContent())!;
    expect(notice).toContain(`preset=${MARKUP} (no such scenario)`);
    expect(notice).toContain(`${MARKUP} (an unknown setting)`);
    expect(notice).toContain('lesson=<svg onload=alert(2)> (no such lesson)');
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(await w.violations()).toEqual([]);
  });
});
