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
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
      sq += x * x;
      bins[Math.floor(x * 20)]!++;
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
    const expected = n / 20;
    const chi2 = bins.reduce((a, b) => a + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8); // 99.9th percentile of chi-square with 19 degrees of freedom
  });

  // Inversion below 30, Hörmann's PTRS from 30 up: both branches, at the rates the engine uses
  // (word of mouth and posts well below 1, ads per person up to the cap, big audiences' totals).
  it.each([
    { lambda: 0.05, n: 200_000, branch: 'inversion' },
    { lambda: 1.3, n: 200_000, branch: 'inversion' },
    { lambda: 12, n: 200_000, branch: 'inversion' },
    { lambda: 29.9, n: 200_000, branch: 'inversion' },
    { lambda: 30, n: 1_000_000, branch: 'PTRS' },
    { lambda: 1000, n: 1_000_000, branch: 'PTRS' },
    { lambda: 100_000, n: 1_000_000, branch: 'PTRS' },
  ])('draws Poisson($lambda) counts ($branch) with the right mean, variance and shape', ({ lambda, n }) => {
    const r = new Random(Math.round(lambda * 1000) + 1);
    const counts = new Map<number, number>();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = poisson(r, lambda, Infinity);
      sum += k;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const mean = sum / n;
    let squares = 0;
    for (const [k, c] of counts) squares += c * (k - mean) ** 2;
    const variance = squares / (n - 1);
    // Standard errors for Poisson draws: the mean's variance is λ/n; the sample variance's is
    // (μ4 − σ⁴)/n with μ4 = λ + 3λ², σ² = λ, so λ(1 + 2λ)/n. At n = 10⁶ five of them are 0.7 %
    // of λ for the variance (a 1 % bias fails) and far less for the mean.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
    expect(Math.abs(variance - lambda)).toBeLessThan(5 * Math.sqrt((lambda * (1 + 2 * lambda)) / n));
    const { chi2, df } = chiSquareAgainstPoisson(counts, n, lambda);
    expect(chi2).toBeLessThan(chiSquareCritical(df));
  });

  it('cuts counts at the cap without changing the draws below it', () => {
    for (const [lambda, cap] of [
      [3, 4],
      [0.2, 1],
      [1000, 990],
      [1e6, 10],
    ] as const) {
      const capped = new Random(9);
      const free = new Random(9);
      const got: number[] = [];
      const want: number[] = [];
      for (let i = 0; i < 20_000; i++) {
        got.push(poisson(capped, lambda, cap));
        want.push(Math.min(cap, poisson(free, lambda, Infinity)));
      }
      expect(got).toEqual(want);
      expect(got.some((k) => k === cap)).toBe(true);
    }
    const r = new Random(3);
    expect(poisson(r, 0, 10)).toBe(0);
  });

  it('gives the same counts with e^(−λ) passed in as computed inside', () => {
    const a = new Random(21);
    const b = new Random(21);
    const given = Array.from({ length: 10_000 }, () => poisson(a, 0.7, 50, Math.exp(-0.7)));
    expect(given).toEqual(Array.from({ length: 10_000 }, () => poisson(b, 0.7, 50)));
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

/** ln k!, summed directly (independent of the generator's own log-gamma). */
function logFactorials(max: number): Float64Array {
  const out = new Float64Array(max + 1);
  for (let k = 1; k <= max; k++) out[k] = out[k - 1]! + Math.log(k);
  return out;
}

/**
 * Pearson's chi-square of observed counts against Poisson(λ) probabilities, over consecutive
 * runs of k grouped so that each bin expects at least 1 % of the draws (the tails form the end bins).
 */
function chiSquareAgainstPoisson(
  counts: ReadonlyMap<number, number>,
  n: number,
  lambda: number,
): { chi2: number; df: number } {
  const top = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 20);
  const lf = logFactorials(top);
  const pmf = (k: number) => Math.exp(-lambda + k * Math.log(lambda) - lf[k]!);
  const bins: { expected: number; observed: number }[] = [];
  let expected = 0;
  let observed = 0;
  for (let k = 0; k <= top; k++) {
    expected += n * pmf(k);
    observed += counts.get(k) ?? 0;
    if (expected >= 0.01 * n) {
      bins.push({ expected, observed });
      expected = 0;
      observed = 0;
    }
  }
  // Whatever lies above `top` (or was left over) joins the last bin.
  let above = 0;
  for (const [k, c] of counts) if (k > top) above += c;
  const last = bins[bins.length - 1]!;
  last.expected += expected;
  last.observed += observed + above;
  const chi2 = bins.reduce((a, b) => a + (b.observed - b.expected) ** 2 / b.expected, 0);
  return { chi2, df: bins.length - 1 };
}

/** The chi-square value exceeded with probability about 3e-5 (z = 4, Wilson–Hilferty approximation). */
function chiSquareCritical(df: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + 4 * Math.sqrt(a)) ** 3;
}
