/**
 * Poisson counts by inversion: a count is the Poisson(λ) quantile of one uniform number, so the
 * same uniform under a higher rate never gives fewer (monotone coupling; see `keyed.ts` for where
 * the uniforms come from). The engine draws every contact count this way.
 */

/**
 * Below this rate counts come from the exact cumulative sum; from it up (where e^(−λ) nears the
 * smallest double) from an asymptotic expansion.
 */
export const EXPANSION_FROM = 700;

/** Half a step of the keyed uniforms' 2^-32 grid: keeps u off 0 and 1 before the normal quantile. */
const HALF_STEP = 1.1641532182693481e-10;

/**
 * The Poisson(lambda) quantile of u ∈ [0, 1): the least k with P(K ≤ k) > u, cut at `cap`
 * (larger counts come back as `cap`). `expMinusLambda` may be passed precomputed.
 *
 * Below EXPANSION_FROM the cumulative probabilities are summed from k = 0, exactly as the
 * definition says (about λ steps), so a higher rate never gives a smaller count for the same u.
 * From it up the quantile is floor(x) with x from the asymptotic (Cornish–Fisher,
 * continuity-corrected) expansion of the Poisson quantile in the normal quantile w = Φ⁻¹(u), to
 * order 1/λ (M. Giles, "Algorithm 955: approximation of the inverse Poisson cumulative
 * distribution function", ACM TOMS 42 (2016)):
 *   x = λ + √λ·w + (1/3 + w²/6) + (−w/36 − w³/72)/√λ + (−8/405 + 7w²/810 + w⁴/270)/λ.
 * Against the exact quantile on a grid of 4·10^6 uniforms it differs (by one) on 3 at λ = 700
 * and on none of 10^6 at λ = 1000 or 100,000. x grows with λ for every u (its derivative is at
 * least 0.8 from λ = 700 up, even at the extreme w = ±6.34 that u reaches here), so the coupling
 * stays monotone above the switch; across it a count can drop by one only where the expansion
 * is off (those 3 in 4·10^6); the model's rates stay far below 700 contacts a person a day at
 * any sensible setting (and ad impressions stop at the frequency cap, at most 100).
 */
export function poissonQuantile(
  u: number,
  lambda: number,
  cap: number,
  expMinusLambda = Math.exp(-lambda),
): number {
  if (!(lambda > 0) || u < expMinusLambda) return 0;
  if (lambda < EXPANSION_FROM) {
    let p = expMinusLambda;
    let cdf = p;
    let k = 0;
    // `p > 0` ends the walk should rounding leave the sum a hair below u in the far tail.
    while (u >= cdf && k < cap && (p > 0 || k < lambda)) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }
  const w = normalQuantile(Math.min(u + HALF_STEP, 1 - HALF_STEP));
  const r = Math.sqrt(lambda);
  const w2 = w * w;
  const x =
    lambda +
    r * w +
    (1 / 3 + w2 / 6) +
    (-w / 36 - (w2 * w) / 72) / r +
    (-8 / 405 + (7 * w2) / 810 + (w2 * w2) / 270) / lambda;
  return Math.min(cap, Math.max(0, Math.floor(x)));
}

/**
 * `poissonQuantile` at one rate for many uniforms: the cumulative probabilities it walks through
 * are summed once, in the same order, so `quantile(u)` returns exactly what
 * `poissonQuantile(u, lambda, cap)` does.
 */
export class PoissonTable {
  /**
   * The cumulative probabilities the walk reaches, cdf[0 … last − 1]; from `last` on +Infinity
   * (at least up to WALK), so that a walk needs no bound of its own: no u passes +Infinity.
   */
  cdf = new Float64Array(64).fill(Infinity);
  /** the last count the walk can reach */
  last = 0;
  /** whether `cdf` holds the walk (0 < λ < EXPANSION_FROM); if not, `quantile` falls back */
  tabled = false;
  private lambda = 0;
  private cap = 0;

  /** Sets the rate and the cap (a rate ≤ 0 gives 0 for every u). */
  reset(lambda: number, cap: number, expMinusLambda = Math.exp(-lambda)): void {
    this.lambda = lambda;
    this.cap = cap;
    this.last = 0;
    this.tabled = lambda > 0 && lambda < EXPANSION_FROM;
    if (!this.tabled) return;
    let p = expMinusLambda;
    let cdf = p;
    let k = 0;
    this.cdf[0] = cdf;
    // The walk in poissonQuantile goes on while k < cap and (p > 0 or k < λ); once the sum
    // reaches 1, no u ∈ [0, 1) goes further.
    while (k < cap && (p > 0 || k < lambda) && cdf < 1) {
      k++;
      p *= lambda / k;
      cdf += p;
      if (k === this.cdf.length - WALK) {
        const longer = new Float64Array(2 * this.cdf.length).fill(Infinity);
        longer.set(this.cdf);
        this.cdf = longer;
      }
      this.cdf[k] = cdf;
    }
    this.last = k;
    // cdf[last] is never compared (no count goes past last): +Infinity stops the walk there.
    this.cdf.fill(Infinity, k, k + WALK + 1);
  }

  /** The quantile of u, as `poissonQuantile(u, lambda, cap)`. */
  quantile(u: number): number {
    if (!this.tabled) return this.lambda > 0 ? poissonQuantile(u, this.lambda, this.cap) : 0;
    return this.from(u, 0);
  }

  /**
   * The quantile of u, given that it is at least `k` (u ≥ cdf[k − 1]; k ≤ last) and the rate is
   * tabled: the least k ≤ last with u < cdf[k], or last — a walk for the usual small counts, a
   * bisection past them.
   */
  from(u: number, k: number): number {
    const cdf = this.cdf;
    while (k < WALK && u >= cdf[k]!) k++;
    if (k < WALK) return k;
    let high = this.last;
    while (k < high) {
      const mid = (k + high) >>> 1;
      if (u >= cdf[mid]!) k = mid + 1;
      else high = mid;
    }
    return k;
  }
}

/** Counts a PoissonTable finds by walking; larger ones by bisection. */
const WALK = 8;

// Peter J. Acklam's rational approximation of the normal quantile (relative error below 1.15e-9).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** Φ⁻¹(p) for p in (0, 1): the standard normal quantile (Acklam), to 1.15e-9 relative. */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

function tail(q: number): number {
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  );
}
