import { describe, expect, it } from 'vitest';
import { Random, poisson } from './random';
import { cappedMean } from './simulation';

describe('the seeded generator', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
  });

  it('produces the sfc32 stream, fixed forever (changing it would change every published run)', () => {
    const r = new Random(1);
    expect(Array.from({ length: 4 }, () => Math.round(r.next() * 2 ** 32))).toMatchInlineSnapshot(`
      [
        1151041103,
        1990438114,
        272676157,
        1346144161,
      ]
    `);
  });

  it('is uniform on [0, 1): mean, variance and a chi-square over 20 bins', () => {
    const r = new Random(7);
    const n = 200_000;
    const bins = new Array<number>(20).fill(0);
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      sq += x * x;
      bins[Math.floor(x * 20)]!++;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
    const expected = n / 20;
    const chi2 = bins.reduce((a, b) => a + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8); // 99.9th percentile of chi-square with 19 degrees of freedom
  });

  it('draws Poisson counts with mean and variance lambda, and stops at the cap', () => {
    for (const lambda of [0.05, 1.3, 12]) {
      const r = new Random(11);
      const n = 100_000;
      let sum = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        const k = poisson(r, lambda, 1000);
        sum += k;
        sq += k * k;
      }
      const m = sum / n;
      expect(Math.abs(m - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
      expect(sq / n - m * m).toBeCloseTo(lambda, lambda < 1 ? 2 : 0);
    }
    const r = new Random(3);
    for (let i = 0; i < 1000; i++) expect(poisson(r, 1e6, 10)).toBe(10);
    expect(poisson(r, 0, 10)).toBe(0);
  });

  it('computes the expected capped impressions the platform bills', () => {
    expect(cappedMean(0.5, 100)).toBeCloseTo(0.5, 10);
    expect(cappedMean(1e4, 10)).toBe(10);
    const r = new Random(5);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += poisson(r, 3, 4);
    expect(cappedMean(3, 4)).toBeCloseTo(sum / 100_000, 1);
  });
});
