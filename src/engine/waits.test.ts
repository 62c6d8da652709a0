import { describe, expect, it } from 'vitest';
import { uniform } from './keyed';
import { NEVER, WaitingTimes, geometricGap } from './waits';

const SEED = 7;
const DECISION = 0x1000b;

/** Each agent's passing days over `days` days, as a 0/1 matrix [agent][day − 1]. */
function passingDays(agents: number, days: number, p: number, q = p): Uint8Array[] {
  const w = new WaitingTimes(agents, SEED, DECISION, agents / 2);
  w.setChances(1, p, q);
  return Array.from({ length: agents }, (_, i) =>
    Uint8Array.from({ length: days }, (_, d) => (w.passesOn(i, d + 1) ? 1 : 0)),
  );
}

describe('geometricGap', () => {
  it('is a geometric waiting time: P(gap > k) = (1 − p)^k', () => {
    const p = 1 / 30;
    const n = 200_000;
    const gaps = Array.from({ length: n }, (_, i) => geometricGap(uniform(SEED, i, 0, DECISION, 0), p));
    for (const k of [1, 10, 30, 90]) {
      const share = gaps.filter((g) => g > k).length / n;
      const expected = (1 - p) ** k;
      // four standard errors of a proportion over n draws
      expect(Math.abs(share - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / n));
    }
    expect(gaps.reduce((a, b) => Math.min(a, b))).toBe(1);
  });

  it('is one day at a chance of 1 and never at a chance of 0 (or NaN)', () => {
    expect(geometricGap(0.999, 1)).toBe(1);
    expect(geometricGap(0, 0.5)).toBe(1);
    expect(geometricGap(0.5, 0)).toBe(NEVER);
    expect(geometricGap(0.5, Number.NaN)).toBe(NEVER);
  });
});

describe('WaitingTimes', () => {
  it('passes on independent days, each with the chance of the agent’s segment', () => {
    const agents = 2000;
    const days = 200;
    const p = 0.05;
    const q = 0.2;
    const m = passingDays(agents, days, p, q);
    for (const [from, to, chance] of [
      [0, agents / 2, p],
      [agents / 2, agents, q],
    ] as const) {
      let passes = 0;
      let pairs = 0;
      for (let i = from; i < to; i++) {
        for (let d = 0; d < days; d++) {
          passes += m[i]![d]!;
          if (d > 0) pairs += m[i]![d]! & m[i]![d - 1]!;
        }
      }
      const n = (to - from) * days;
      const pairN = (to - from) * (days - 1);
      expect(Math.abs(passes / n - chance)).toBeLessThan(4 * Math.sqrt((chance * (1 - chance)) / n));
      // neighbouring days are independent: both pass with chance p²
      const both = chance * chance;
      expect(Math.abs(pairs / pairN - both)).toBeLessThan(4 * Math.sqrt((both * (1 - both)) / pairN));
    }
  });

  it('gives the same days whenever they are asked, and to every run on the seed', () => {
    const every = passingDays(50, 300, 0.1);
    const w = new WaitingTimes(50, SEED, DECISION, 25);
    w.setChances(1, 0.1, 0.1);
    // asked only now and then: the days in between are skipped, not lost
    for (let i = 0; i < 50; i++) {
      for (let d = 1 + (i % 7); d <= 300; d += 1 + (i % 11))
        expect(w.passesOn(i, d)).toBe(every[i]![d - 1] === 1);
    }
  });

  it('keeps its days while the chance stays, and draws them afresh from the day it changes', () => {
    const before = passingDays(40, 100, 0.1);
    const w = new WaitingTimes(40, SEED, DECISION, 20);
    w.setChances(1, 0.1, 0.1);
    const changed: number[][] = [];
    for (let i = 0; i < 40; i++) changed.push([]);
    for (let d = 1; d <= 100; d++) {
      w.setChances(d, d < 50 ? 0.1 : 0.5, d < 50 ? 0.1 : 0.5);
      for (let i = 0; i < 40; i++) changed[i]!.push(w.passesOn(i, d) ? 1 : 0);
    }
    for (let i = 0; i < 40; i++)
      expect(changed[i]!.slice(0, 49)).toEqual(Array.from(before[i]!.slice(0, 49)));
    const after = changed.flatMap((row) => row.slice(49));
    expect(after.reduce((a, b) => a + b, 0) / after.length).toBeGreaterThan(0.4);
  });

  it('never passes at a chance of 0 and passes every day at 1', () => {
    expect(passingDays(10, 50, 0, 1).map((row) => row.reduce((a, b) => a + b, 0))).toEqual([
      ...Array<number>(5).fill(0),
      ...Array<number>(5).fill(50),
    ]);
  });
});
