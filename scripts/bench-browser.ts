/**
 * Browser benchmark of the built app: frame rate while playing at 10,000 and 20,000 agents, time to
 * first render, and the gzipped size of the JavaScript the page loads up front.
 *
 *   npm run bench:browser
 *
 * Builds into dist/ (like `npm run build`), serves it with `vite preview`, drives the headless
 * Chromium or Chrome that scripts/browser.ts finds, with the project's launch flags.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { browserExecutable, CHROMIUM_ARGS } from './browser';
import { buildApp, ROOT, serveDist, type Served } from './serve-dist';

const SIZES = [10_000, 20_000];
const WARMUP_MS = 1_000;
const MEASURE_MS = 5_000;
const OUT_DIR = path.join(ROOT, 'dist');

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Scripts and module preloads that dist/index.html loads before anything else. */
async function initialJs(): Promise<{ files: string[]; raw: number; gzip: number }> {
  const html = await readFile(path.join(OUT_DIR, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (url && /\.m?js(\?|$)/.test(url) && !/^[a-z]+:\/\//i.test(url)) refs.add(url.replace(/^\.?\//, ''));
  }
  let raw = 0;
  let gzip = 0;
  for (const file of refs) {
    const bytes = await readFile(path.join(OUT_DIR, file.split('?')[0]!));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...refs], raw, gzip };
}

/** Press a control if it exists; false (with a note) if the page has no such element. */
async function tryPress(page: Page, testId: string, key: string | null): Promise<boolean> {
  const control = page.getByTestId(testId);
  try {
    await control.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    console.log(`  (no data-testid="${testId}" on the page)`);
    return false;
  }
  if (key === null) await control.click();
  else {
    await control.focus();
    await control.press(key);
  }
  return true;
}

async function measure(page: Page, url: string, size: number): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  // Time until the dots' canvas exists, recorded in the page by the init script.
  const agentsAt = await page
    .waitForFunction(() => (window as unknown as { __agentsAt?: number }).__agentsAt, null, {
      timeout: 30_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => NaN);
  const fcp = await page.evaluate(
    () =>
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ??
      NaN,
  );
  const playing =
    (await page
      .getByTestId('play')
      .getAttribute('aria-pressed', { timeout: 5_000 })
      .catch(() => null)) === 'true';
  if (!playing) await tryPress(page, 'play', null);
  await tryPress(page, 'speed', 'End');
  await page.waitForTimeout(WARMUP_MS);
  const stamps = await page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const frame = (t: number) => {
          times.push(t);
          if (t - times[0]! < ms) requestAnimationFrame(frame);
          else resolve(times);
        };
        requestAnimationFrame(frame);
      }),
    MEASURE_MS,
  );
  const deltas = stamps
    .slice(1)
    .map((t, i) => t - stamps[i]!)
    .sort((a, b) => a - b);
  const day =
    (await page
      .getByTestId('day')
      .textContent({ timeout: 1_000 })
      .catch(() => null)) ?? 'n/a';
  console.log(`audience.size = ${size.toLocaleString('en')}`);
  console.log(`  first contentful paint: ${fmt(fcp, 0)} ms; agents canvas present: ${fmt(agentsAt, 0)} ms`);
  console.log(
    `  median fps: ${fmt(1000 / quantile(deltas, 0.5))}; p95 frame time: ${fmt(quantile(deltas, 0.95))} ms; ` +
      `frames: ${deltas.length} in ${fmt((stamps.at(-1)! - stamps[0]!) / 1000, 2)} s; ${day.trim()}`,
  );
}

async function main(): Promise<void> {
  const browser = browserExecutable();
  if (browser instanceof Error) {
    // The one line of advice, before any building; a stack would only bury it.
    console.error(browser.message);
    process.exit(1);
  }
  console.log(`browser: ${browser.executable} (${browser.via})`);
  console.log('building…');
  await buildApp(OUT_DIR);
  const js = await initialJs();
  console.log(
    `initial JavaScript: ${fmt(js.gzip / 1024)} KB gzipped (${fmt(js.raw / 1024)} KB raw) in ${js.files.join(', ')}`,
  );

  let served: Served | undefined;
  let context: BrowserContext | undefined;
  const profile = await mkdtemp(path.join(os.tmpdir(), 'smm-bench-'));
  try {
    served = await serveDist(OUT_DIR);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.executable,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 720 },
    });
    // tsx compiles with keepNames: functions sent to the page may call its `__name` helper.
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(() => {
      const mark = () => {
        if (document.querySelector('[data-testid="agents"]')) {
          (window as unknown as { __agentsAt?: number }).__agentsAt = performance.now();
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => mark() && observer.disconnect());
      observer.observe(document, { childList: true, subtree: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
    for (const size of SIZES) await measure(page, `${served.url}?audience.size=${size}&seed=1`, size);
  } finally {
    await context?.close().catch(() => undefined);
    await served?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
