/**
 * End-to-end: long use leaks nothing. In Chromium, 100 cycles of "back to day 0" and play leave the
 * page's JavaScript heap within 20 % of where it started; four hours of a workshop — a preset
 * every minute, a comparison every five — leave no more event listeners, DOM nodes, workers or
 * canvases than after the first hour. The hours are fast-forwarded: each minute's actions follow
 * one another as soon as the page has answered, driven from inside the page (a click, a choice, a
 * typed value, a few animation frames of playing) so that a minute costs what the page does, not
 * the round trips of the test's browser protocol.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

afterEach(async () => {
  const errors = browser?.pageErrors ?? [];
  await browser?.close();
  browser = undefined;
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

/** What the page counts for the test (see `instrument`). */
interface Tally {
  workersStarted: number;
  workersTerminated: number;
  canvasesCreated: number;
  canvasesCollected: number;
}

/** The page's driver (see `instrument`). */
interface Driver {
  /** back to day 0, play for `frames` animation frames, pause */
  cycle(frames: number): Promise<void>;
  /** a minute of the workshop: the preset, played a little; a comparison when `compare` */
  minute(preset: string, compare: boolean): Promise<void>;
}

/**
 * Runs in the page before its own scripts: counts every worker started and terminated and every
 * canvas created and collected (a FinalizationRegistry notes each canvas the collector frees), and
 * installs the driver the tests call.
 */
function instrument(): void {
  const tally: Tally = { workersStarted: 0, workersTerminated: 0, canvasesCreated: 0, canvasesCollected: 0 };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      tally.workersStarted++;
    }
    override terminate(): void {
      tally.workersTerminated++;
      super.terminate();
    }
  };
  const collected = new FinalizationRegistry<null>(() => tally.canvasesCollected++);
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (
    this: Document,
    tag: string,
    options?: ElementCreationOptions,
  ) {
    const element = createElement.call(this, tag, options);
    if (tag.toLowerCase() === 'canvas') {
      tally.canvasesCreated++;
      collected.register(element, null);
    }
    return element;
  } as typeof Document.prototype.createElement;

  function byId(id: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!element) throw new Error(`no [data-testid="${id}"] on the page`);
    return element;
  }
  function frame(): Promise<number> {
    return new Promise((resolve) => requestAnimationFrame(resolve));
  }
  async function frames(count: number): Promise<void> {
    for (let k = 0; k < count; k++) await frame();
  }
  /** Waits, frame by frame, until `ok()`; fails after a minute. */
  async function until(ok: () => boolean, what: string): Promise<void> {
    const start = performance.now();
    while (!ok()) {
      if (performance.now() - start > 60_000) throw new Error(`waited a minute for ${what}`);
      await frame();
    }
  }
  const computed = () => until(() => !document.querySelector('.playback-computing'), 'the run');
  const playing = () => byId('play').getAttribute('aria-pressed') === 'true';
  /** Sets a form control's value as typing or choosing would, and tells React (`input`, `change`). */
  function setValue(element: HTMLInputElement | HTMLSelectElement, value: string): void {
    const proto =
      element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }
  async function play(count: number): Promise<void> {
    if (!playing()) byId('play').click();
    await frames(count);
    if (playing()) byId('play').click();
  }
  const driver: Driver = {
    async cycle(count) {
      byId('reset').click();
      await play(count);
      await frame();
    },
    async minute(preset, compare) {
      setValue(byId('scenario') as HTMLSelectElement, preset);
      await frame();
      await computed();
      await play(3);
      if (!compare) return;
      // a comparison: pin A, double the daily budget as B, wait for the difference, unpin
      byId('pin-baseline').click();
      await until(() => document.querySelector('[data-testid="compare-table"]') !== null, 'the comparison');
      byId('value-ads.dailyBudget').click();
      await frame();
      const field = byId('field-ads.dailyBudget') as HTMLInputElement;
      const budget = Number(field.value.replace(/[^\d.]/g, ''));
      setValue(field, String(budget > 0 ? 2 * budget : 100));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await frame();
      await computed();
      await until(
        () =>
          document.querySelector('[data-testid="compare-table"] tr[data-figure="buyers"] [data-delta]') !==
          null,
        'the difference in buyers',
      );
      await play(3);
      byId('unpin-baseline').click();
      await until(
        () => document.querySelector('[data-testid="pin-baseline"]') !== null,
        'the comparison closed',
      );
    },
  };
  Object.assign(window, { tally, driver });
}

/** Opens the built app, counted and driven (see `instrument`), once its first run is there. */
async function openInstrumented(): Promise<{ page: Page; cdp: CDPSession }> {
  browser = await launch();
  const { page, context } = browser;
  await page.addInitScript(instrument);
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.getByTestId('day').filter({ hasText: /\d/ }).waitFor({ state: 'visible' });
  await page.locator('.playback-computing').waitFor({ state: 'detached', timeout: 60_000 });
  return { page, cdp: await context.newCDPSession(page) };
}

/** The JavaScript heap in use once the collector has run and the page has settled: the least of three readings, bytes. */
async function settledHeap(page: Page, cdp: CDPSession): Promise<number> {
  let least = Infinity;
  for (let k = 0; k < 3; k++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
    await cdp.send('HeapProfiler.collectGarbage');
    least = Math.min(least, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return least;
}

interface Census {
  /** event listeners in the page (Chromium's count), and those on window and document */
  listeners: number;
  windowAndDocumentListeners: number;
  nodes: number;
  /** workers started and not terminated */
  workers: number;
  canvasesInPage: number;
  /** canvases created and not collected */
  canvasesAlive: number;
}

/** What the page holds once the collector has run. */
async function census(page: Page, cdp: CDPSession): Promise<Census> {
  await settledHeap(page, cdp);
  await page.waitForTimeout(200); // the FinalizationRegistry's callbacks run after the collection
  const { jsEventListeners, nodes } = await cdp.send('Memory.getDOMCounters');
  let windowAndDocumentListeners = 0;
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    windowAndDocumentListeners += listeners.length;
  }
  const counted = await page.evaluate(() => {
    const t = (window as unknown as { tally: Tally }).tally;
    return {
      workers: t.workersStarted - t.workersTerminated,
      canvasesInPage: document.querySelectorAll('canvas').length,
      canvasesAlive: t.canvasesCreated - t.canvasesCollected,
    };
  });
  return { listeners: jsEventListeners, windowAndDocumentListeners, nodes, ...counted };
}

const driver = (page: Page) => page.evaluateHandle(() => (window as unknown as { driver: Driver }).driver);

describe('long use', () => {
  it('100 cycles of back to day 0 and play leave the heap within 20 % of where it started', async () => {
    const { page, cdp } = await openInstrumented();
    await page.getByTestId('speed').fill('30');
    const drive = await driver(page);
    // ten frames at 30 days a second: some five days played each time
    const cycles = (n: number) =>
      drive.evaluate(async (d, n) => {
        for (let k = 0; k < n; k++) await d.cycle(10);
      }, n);
    await cycles(1); // whatever the first play makes once (the painter's image, the charts' marks)
    const start = await settledHeap(page, cdp);
    await cycles(100);
    await expect(page.getByTestId('day').textContent()).resolves.not.toMatch(/^\D*0\b/);
    const after = await settledHeap(page, cdp);
    const growth = (after - start) / start;
    console.log(
      `heap over 100 reset-and-play cycles: ${(start / 1e6).toFixed(2)} MB at the start, ` +
        `${(after / 1e6).toFixed(2)} MB after (${(100 * growth).toFixed(1)} %)`,
    );
    expect(growth, `heap ${start} → ${after} bytes`).toBeLessThanOrEqual(0.2);
  });

  it(
    'four hours of a workshop (240 presets, 48 comparisons) leave no growing listeners, nodes, workers or canvases',
    { timeout: 600_000 },
    async () => {
      const { page, cdp } = await openInstrumented();
      const presets = await page
        .getByTestId('scenario')
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      // twelve presets in turn, so that every hour ends on the same one
      const rotation = presets.slice(0, 12);
      expect(rotation).toHaveLength(12);
      const drive = await driver(page);
      const hours: Census[] = [];
      for (let hour = 0; hour < 4; hour++) {
        for (let m = 60 * hour; m < 60 * (hour + 1); m++)
          await drive.evaluate((d, [preset, compare]) => d.minute(preset, compare), [
            rotation[m % 12]!,
            m % 5 === 4,
          ] as const);
        hours.push(await census(page, cdp));
      }
      console.log(`the page after each hour of a workshop: ${JSON.stringify(hours)}`);
      const [first, ...later] = hours as [Census, ...Census[]];
      for (const [k, h] of later.entries()) {
        const at = `after hour ${k + 2}`;
        expect(h.listeners, `${at}: event listeners`).toBeLessThanOrEqual(first.listeners);
        expect(h.windowAndDocumentListeners, `${at}: listeners on window and document`).toBeLessThanOrEqual(
          first.windowAndDocumentListeners,
        );
        expect(h.nodes, `${at}: DOM nodes`).toBeLessThanOrEqual(first.nodes);
        expect(h.workers, `${at}: workers`).toBeLessThanOrEqual(first.workers);
        expect(h.canvasesInPage, `${at}: canvases in the page`).toBeLessThanOrEqual(first.canvasesInPage);
        expect(h.canvasesAlive, `${at}: canvases alive`).toBeLessThanOrEqual(first.canvasesAlive);
      }
      // one simulation worker all along
      expect(first.workers).toBe(1);
    },
  );
});
