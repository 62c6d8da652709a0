import { describe, expect, it } from 'vitest';
import { uniform } from './keyed';
import { NEVER, WaitingTimes, geometricGap } from './waits';

const SEED = 7;
const DECISION = 0x1000b;

/** The agents whose roll passes on each day, read from the bits `passing` marks. */
function passingOn(w: WaitingTimes, agents: number, day: number): Uint8Array {
  const bits = new Int32Array(Math.ceil(agents / 32));
  w.passing(day, bits);
  return Uint8Array.from({ length: agents }, (_, i) => (bits[i >>> 5]! >>> (i & 31)) & 1);
}

/** Each agent's passing days over `days` days, as a 0/1 matrix [agent][day − 1]. */
function passingDays(agents: number, days: number, p: number, q = p): Uint8Array[] {
  const w = new WaitingTimes(agents, SEED, DECISION, agents / 2);
  w.setChances(1, p, q);
  const byDay = Array.from({ length: days }, (_, d) => passingOn(w, agents, d + 1));
  return Array.from({ length: agents }, (_, i) => Uint8Array.from(byDay, (today) => today[i]!));
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

  it('gives each agent the same days in every run on the seed, as a pure function of its keys', () => {
    const days = passingDays(50, 300, 0.1);
    expect(passingDays(50, 300, 0.1)).toEqual(days);
    // the days an agent's roll passes are its own: a smaller audience keeps them
    expect(passingDays(20, 300, 0.1)).toEqual(days.slice(0, 20));
  });

  it('keeps its days while the chance stays, and draws them afresh from the day it changes', () => {
    const before = passingDays(40, 100, 0.1);
    const w = new WaitingTimes(40, SEED, DECISION, 20);
    const changed: number[][] = Array.from({ length: 40 }, () => []);
    for (let d = 1; d <= 100; d++) {
      w.setChances(d, d < 50 ? 0.1 : 0.5, d < 50 ? 0.1 : 0.5);
      const today = passingOn(w, 40, d);
      for (let i = 0; i < 40; i++) changed[i]!.push(today[i]!);
    }
    for (let i = 0; i < 40; i++)
      expect(changed[i]!.slice(0, 49)).toEqual(Array.from(before[i]!.slice(0, 49)));
    const after = changed.flatMap((row) => row.slice(49));
    expect(after.reduce((a, b) => a + b, 0) / after.length).toBeGreaterThan(0.4);
  });

  it('finds days further apart than its calendar’s ring (1,024 days)', () => {
    const rare = passingDays(200, 3000, 1 / 1500);
    const gaps: number[] = [];
    for (const row of rare) {
      let last = 0;
      row.forEach((pass, d) => {
        if (pass) {
          gaps.push(d + 1 - last);
          last = d + 1;
        }
      });
    }
    expect(gaps.some((g) => g > 1024)).toBe(true);
    // on average one day in 1,500
    const total = rare.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    expect(total / (200 * 3000)).toBeGreaterThan(1 / 1500 / 1.3);
    expect(total / (200 * 3000)).toBeLessThan((1 / 1500) * 1.3);
  });

  it('never passes at a chance of 0 and passes every day at 1', () => {
    expect(passingDays(10, 50, 0, 1).map((row) => row.reduce((a, b) => a + b, 0))).toEqual([
      ...Array<number>(5).fill(0),
      ...Array<number>(5).fill(50),
    ]);
  });
});
