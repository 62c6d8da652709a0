/**
 * End-to-end: the production build, served by `vite preview`, in headless Chromium.
 * Catches what jsdom cannot: bundling mistakes, workers, canvas drawing, real keyboard on sliders.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { injectAxe, launch, SCREENSHOT_DIR, type Browser, type Viewport } from './browser';

const baseUrl = inject('baseUrl');
const BUDGET = 'param-ads.dailyBudget';

let browser: Browser | undefined;

async function open(query = '', viewport?: Viewport): Promise<Page> {
  browser = await launch(viewport);
  const response = await browser.page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return browser.page;
}

/** The current day: the first integer in data-testid="day" ("Day 42 / 180" → 42). */
async function day(page: Page): Promise<number> {
  const text = (await page.getByTestId('day').textContent()) ?? '';
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`no day number in ${JSON.stringify(text)}`);
  return Number(match[0]);
}

/** Wait until the app shows a day number (the simulation is loaded). */
async function ready(page: Page): Promise<void> {
  await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
}

/** Press play unless the button already says it is playing (aria-pressed="true"). */
async function play(page: Page): Promise<void> {
  const button = page.getByTestId('play');
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

/** Open the collapsed <details> group holding a control, as a user would, by its summary. */
async function reveal(page: Page, testId: string): Promise<void> {
  const group = page.locator('details', { has: page.getByTestId(testId) }).last();
  if ((await group.count()) > 0 && !(await group.evaluate((d: HTMLDetailsElement) => d.open)))
    await group.locator('> summary').click();
  await page.getByTestId(testId).waitFor({ state: 'visible' });
}

/** A range input's real value: aria-valuenow if present, else its value. */
function sliderValue(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .evaluate((el: HTMLInputElement) => Number(el.getAttribute('aria-valuenow') ?? el.value));
}

const KPIS = ['buyers', 'retention', 'conversionRate', 'cac', 'romi'];

/** All five KPI values as one string, e.g. "1,234 | 41 % | 2.1 % | $12.30 | 1.8". */
const kpis = async (page: Page) => {
  const values = [];
  for (const id of KPIS) values.push(await page.getByTestId(`kpi-${id}`).textContent());
  return values.join(' | ');
};

/** The KPIs once two readings 300 ms apart agree (a run may still be computing). */
async function settledKpis(page: Page): Promise<string> {
  let previous = await kpis(page);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(300);
    const now = await kpis(page);
    if (now === previous) return now;
    previous = now;
  }
  throw new Error(`KPIs never settled; last: ${previous}`);
}

const canvasSnapshot = (page: Page) =>
  page.getByTestId('agents').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

afterEach(async () => {
  const errors = browser?.pageErrors ?? [];
  await browser?.close();
  browser = undefined;
  // Every test: no uncaught exception in the page.
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

describe('the built app', () => {
  it('is served and React renders into #root', async () => {
    const page = await open();
    await expect.poll(() => page.title()).toBe('SMM Loop');
    await page.locator('#root > *').first().waitFor({ state: 'attached' });
  });

  it('loads without console or page errors and shows the loop', async () => {
    const page = await open();
    await page.getByTestId('agents').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('svg').count()).toBeGreaterThan(0);
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect(browser!.consoleErrors, 'console errors').toEqual([]);
    expect(browser!.pageErrors, 'page errors').toEqual([]);
  });

  it('pressing play advances the day', async () => {
    const page = await open();
    await ready(page);
    const before = await day(page);
    await play(page);
    await expect.poll(() => day(page), { timeout: 8_000 }).toBeGreaterThan(before);
  });

  it('the dots move while playing', async () => {
    const page = await open();
    await page.getByTestId('agents').waitFor({ state: 'visible' });
    await ready(page);
    const before = await day(page);
    await play(page);
    await expect.poll(() => day(page), { timeout: 8_000 }).toBeGreaterThan(before);
    const first = await canvasSnapshot(page);
    await page.waitForTimeout(500);
    const second = await canvasSnapshot(page);
    expect(second === first, 'two canvas snapshots 500 ms apart are identical').toBe(false);
  });

  it('moving the budget slider by keyboard changes a KPI', async () => {
    const page = await open();
    await ready(page);
    // Some days in, where the budget has had time to matter (on day 0 every run looks alike).
    const step = page.getByTestId('step');
    for (let i = 0; i < 10; i++) await step.click();
    await expect.poll(() => day(page)).toBeGreaterThanOrEqual(10);
    const slider = page.getByTestId(BUDGET);
    await reveal(page, BUDGET);
    const valueBefore = await sliderValue(page, BUDGET);
    const kpisBefore = await settledKpis(page);
    await slider.focus();
    await slider.press('End');
    await expect.poll(() => sliderValue(page, BUDGET)).toBeGreaterThan(valueBefore);
    await expect.poll(() => kpis(page), { timeout: 10_000 }).not.toBe(kpisBefore);
  });

  it('the step button steps exactly one day per Enter or Space', async () => {
    const page = await open();
    await ready(page);
    const before = await day(page);
    const step = page.getByTestId('step');
    await step.focus();
    await step.press('Enter');
    await expect.poll(() => day(page)).toBe(before + 1);
    await step.press('Space');
    await expect.poll(() => day(page)).toBe(before + 2);
  });

  it('applies parameters from the query string', async () => {
    const page = await open('?ads.dailyBudget=200&seed=3');
    await ready(page);
    await expect.poll(() => sliderValue(page, BUDGET)).toBe(200);
  });

  it('reads out the values under the pointer on a chart', async () => {
    const page = await open();
    await ready(page);
    const chart = page.locator('.charts-canvas').first();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const readout = page.getByTestId('chart-readout').first();
    await expect.poll(() => readout.textContent()).toMatch(/^Day \d+: purchases \d+, new customers \d+$/);
    const day = Number(/^Day (\d+)/.exec((await readout.textContent())!)![1]);
    expect(day).toBeGreaterThan(60);
    expect(day).toBeLessThan(120);
    await page.mouse.move(box.x + box.width / 2, box.y - 200);
    await expect.poll(() => readout.textContent()).toBe('\u00a0');
  });

  it('writes every chart label, tick and legend at 16 px or more', async () => {
    const page = await open();
    await ready(page);
    await page.locator('.layout-charts svg text').first().waitFor();
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<SVGTextElement | HTMLElement>(
          '.layout-charts svg text, .charts-legend li',
        ),
      ]
        .map((el) => {
          const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
          const box = svg?.viewBox.baseVal;
          const scale = svg && box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
          return { text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale };
        })
        .filter((t) => t.text && t.px < 16),
    );
    expect(small).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await open();
    await ready(page);
    await page.getByTestId('agents').waitFor({ state: 'visible' });
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(document);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = severe
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`)
      .join('\n');
    expect(severe, `axe violations:\n${report}`).toEqual([]);
  });

  // Into test-results/screenshots; `npm run screenshots` writes them to docs/ for the README.
  describe('screenshots for the README', () => {
    const shoot = async (viewport: Viewport, file: string) => {
      const page = await open('', viewport);
      await page.getByTestId('agents').waitFor({ state: 'visible' });
      await ready(page);
      const before = await day(page);
      await play(page);
      await expect.poll(() => day(page), { timeout: 8_000 }).toBeGreaterThan(before);
      // Let the loop run for about three seconds, as a reader would see it.
      await page.waitForTimeout(3_000);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, file) });
    };

    it('1280×720 → screenshot.png', () => shoot({ width: 1280, height: 720 }, 'screenshot.png'));

    it('1920×1080 → screenshot-1080.png', () => shoot({ width: 1920, height: 1080 }, 'screenshot-1080.png'));
  });
});

describe('keyboard, typed values and a steady layout', () => {
  /** One slider's value and range, from its ARIA attributes. */
  const aria = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((el) => ({
      now: Number(el.getAttribute('aria-valuenow')),
      min: Number(el.getAttribute('aria-valuemin')),
      max: Number(el.getAttribute('aria-valuemax')),
    }));

  it('every slider steps both ways with the arrows, pages further, and reaches its ends', async () => {
    // a small audience over a month: every key press runs the simulation again, and the keys are what is tested
    const page = await open('?v=1&audience.size=100&days=30');
    await ready(page);
    const ids = await page
      .locator('input[type="range"][data-testid^="param-"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
    expect(ids.length).toBeGreaterThanOrEqual(36);
    const stuck: string[] = [];
    for (const id of ids) {
      await page.getByTestId(id).focus();
      const start = await aria(page, id);
      await page.keyboard.press('ArrowRight');
      const right = (await aria(page, id)).now;
      await page.keyboard.press('ArrowLeft');
      const back = (await aria(page, id)).now;
      await page.keyboard.press('PageUp');
      const paged = (await aria(page, id)).now;
      await page.keyboard.press('End');
      const end = (await aria(page, id)).now;
      // Last to the minimum: the cheapest run (audience.size at 100) is what stays computing.
      await page.keyboard.press('Home');
      const home = (await aria(page, id)).now;
      const ok =
        right > start.now &&
        back === start.now &&
        paged - start.now > right - start.now &&
        end === start.max &&
        home === start.min;
      if (!ok)
        stuck.push(`${id}: ${start.now} → ${right} → ${back}, page ${paged}, end ${end}, home ${home}`);
    }
    expect(stuck, 'sliders that did not answer the keys').toEqual([]);
  }, 90_000);

  it('takes a typed value, and refuses one out of range keeping the old one', async () => {
    const page = await open();
    await ready(page);
    await page.getByTestId('value-ads.dailyBudget').click();
    const field = page.getByTestId('field-ads.dailyBudget');
    await field.fill('100');
    await field.press('Enter');
    await expect.poll(() => sliderValue(page, BUDGET)).toBe(100);
    await page.getByTestId('value-ads.dailyBudget').click();
    await field.fill('2500000');
    await field.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Type a number between 0 and 1,000,000');
    expect(await sliderValue(page, BUDGET)).toBe(100);
  });

  it('computing a run moves none of the page’s regions, nor the controls of the playback bar', async () => {
    const page = await open();
    await ready(page);
    await page.locator('.playback-computing').waitFor({ state: 'detached' });
    const REGIONS = [
      '.header',
      '.playback',
      '.layout-strategy',
      '.layout-loop',
      '.layout-kpis',
      '.layout-charts',
    ];
    const CONTROLS = ['play', 'day', 'timeline', 'seed'].map((id) => `[data-testid="${id}"]`);
    const boxes = () =>
      page.evaluate(
        (selectors) =>
          selectors.map((s) => {
            const r = document.querySelector(s)!.getBoundingClientRect();
            // The loop and the charts may grow downwards with their text; their tops and widths must hold.
            const h = s === '.layout-loop' || s === '.layout-charts' ? 0 : Math.round(r.height);
            return `${s} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${h}`;
          }),
        [...REGIONS, ...CONTROLS],
      );
    const before = await boxes();
    // A large audience takes seconds to compute: time to look while the note is up.
    await page.getByTestId('value-audience.size').click();
    await page.getByTestId('field-audience.size').fill('300000');
    await page.getByTestId('field-audience.size').press('Enter');
    await page.locator('.playback-computing').waitFor({ state: 'visible' });
    const during = await boxes();
    expect(await page.locator('.playback-computing').isVisible(), 'still computing when measured').toBe(true);
    expect(during).toEqual(before);
  });

  for (const lang of ['en', 'ru'] as const) {
    const language = lang === 'en' ? 'English' : 'Russian';
    for (const edited of [false, true]) {
      it(`keeps the header on one row at 1280×720 in ${language}${edited ? ', with an edited preset' : ''}`, async () => {
        const query = edited ? `?lang=${lang}&preset=default&ads.dailyBudget=100` : `?lang=${lang}`;
        const page = await open(query, { width: 1280, height: 720 });
        await ready(page);
        const parts = [
          '.header h1',
          '.header-scenario',
          ...['share', 'export', 'lang'].map((id) => `[data-testid="${id}"]`),
        ];
        const rows = await page.evaluate(
          (selectors) =>
            selectors.map((s) => {
              const r = document.querySelector(s)!.getBoundingClientRect();
              return { s, top: Math.round(r.top), bottom: Math.round(r.bottom), right: Math.round(r.right) };
            }),
          parts,
        );
        // One row: every part within the height of one button, none below another.
        const top = Math.min(...rows.map((r) => r.top));
        const bottom = Math.max(...rows.map((r) => r.bottom));
        expect(bottom - top, JSON.stringify(rows)).toBeLessThan(48);
        // …and inside the window: a row that fits only by running off the edge does not count.
        expect(Math.max(...rows.map((r) => r.right)), JSON.stringify(rows)).toBeLessThanOrEqual(1280);
        if (edited) {
          const name = await page
            .getByTestId('scenario')
            .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text);
          expect(name).toBe(
            lang === 'en' ? 'Default strategy (modified)' : 'Стратегия по умолчанию (изменено)',
          );
        }
      });
    }

    it(`fits the channel labels in their boxes at 16 px or more in ${language}`, async () => {
      const page = await open(`?lang=${lang}`, { width: 1280, height: 720 });
      await ready(page);
      await page.locator('.loop-channel-label').first().waitFor();
      const labels = await page.evaluate(() => {
        const svg = document.querySelector('.loop-front') as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...document.querySelectorAll<SVGTextElement>('.loop-channel-label')].map((text) => {
          const box = document
            .querySelector(`rect[data-channel="${text.dataset.channel}"]`)!
            .getBoundingClientRect();
          const t = text.getBoundingClientRect();
          return {
            label: text.textContent,
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
            inside: t.left >= box.left && t.right <= box.right && t.top >= box.top && t.bottom <= box.bottom,
          };
        });
      });
      expect(labels).toHaveLength(4);
      for (const l of labels) {
        expect(l.inside, `${l.label} spills out of its box`).toBe(true);
        expect(l.px, `${l.label} is smaller than 16 px`).toBeGreaterThanOrEqual(16);
      }
    });
  }
});
