/**
 * The engine in a Chromium Web Worker, for `npm run bench`: the app's own worker
 * (src/worker/simulation.worker.ts), bundled by Vite for production, loaded by a bare page and
 * asked for whole runs (`horizon` requests, as the what-if curves ask) while headless Chromium
 * (found by scripts/browser.ts) is driven with playwright-core.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { Parameters } from '../src/model/parameters';
import type { StrategyChange } from '../src/model/scenario';
import { browserExecutable, CHROMIUM_ARGS } from './browser';
import { ROOT } from './serve-dist';

/** A whole run to time. */
export interface WorkerRun {
  params: Parameters;
  seed: number;
  days: number;
  changes?: readonly StrategyChange[];
}

export interface WorkerTimes {
  browser: string;
  /** milliseconds of each timed run inside the worker, sorted */
  inWorker: number[];
  /** milliseconds from posting the request to receiving the answer on the page, sorted */
  roundTrip: number[];
}

/**
 * The page: starts the worker, and `bench(request, warmups, runs)` posts the request
 * warmups + runs times in turn, returning the timed runs' figures.
 */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>SMM Loop worker benchmark</title>
<script type="module">
  const worker = new Worker('./worker.js', { type: 'module' });
  let id = 0;
  const ask = (request) =>
    new Promise((resolve, reject) => {
      const mine = ++id;
      worker.onmessage = (e) => {
        if (e.data.id !== mine) return;
        if (e.data.type === 'error') reject(new Error(e.data.message));
        else resolve(e.data);
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage({ ...request, id: mine });
    });
  window.bench = async (request, warmups, runs) => {
    const inWorker = [];
    const roundTrip = [];
    for (let k = 0; k < warmups + runs; k++) {
      const t0 = performance.now();
      const answer = await ask({ ...request, type: 'horizon' });
      const t1 = performance.now();
      if (k >= warmups) {
        inWorker.push(answer.ms);
        roundTrip.push(t1 - t0);
      }
    }
    return { inWorker, roundTrip };
  };
  window.ready = true;
</script>
`;

/** Bundles the worker as the app's build does (ES module, minified, ES2022) into `outDir`/worker.js. */
async function bundleWorker(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: path.join(ROOT, 'src', 'worker', 'simulation.worker.ts'),
        formats: ['es'],
        fileName: () => 'worker.js',
      },
    },
  });
  await writeFile(path.join(outDir, 'index.html'), PAGE);
}

/**
 * Times `run` in the worker: `runs` timed runs after `warmups`. Returns an Error saying why not
 * when no browser can be found.
 */
export async function benchWorker(run: WorkerRun, warmups = 5, runs = 15): Promise<WorkerTimes | Error> {
  const browser = browserExecutable();
  if (browser instanceof Error) return browser;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'smm-worker-bench-'));
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0] === '/worker.js' ? 'worker.js' : 'index.html';
    readFile(path.join(dir, name)).then(
      (body) => {
        res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  const chrome = await (async () => {
    await bundleWorker(dir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return chromium.launch({ executablePath: browser.executable, headless: true, args: CHROMIUM_ARGS });
  })().catch(async (error: unknown) => {
    server.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  try {
    const page = await chrome.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('window.ready === true');
    const request = { params: run.params, seed: run.seed, days: run.days, changes: run.changes ?? [] };
    const times = (await page.evaluate(
      `window.bench(${JSON.stringify(request)}, ${warmups}, ${runs})`,
    )) as Omit<WorkerTimes, 'browser'>;
    const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
    return {
      browser: `${browser.executable} ${chrome.version()}`,
      inWorker: sorted(times.inWorker),
      roundTrip: sorted(times.roundTrip),
    };
  } finally {
    await chrome.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
