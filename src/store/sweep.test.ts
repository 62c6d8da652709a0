import { describe, expect, it } from 'vitest';
import { KEY_FIGURES } from '../engine/compare';
import { defaultParameters } from '../model/parameters';
import { handlerClient } from '../../test/support/pool-client';
import { Cancelled, WorkerPool } from '../worker/pool';
import { runSweep, runTornado, type SensitivityBase } from './sweep';

const figure = KEY_FIGURES.find((f) => f.id === 'buyers')!;
const params = { ...defaultParameters(), 'audience.size': 400 };
const base: SensitivityBase = { params, days: 30, figure, seeds: [1, 2, 3] };

describe('sensitivity runs on a pool with the real worker handler', () => {
  it('sweeps a parameter: every value on every seed, with progress to the end', async () => {
    const log = { terminated: 0, asked: 0 };
    const pool = new WorkerPool(2, () => handlerClient(log));
    const progress: number[] = [];
    const r = await runSweep(pool, base, 'ads.dailyBudget', [0, 20, 40], (d, t) => progress.push(d / t));
    expect(log.asked).toBe(9);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(r.values).toEqual([0, 20, 40]);
    expect(r.cells.every((c) => c.figures.length === 3 && c.figures.every(Number.isFinite))).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(r.band.low[i]).toBeLessThanOrEqual(r.band.middle[i]!);
      expect(r.band.middle[i]).toBeLessThanOrEqual(r.band.high[i]!);
    }
    // the same strategy on the same seed gives the same figure whichever worker ran it
    const again = await runSweep(pool, base, 'ads.dailyBudget', [40, 0]);
    expect(again.cells[0]!.figures).toEqual(r.cells[2]!.figures);
  });

  it('ranks levers in a tornado, paired on the same seeds', async () => {
    const pool = new WorkerPool(2, () => handlerClient({ terminated: 0, asked: 0 }));
    const t = await runTornado(pool, base, ['ads.dailyBudget', 'feedback.costPerAnswer']);
    expect(t.bars).toHaveLength(2);
    expect(t.bars[0]!.swing).toBeGreaterThanOrEqual(t.bars[1]!.swing);
    // the cost of answering does not change who buys: no swing at all on paired seeds
    expect(t.bars.find((b) => b.parameter === 'feedback.costPerAnswer')!.swing).toBe(0);
  });

  it('cancelling stops the workers and rejects the batch', async () => {
    const log = { terminated: 0, asked: 0 };
    const pool = new WorkerPool(2, () => handlerClient(log));
    let done = 0;
    const running = runSweep(pool, base, 'ads.dailyBudget', [0, 10, 20, 30, 40], (d) => {
      done = d;
      if (d === 2) pool.cancel();
    });
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(log.terminated).toBe(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(2);
    expect(log.asked).toBeLessThan(15);
  });
});
