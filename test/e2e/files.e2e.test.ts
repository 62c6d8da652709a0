/**
 * End-to-end: taking a run home in the built app. The scenario file the page saves runs unchanged
 * in the CLI and gives the page's CSV byte for byte; a file of simulations/ opened in the page
 * gives the CLI's CSV; the copied command gives the page's CSV; a bad file, picked or dropped,
 * leaves the run playing and says what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/serve-dist';
import { severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl, { width: 1280, height: 800 });
const openReady = pages.open;

/** The CLI's output for its arguments (after `npm run -s simulate --`). */
function cli(...args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Clicks `testid` and reads the download it starts: its suggested name and its text. */
async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const file = (await download.path())!;
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8'), file };
}

/** The page's Export CSV once the run on screen has `days` days and nothing is being computed. */
async function exportedRun(page: Page, days: number): Promise<{ name: string; text: string }> {
  let last = { name: '', text: '' };
  await expect
    .poll(
      async () => {
        if (await page.locator('.playback-computing').count()) return -1;
        last = await downloaded(page, 'export');
        return last.text.trimEnd().split('\n').length - 1;
      },
      { timeout: 20_000 },
    )
    .toBe(days);
  return last;
}

async function openMenu(page: Page): Promise<void> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

afterEach(() => pages.close());

describe('scenario files and exports', () => {
  it('saves a scenario file beside the CSV, with the same base name, that the CLI runs to the same CSV bytes', async () => {
    const page = await openReady('?seed=5&days=60');
    const csv = await exportedRun(page, 60);
    expect(csv.name).toMatch(/^smm-loop-default-seed5-60d-[0-9a-f]{6}\.csv$/);
    await openMenu(page);
    const saved = await downloaded(page, 'save-scenario');
    expect(saved.name).toBe(csv.name.replace(/\.csv$/, '.json'));
    expect(JSON.parse(saved.text)).toMatchObject({
      version: 2,
      seed: 5,
      days: 60,
      name: 'Default strategy (modified)',
    });
    expect(cli(saved.file)).toBe(csv.text);
  });

  it('opens a file of simulations/ by the file picker and gives the CLI’s CSV', async () => {
    const page = await openReady();
    await exportedRun(page, 180);
    await openMenu(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('open-scenario').click(),
    ]);
    const file = path.join(ROOT, 'simulations', 'answer-from-day-90.json');
    await chooser.setFiles(file);
    const csv = await exportedRun(page, 365);
    expect(csv.name).toMatch(/^smm-loop-answer-from-day-90-seed1-365d-[0-9a-f]{6}\.csv$/);
    expect(csv.text).toBe(cli(file));
  });

  it('copies a command that gives the page’s CSV, after an edit during the run', async () => {
    const page = await openReady('?seed=3&days=50');
    await exportedRun(page, 50);
    // an edit on day 3: a change of strategy during the run
    for (let k = 0; k < 3; k++) await page.getByTestId('step').click();
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill('40');
    await field.press('Enter');
    const csv = await exportedRun(page, 50);
    await openMenu(page);
    await page.getByTestId('copy-command').click();
    const command = (await page.getByTestId('cli-command').textContent())!;
    expect(command).toBe(
      'npm run -s simulate -- simulations/default.json --seed 3 --days 50 --change 3:ads.dailyBudget=40',
    );
    expect(cli(...command.split(' ').slice(5))).toBe(csv.text);
  });

  it('leaves the run playing and says what is wrong with a bad file, picked or dropped, every problem at once', async () => {
    const page = await openReady();
    const before = await exportedRun(page, 180);
    await page.getByTestId('play').click();
    const dayNow = async () =>
      Number((await page.getByTestId('day').textContent())!.replace(/\D+/g, ' ').trim().split(' ')[0]);
    await openMenu(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('open-scenario').click(),
    ]);
    await chooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ nope'),
    });
    const notice = page.locator('.notice');
    await expect
      .poll(() => notice.textContent())
      .toMatch(
        /Could not open “broken\.json”, the run on screen stays: \(file\): line 1, column 3: expected a field name/,
      );
    // dropped anywhere on the page: a file with many wrong fields, each named on a line of its own
    const drop = (name: string) =>
      page.evaluate((name) => {
        const data = new DataTransfer();
        const text = JSON.stringify({
          version: 2,
          name: 'x',
          seed: '1',
          days: 0,
          parameters: { 'ads.budget': 20, 'ads.ctr': 2 },
        });
        data.items.add(new File([text], name, { type: 'application/json' }));
        document
          .querySelector('main')!
          .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, name);
    await drop('wrong.json');
    await expect
      .poll(() => notice.innerText())
      .toBe(
        [
          'Could not open “wrong.json”, the run on screen stays. What is wrong:',
          '• description: missing; a text in double quotes',
          '• seed: must be a whole number from 0 to 4294967295, written without quotes; got the text "1" (write 1)',
          '• days: must be a whole number from 1 to 3650, got 0',
          '• parameters.ads.budget: unknown; did you mean ads.dailyBudget?',
          '• parameters.ads.ctr: must be a number from 0 to 1 (share), got 2 ×',
        ].join('\n'),
      );
    // in Russian, the fields as in the file
    await page.getByTestId('lang').click();
    await drop('wrong.json');
    await expect
      .poll(() => notice.innerText())
      .toMatch(
        /^Не удалось открыть «wrong\.json», на экране остаётся прежний прогон\. Что не так:\n• description: поле отсутствует/,
      );
    expect((await notice.innerText()).split('\n')).toHaveLength(6);
    // the run on screen is the one before, still playing
    const shown = await dayNow();
    await expect.poll(dayNow).toBeGreaterThan(shown);
    await page.getByTestId('lang').click();
    expect((await exportedRun(page, 180)).text).toBe(before.text);
  });

  it('saves the loop and each chart as PNG and as SVG, with inline styles', async () => {
    const page = await openReady('?seed=2&days=40');
    const csv = await exportedRun(page, 40);
    const base = csv.name.replace(/\.csv$/, '');
    await openMenu(page);
    expect(await severeViolations(page), 'axe, the menu open').toEqual([]);
    const loopSvg = await downloaded(page, 'svg-loop');
    expect(loopSvg.name).toBe(`${base}-loop.svg`);
    expect(loopSvg.text).toMatch(/^<\?xml[^]*<svg[^]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(loopSvg.text).toMatch(/style="[^"]*fill:/);
    expect(loopSvg.text).toContain('<image');
    expect(loopSvg.text).not.toContain('class=');
    const loopPng = await downloaded(page, 'png-loop');
    expect(loopPng.name).toBe(`${base}-loop.png`);
    const bytes = await readFile(loopPng.file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // width in pixels
    const chart = page.locator('[data-testid^="png-chart-1-"]');
    const id = (await chart.getAttribute('data-testid'))!.slice('png-'.length);
    const chartPng = await downloaded(page, `png-${id}`);
    expect(chartPng.name).toBe(`${base}-${id}.png`);
    // kept to look at: test-results/pictures/
    const pictures = path.join(ROOT, 'test-results', 'pictures');
    await mkdir(pictures, { recursive: true });
    await copyFile(loopPng.file, path.join(pictures, 'loop.png'));
    await copyFile(chartPng.file, path.join(pictures, 'chart.png'));
    const chartSvg = await downloaded(page, `svg-${id}`);
    expect(chartSvg.text).toMatch(/<path[^>]*style="[^"]*stroke:/);
  });

  it('prints a one-page summary: strategy, seed, horizon, key figures, charts and the comparison, no controls (screenshot print-summary.png)', async () => {
    const page = await openReady('?seed=4&days=60');
    await exportedRun(page, 60);
    await page.getByTestId('pin-baseline').click();
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill('30');
    await field.press('Enter');
    await exportedRun(page, 60);
    await openMenu(page);
    await page.getByTestId('print-summary').click();
    const layout = page.getByTestId('print-layout');
    await layout.waitFor({ state: 'visible' });
    expect(await severeViolations(page), 'axe, the summary open').toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // no control of the page, nor of the summary, on paper
    for (const id of ['play', 'export', 'export-menu', 'scenario', 'seed', 'print-now', 'print-close'])
      expect(await page.getByTestId(id).isVisible(), id).toBe(false);
    await expect.poll(() => page.getByTestId('print-seed').textContent()).toBe('4');
    expect(await page.getByTestId('print-days').textContent()).toMatch(/60/);
    expect(await page.getByTestId('print-settings').textContent()).toMatch(/Daily ad budget|budget/i);
    const figures = page.locator('[data-testid="print-figures"] [data-figure]');
    expect(await figures.count()).toBe(9);
    expect(await figures.locator('dd').allTextContents()).not.toContain('…');
    expect(await page.locator('[data-testid="print-pictures"] img').count()).toBeGreaterThanOrEqual(3);
    expect(await layout.locator('.print-summary-comparison table').isVisible()).toBe(true);
    expect(await page.getByTestId('print-command').textContent()).toMatch(/--set ads\.dailyBudget=30/);
    const shots = path.join(ROOT, 'test-results', 'screenshots');
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'print-summary.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('print-close').click();
    expect(await layout.count()).toBe(0);
  });
});
