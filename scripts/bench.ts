/**
 * `npm run bench`: agent-steps per second of the reference (XState) runner, the fast
 * (compiled-table) runner and a bare loop over the same table, at 10,000, 100,000 and 1,000,000
 * agents; memory per agent; the time for 1,000,000 agents × 365 days; and the default scenario,
 * in Node (with the time its indispensable keyed draws take alone, the floor they set) and in a
 * Chromium Web Worker (scripts/bench-worker.ts; skipped, with a line saying
 * so, when no browser can be found). An agent-step is one agent advanced by one simulated day
 * (all its events of that day).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_EVENTS, STATES } from '../src/model/agent';
import { computeOdds } from '../src/model/odds';
import { defaultParameters, type Parameters } from '../src/model/parameters';
import { parseScenario, scenarioParameters } from '../src/model/scenario';
import { agentTable, findTransition } from '../src/engine/compile';
import { BLOCK, DECISION, SLOTS, blockMaximum, keyPrefix, uniformAt } from '../src/engine/keyed';
import { CONTACT } from '../src/engine/contacts';
import { METRIC_INDEX } from '../src/engine/metrics';
import { RUNNERS, simulate, type RunnerName } from '../src/engine/run';
import { Simulation } from '../src/engine/simulation';
import { benchWorker } from './bench-worker';

const SIZES = [10_000, 100_000, 1_000_000];
/** Contact channels, each with a block maximum per block and day (see contacts.ts). */
const CONTACT_CHANNELS = Object.keys(CONTACT).length;
const now = () => performance.now();
const fmt = (x: number, digits = 1) => x.toLocaleString('en', { maximumFractionDigits: digits });

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `days` days and returns agent-steps per second and heap bytes per agent of the run. */
function measure(runner: RunnerName, n: number, days: number, params: Parameters) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const t0 = now();
  const sim = new Simulation({ ...params, 'audience.size': n }, { seed: 1, stepper: RUNNERS[runner] });
  const built = now();
  for (let d = 0; d < days; d++) sim.step();
  const ran = now();
  const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const bytes = (heapAfter - heapBefore) / n;
  const seconds = (ran - built) / 1000;
  return {
    steps: (n * days) / seconds,
    events: sim.eventsDelivered / seconds,
    setupMs: built - t0,
    ms: ran - built,
    bytes,
    sim,
  };
}

/** The practical limit: every agent looks up its DAY cell in the compiled table with one keyed draw, nothing else. */
function bareLoop(n: number, days: number) {
  const table = agentTable();
  const odds = computeOdds(defaultParameters());
  const state = new Uint8Array(n).fill(STATES.indexOf('aware'));
  const flags = new Uint8Array(n);
  const draws = new Float64Array(4);
  const DAY = AGENT_EVENTS.indexOf('DAY');
  let moved = 0;
  const t0 = now();
  for (let d = 0; d < days; d++) {
    const key = keyPrefix(1, d + 1, DAY * SLOTS);
    for (let i = 0; i < n; i++) {
      draws[0] = uniformAt(key, i, 0);
      const c = findTransition(table, state[i]!, flags[i]!, DAY, draws, odds);
      if (c >= 0) {
        state[i] = table.target[c]!;
        flags[i] = table.nextFlags[c]!;
        moved++;
      }
    }
  }
  const ms = now() - t0;
  return { steps: (n * days) / (ms / 1000), moved };
}

const defaults = defaultParameters();
console.log('SMM Loop benchmark (one process; agent-step = one agent advanced one day)');
console.log(`node ${process.version}, ${process.arch}\n`);

console.log('runner      agents      days   agent-steps/s   agent-events/s   heap/agent   setup');
const rates: Record<string, Record<number, number>> = { xstate: {}, fast: {}, bare: {} };
for (const n of SIZES) {
  const days = n >= 1_000_000 ? 365 : Math.max(30, Math.round(20_000_000 / n));
  const r = measure('fast', n, days, defaults);
  rates.fast![n] = r.steps;
  const label =
    n >= 1_000_000
      ? `  (${fmt(n)} agents × 365 days in ${fmt((r.ms + r.setupMs) / 1000, 2)} s; engine arrays ${r.sim.bytesPerAgent()} B/agent)`
      : '';
  console.log(
    `fast    ${fmt(n).padStart(10)}  ${String(days).padStart(8)}  ${fmt(r.steps / 1e6, 2).padStart(12)} M  ${fmt(r.events / 1e6, 2).padStart(13)} M  ${fmt(r.bytes, 0).padStart(8)} B  ${fmt(r.setupMs, 0)} ms${label}`,
  );
}
for (const n of SIZES) {
  const days = Math.max(5, Math.round(50_000_000 / n));
  const r = bareLoop(n, days);
  rates.bare![n] = r.steps;
  console.log(
    `bare    ${fmt(n).padStart(10)}  ${String(days).padStart(8)}  ${fmt(r.steps / 1e6, 2).padStart(12)} M`,
  );
}
const file = join(import.meta.dirname, '..', 'simulations', 'default.json');
const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
const params = scenarioParameters(scenario);
for (let k = 0; k < 3; k++) simulate(params, scenario.seed, scenario.days, { runner: 'fast' }); // warm up
const times: number[] = [];
for (let k = 0; k < 15; k++) {
  const t0 = now();
  simulate(params, scenario.seed, scenario.days, { runner: 'fast' });
  times.push(now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `\ndefault scenario (${fmt(params['audience.size'])} agents × ${scenario.days} days), fast runner: median ${fmt(times[7]!, 1)} ms, best ${fmt(times[0]!, 1)} ms`,
);
{
  // The floor the keyed draws set: the ones the default run cannot do without, hashed in tight
  // loops with nothing else: each block's maximum on every contact channel, every agent's
  // ad-contact uniform (the ad channels open nearly every block), and two draws (click, follow)
  // per impression the run shows.
  const frames = simulate(params, scenario.seed, scenario.days, { runner: 'fast' });
  const impressions = frames.reduce((sum, f) => sum + f.metrics[METRIC_INDEX.impressions]!, 0);
  const n = params['audience.size'];
  const blocks = Math.ceil(n / BLOCK);
  const perDay = Math.round(impressions / scenario.days);
  const floor: number[] = [];
  let sink = 0;
  for (let k = 0; k < 15; k++) {
    const t0 = now();
    for (let d = 1; d <= scenario.days; d++) {
      for (let c = 0; c < CONTACT_CHANNELS; c++) {
        const prefix = keyPrefix(k, d, DECISION.ads + c);
        for (let b = 0; b < blocks; b++) sink += blockMaximum(prefix, b);
      }
      const ads = keyPrefix(k, d, DECISION.ads);
      for (let i = 0; i < n; i++) sink += uniformAt(ads, i, 0);
      const click = keyPrefix(k, d, 0);
      const follow = keyPrefix(k, d, 1);
      for (let e = 0; e < perDay; e++) sink += uniformAt(click, e % n, 0) + uniformAt(follow, e % n, 0);
    }
    floor.push(now() - t0);
  }
  floor.sort((a, b) => a - b);
  // (the sum is used, so that no engine can drop the hashing as dead code)
  if (!Number.isFinite(sink)) throw new Error('a keyed draw is not a number');
  console.log(
    `  of which the keyed draws it cannot do without, alone: median ${fmt(floor[7]!, 1)} ms (${fmt(impressions)} impressions)`,
  );
}
const inWorker = await benchWorker({
  params,
  seed: scenario.seed,
  days: scenario.days,
  changes: scenario.changes,
}).catch((error: unknown) => new Error(`the worker benchmark failed: ${(error as Error).message}`));
if (inWorker instanceof Error)
  console.log(`default scenario in a Web Worker: not measured (${inWorker.message})`);
else {
  const mid = (a: number[]) => a[a.length >> 1]!;
  console.log(
    `default scenario in a Chromium Web Worker: median ${fmt(mid(inWorker.inWorker), 1)} ms, best ${fmt(inWorker.inWorker[0]!, 1)} ms in the worker; median ${fmt(mid(inWorker.roundTrip), 1)} ms from request to answer (${inWorker.browser})`,
  );
}

for (const n of SIZES) {
  // The reference runs last: sharing call sites with it would slow the fast runner's code in this process.
  const days = Math.max(1, Math.round(400_000 / n));
  const r = measure('xstate', n, days, defaults);
  rates.xstate![n] = r.steps;
  console.log(
    `xstate  ${fmt(n).padStart(10)}  ${String(days).padStart(8)}  ${fmt(r.steps / 1e6, 2).padStart(12)} M  ${fmt(r.events / 1e6, 2).padStart(13)} M  ${fmt(r.bytes, 0).padStart(8)} B  ${fmt(r.setupMs, 0)} ms`,
  );
}
console.log('\nfast runner as a share of the bare loop:');
for (const n of SIZES)
  console.log(`  ${fmt(n).padStart(10)} agents: ${fmt((100 * rates.fast![n]!) / rates.bare![n]!, 0)} %`);
