/** Statistical checks for the random numbers: chi-square tests, correlation, bit agreement. */

/** The chi-square value exceeded with probability about 3e-5 (z = 4, Wilson–Hilferty approximation). */
export function chiSquareCritical(df: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + 4 * Math.sqrt(a)) ** 3;
}

/** Pearson's chi-square of numbers in [0, 1) against the uniform distribution over `bins` equal bins. */
export function uniformChiSquare(xs: ArrayLike<number>, bins: number): { chi2: number; df: number } {
  const counts = new Float64Array(bins);
  for (let i = 0; i < xs.length; i++) counts[Math.floor(xs[i]! * bins)]!++;
  const expected = xs.length / bins;
  let chi2 = 0;
  for (const c of counts) chi2 += (c - expected) ** 2 / expected;
  return { chi2, df: bins - 1 };
}

/**
 * Pearson's chi-square of pairs (x, y) in [0, 1)² against independent uniforms, over a grid of
 * bins × bins cells: a dependence between x and y of any shape shows here, not only a linear one.
 */
export function pairChiSquare(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  bins: number,
): { chi2: number; df: number } {
  const counts = new Float64Array(bins * bins);
  for (let i = 0; i < xs.length; i++) counts[Math.floor(xs[i]! * bins) * bins + Math.floor(ys[i]! * bins)]!++;
  const expected = xs.length / (bins * bins);
  let chi2 = 0;
  for (const c of counts) chi2 += (c - expected) ** 2 / expected;
  return { chi2, df: bins * bins - 1 };
}

/** Pearson's correlation coefficient. */
export function correlation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * For each of the 32 bits, how far (in standard deviations) the share of pairs whose bit agrees
 * is from one half: the largest over the bits. Independent words agree on each bit half the time.
 */
export function worstBitAgreement(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let worst = 0;
  for (let bit = 0; bit < 32; bit++) {
    let agree = 0;
    for (let i = 0; i < n; i++) if ((((a[i]! ^ b[i]!) >>> bit) & 1) === 0) agree++;
    worst = Math.max(worst, Math.abs(agree - n / 2) / Math.sqrt(n / 4));
  }
  return worst;
}
