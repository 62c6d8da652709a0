/**
 * In a real browser (Chromium): the simulation in a real Web Worker, and on the page's own
 * thread, reproduces the golden run computed in Node, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.csv?raw';
import { toCsv } from '../../src/engine/report';
import { simulate } from '../../src/engine/run';
import { METRICS } from '../../src/engine/metrics';
import type { DayFrame } from '../../src/engine/simulation';
import { STATES } from '../../src/model/agent';
import { SimulationClient } from '../../src/worker/client';
import { GOLDEN_DAYS, GOLDEN_SEED, goldenParameters } from '../support/golden';

describe('in the browser', () => {
  it('the page thread reproduces the golden run', () => {
    expect(toCsv(simulate(goldenParameters(), GOLDEN_SEED, GOLDEN_DAYS))).toBe(golden);
  });

  it('a Web Worker streams day frames that reproduce the golden run, moves included', async () => {
    const client = new SimulationClient();
    try {
      const loaded = await client.ask({
        type: 'load',
        params: goldenParameters(),
        seed: GOLDEN_SEED,
        days: GOLDEN_DAYS,
      });
      expect(loaded.size).toBe(400);
      const first = await client.ask({ type: 'step', count: 10 });
      const rest = await client.ask({ type: 'step', count: 1000 });
      const frames = [...first.frames, ...rest.frames] as DayFrame[];
      expect(frames).toHaveLength(GOLDEN_DAYS);
      expect(frames[0]!.metrics).toBeInstanceOf(Float64Array);
      expect(toCsv(frames)).toBe(golden);
      const reference = simulate(goldenParameters(), GOLDEN_SEED, GOLDEN_DAYS, { recordMoves: true });
      expect(frames.map((f) => f.moves)).toEqual(reference.map((f) => f.moves));
    } finally {
      client.terminate();
    }
  });

  it('a Web Worker runs a whole horizon for what-if curves', async () => {
    const client = new SimulationClient();
    try {
      const r = await client.ask({
        type: 'horizon',
        params: goldenParameters(),
        seed: GOLDEN_SEED,
        days: GOLDEN_DAYS,
      });
      const frames: DayFrame[] = Array.from({ length: r.days }, (_, d) => ({
        day: d + 1,
        metrics: r.metrics.subarray(d * METRICS.length, (d + 1) * METRICS.length),
        counts: r.counts.subarray(d * STATES.length, (d + 1) * STATES.length),
        moves: {
          agent: new Int32Array(),
          from: new Uint8Array(),
          to: new Uint8Array(),
          channel: new Uint8Array(),
        },
      }));
      expect(toCsv(frames)).toBe(golden);
      expect(r.ms).toBeGreaterThanOrEqual(0);
    } finally {
      client.terminate();
    }
  });

  it('reports a bad request as an error instead of failing silently', async () => {
    const client = new SimulationClient();
    try {
      await expect(client.ask({ type: 'step', count: 1 })).rejects.toThrow('no run loaded');
    } finally {
      client.terminate();
    }
  });
});
