import { describe, expect, it } from 'vitest';
import { chiSquareCritical } from '../../test/support/statistics';
import { uniform } from './keyed';
import { EXPANSION_FROM, PoissonTable, normalQuantile, poissonQuantile } from './random';
import { cappedMean } from './simulation';

/** n keyed uniforms, as the engine draws them (agents 0 … n − 1 of one decision on one day). */
function uniforms(n: number, seed: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => uniform(seed, i, 1, 0, 0));
}

/** ln k!, summed directly (independent of the code under test). */
function logFactorials(max: number): Float64Array {
  const out = new Float64Array(max + 1);
  for (let k = 1; k <= max; k++) out[k] = out[k - 1]! + Math.log(k);
  return out;
}

/** The exact Poisson(λ) cumulative probabilities over k = 0 … top, from the pmf in log space. */
function exactCdf(lambda: number, top: number): Float64Array {
  const lf = logFactorials(top);
  const cdf = new Float64Array(top + 1);
  let sum = 0;
  for (let k = 0; k <= top; k++) {
    sum += Math.exp(-lambda + k * Math.log(lambda) - lf[k]!);
    cdf[k] = sum;
  }
  return cdf;
}

/** The least k with u < cdf[k] (by bisection). */
function exactQuantile(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (u < cdf[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Pearson's chi-square of observed counts against Poisson(λ) probabilities, over consecutive
 * runs of k grouped so that each bin expects at least 0.1 % of the draws (the tails form the end bins).
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
    if (expected >= 0.001 * n) {
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

describe('Poisson counts by inversion of keyed uniforms', () => {
  // Exact sums below EXPANSION_FROM, the expansion from it up: the rates the engine uses (word of
  // mouth and posts far below 1, ads per person up to the cap) and far beyond.
  it.each([
    { lambda: 0.01, n: 400_000 },
    { lambda: 1, n: 400_000 },
    { lambda: 30, n: 400_000 },
    { lambda: 699, n: 400_000 },
    { lambda: 700, n: 1_000_000 },
    { lambda: 1000, n: 1_000_000 },
    { lambda: 100_000, n: 1_000_000 },
  ])('Poisson($lambda) counts have the right mean, variance and shape', ({ lambda, n }) => {
    const us = uniforms(n, Math.round(lambda * 1000) + 1);
    const counts = new Map<number, number>();
    let sum = 0;
    for (const u of us) {
      const k = poissonQuantile(u, lambda, Infinity);
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

  it.each([0.01, 1, 30, 699, 700, 1000, 100_000])(
    'is the exact quantile at λ = %d (the expansion, from 700 up, off by one on at most 1 in 10⁵ uniforms)',
    (lambda) => {
      const top = Math.ceil(lambda + 40 * Math.sqrt(lambda) + 40);
      const cdf = exactCdf(lambda, top);
      const n = 100_000;
      let wrong = 0;
      for (let i = 0; i < n; i++) {
        const u = (i + 0.5) / n;
        const k = poissonQuantile(u, lambda, Infinity);
        const want = exactQuantile(cdf, u);
        expect(Math.abs(k - want)).toBeLessThanOrEqual(1);
        if (k !== want) wrong++;
      }
      expect(wrong).toBeLessThanOrEqual(lambda < EXPANSION_FROM ? 0 : 1);
    },
  );

  it('never gives fewer for a higher rate: the same uniform’s count grows with λ, across the switch too', () => {
    const lambdas = [
      0, 1e-4, 0.003, 0.05, 0.3, 0.9, 1, 2.5, 7, 29.9, 30, 100, 400, 699.9, 700, 700.1, 1500, 1e4, 1e6,
    ];
    const us = uniforms(5000, 3);
    for (const u of [...us, 0, 0.5, 1 - 2 ** -32]) {
      let previous = 0;
      for (const lambda of lambdas) {
        const k = poissonQuantile(u, lambda, Infinity);
        expect(k).toBeGreaterThanOrEqual(previous);
        previous = k;
      }
    }
  });

  it('cuts counts at the cap without changing the counts below it', () => {
    for (const [lambda, cap] of [
      [3, 4],
      [0.2, 1],
      [1000, 990],
      [1e6, 10],
    ] as const) {
      const us = uniforms(20_000, 9);
      const got = Array.from(us, (u) => poissonQuantile(u, lambda, cap));
      expect(got).toEqual(Array.from(us, (u) => Math.min(cap, poissonQuantile(u, lambda, Infinity))));
      expect(got.some((k) => k === cap)).toBe(true);
    }
    expect(poissonQuantile(0.7, 0, 10)).toBe(0);
  });

  it('gives the same counts with e^(−λ) passed in as computed inside', () => {
    const us = uniforms(10_000, 21);
    expect(Array.from(us, (u) => poissonQuantile(u, 0.7, 50, Math.exp(-0.7)))).toEqual(
      Array.from(us, (u) => poissonQuantile(u, 0.7, 50)),
    );
  });

  it('a table at one rate gives exactly what poissonQuantile gives, for every u', () => {
    const table = new PoissonTable();
    const us = [...uniforms(20_000, 4), 0, 1 - 2 ** -32, 1 - 2 ** -40];
    for (const [lambda, cap] of [
      [0, 100],
      [1e-4, 65_535],
      [0.5, 3],
      [1, 100],
      [12, 65_535],
      [29.9, 20],
      [300, 65_535],
      [699, 65_535],
      [700, 65_535],
      [5000, 100],
    ] as const) {
      table.reset(lambda, cap);
      for (const u of us) expect(table.quantile(u)).toBe(poissonQuantile(u, lambda, cap));
    }
  });

  it('computes the normal quantile to within 1e-8', () => {
    for (const [p, z] of [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.999, 3.090232306167813],
      [0.01, -2.326347874040841],
      [1e-9, -5.997807015007686],
      [1 - 1e-6, 4.753424308822899],
    ] as const) {
      expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8 * Math.max(1, Math.abs(z)));
    }
  });

  it('computes the expected capped impressions the platform bills', () => {
    expect(cappedMean(0.5, 100)).toBeCloseTo(0.5, 10);
    expect(cappedMean(1e4, 10)).toBe(10);
    const ks = Array.from(uniforms(200_000, 5), (u) => poissonQuantile(u, 3, 4));
    const mean = ks.reduce((a, k) => a + k, 0) / ks.length;
    const sd = Math.sqrt(ks.reduce((a, k) => a + (k - mean) ** 2, 0) / (ks.length - 1));
    expect(Math.abs(cappedMean(3, 4) - mean)).toBeLessThan((5 * sd) / Math.sqrt(ks.length));
  });
});
