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

const TWO_TO_32 = 4294967296;

/** sfc32 seeded from one integer. Same seed, same stream, on every JavaScript engine. */
export class Random implements RandomSource {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Spread the seed over the four words with splitmix32, then warm up as PractRand advises.
    let s = seed >>> 0;
    const mix = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** The next number, uniform in [0, 1) on a grid of 2^-32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / TWO_TO_32;
  }

  /** A whole number uniform in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/**
 * A Poisson(lambda) count, cut at `cap` (counts above it come back as `cap`), by inversion
 * of the CDF with one uniform draw; the loop runs at most `cap` times, so huge rates stay cheap.
 * `expMinusLambda` may be passed precomputed (it is exp(−lambda)).
 */
export function poisson(
  rng: RandomSource,
  lambda: number,
  cap: number,
  expMinusLambda = Math.exp(-lambda),
): number {
  if (lambda <= 0) return 0;
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
