/**
 * The one seeded random generator of the engine: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, from PractRand; https://pracrand.sourceforge.net/). It passes PractRand
 * and BigCrush, has a 128-bit state and a guaranteed period of at least 2^32, and is exact in
 * 32-bit integer arithmetic, so it gives the same stream in Node, a Web Worker and a browser.
 */

/** A uniform source of numbers in [0, 1). */
export interface RandomSource {
  next(): number;
}

/** 2^-32: multiplying by it is exact and faster than dividing by 2^32. */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** sfc32 seeded from one integer. Same seed, same stream, on every JavaScript engine. */
export class Random implements RandomSource {
  // The four 32-bit words live in a typed array so they are never boxed as heap numbers.
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    // Spread the seed over the words with splitmix32, then warm up as PractRand advises.
    let x = seed >>> 0;
    const mix = () => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return z ^ (z >>> 16);
    };
    this.s[0] = mix();
    this.s[1] = mix();
    this.s[2] = mix();
    this.s[3] = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** The next number, uniform in [0, 1) on a grid of 2^-32. */
  next(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) * TWO_TO_MINUS_32;
  }

  /** A whole number uniform in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** Below this rate Poisson counts are drawn by inversion, above it by transformed rejection. */
const INVERSION_LIMIT = 30;

/**
 * A Poisson(lambda) count, cut at `cap` (counts above it come back as `cap`). Small rates use
 * inversion of the CDF with one uniform draw; `expMinusLambda` may be passed precomputed.
 * Large rates use Hörmann's PTRS transformed rejection (1993), as numpy does.
 */
export function poisson(
  rng: RandomSource,
  lambda: number,
  cap: number,
  expMinusLambda = Math.exp(-lambda),
): number {
  if (lambda <= 0) return 0;
  if (lambda >= INVERSION_LIMIT) return Math.min(cap, poissonLarge(rng, lambda));
  const u = rng.next();
  let p = expMinusLambda;
  let cdf = p;
  let k = 0;
  while (u >= cdf && k < cap) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/**
 * PTRS: W. Hörmann, "The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12 (1993) 39–45; the constants as in numpy's
 * `random_poisson_ptrs`. Exact for lambda ≥ 10.
 */
function poissonLarge(rng: RandomSource, lambda: number): number {
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = rng.next() - 0.5;
    const V = rng.next();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (
      Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logGamma(k + 1)
    ) {
      return k;
    }
  }
}

const STIRLING = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
];

/** ln Γ(x) for x > 0, by the Stirling series after shifting x up to 7 (numpy's `loggam`). */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  let x0 = x;
  let n = 0;
  if (x < 7) {
    n = Math.floor(7 - x);
    x0 = x + n;
  }
  const x2 = 1 / (x0 * x0);
  let series = STIRLING[9]!;
  for (let k = 8; k >= 0; k--) series = series * x2 + STIRLING[k]!;
  let gl = series / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= n; k++) {
    x0 -= 1;
    gl -= Math.log(x0);
  }
  return gl;
}
