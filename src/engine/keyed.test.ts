import { describe, expect, it } from 'vitest';
import {
  chiSquareCritical,
  correlation,
  pairChiSquare,
  uniformChiSquare,
  worstBitAgreement,
} from '../../test/support/statistics';
import {
  BLOCK,
  DECISION,
  EVENT_DECISIONS_END,
  SLOTS,
  blockHolder,
  blockMaximum,
  closedBelow,
  maximumOfBlock,
  contactUniform,
  eventDecision,
  keyHash,
  keyHashAt,
  keyPrefix,
  uniform,
  uniformAt,
} from './keyed';

type Key = [seed: number, agent: number, day: number, decision: number, index: number];
type Hash = (...key: Key) => number;
const COORDINATES = ['seed', 'agent', 'day', 'decision', 'index'] as const;

/**
 * MurmurHash3_x86_32 as its author wrote it (smhasher/src/MurmurHash3.cpp), over bytes of any
 * length: the reference that the engine's word-by-word version must equal.
 */
function murmur3(bytes: Uint8Array, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed | 0;
  const blocks = bytes.length >> 2;
  for (let b = 0; b < blocks; b++) {
    let k = bytes[4 * b]! | (bytes[4 * b + 1]! << 8) | (bytes[4 * b + 2]! << 16) | (bytes[4 * b + 3]! << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = bytes.length & 3;
  if (tail > 0) {
    let k = 0;
    for (let j = tail - 1; j >= 0; j--) k ^= bytes[4 * blocks + j]! << (8 * j);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The message the engine hashes: day ‖ decision ‖ agent ‖ index, 32-bit little-endian words. */
function message(agent: number, day: number, decision: number, index: number): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  [day, decision, agent, index].forEach((w, k) => view.setUint32(4 * k, w >>> 0, true));
  return bytes;
}

/** A small seeded generator for choosing test keys (xorshift32, independent of the engine's). */
function keyChooser(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

const N = 1 << 16;
/** The keys the checks start from: agents 0–4095 on days 1–16, as the engine draws them. */
const base = (k: number): Key => [42, k & 4095, 1 + (k >>> 12), DECISION.praise, 0];

/**
 * What is wrong with a keyed generator, checked on N keys and their neighbours: uniformity (a
 * chi-square over 256 bins); and, for each coordinate, between a key and the key one step along
 * it (and between agent + 1 and index + 1): the correlation (|r| < 5/√N), a chi-square of the
 * pairs on a 16 × 16 grid (which any dependence fails, not only a linear one) and, for 32-bit
 * outputs, how often each bit agrees (within 5 standard deviations of one half).
 */
function problems(
  value: (...key: Key) => number,
  bits?: Hash,
  coordinates: readonly (typeof COORDINATES)[number][] = COORDINATES,
): string[] {
  const found: string[] = [];
  const sample = (shift: (key: Key) => Key) => {
    const u = new Float64Array(N);
    const h = new Uint32Array(N);
    for (let k = 0; k < N; k++) {
      const key = shift(base(k));
      u[k] = value(...key);
      if (bits) h[k] = bits(...key);
    }
    return { u, h };
  };
  const start = sample((key) => key);
  const { chi2, df } = uniformChiSquare(start.u, 256);
  if (chi2 > chiSquareCritical(df)) found.push(`not uniform: chi-square ${chi2.toFixed(0)} on ${df} df`);
  const pairs: [string, ReturnType<typeof sample>, ReturnType<typeof sample>][] = coordinates.map((c) => {
    const j = COORDINATES.indexOf(c);
    return [`${c} vs ${c} + 1`, start, sample((key) => key.map((w, i) => (i === j ? w + 1 : w)) as Key)];
  });
  if (coordinates.includes('index')) {
    pairs.push([
      'agent + 1 vs index + 1',
      sample(([s, a, d, c, i]) => [s, a + 1, d, c, i]),
      sample(([s, a, d, c, i]) => [s, a, d, c, i + 1]),
    ]);
  }
  for (const [label, x, y] of pairs) {
    const r = correlation(x.u, y.u);
    if (Math.abs(r) > 5 / Math.sqrt(N)) found.push(`${label}: correlation ${r.toFixed(4)}`);
    const grid = pairChiSquare(x.u, y.u, 16);
    if (grid.chi2 > chiSquareCritical(grid.df))
      found.push(`${label}: pair chi-square ${grid.chi2.toFixed(0)}`);
    if (bits) {
      const z = worstBitAgreement(x.h, y.h);
      if (z > 5) found.push(`${label}: a bit agrees ${z.toFixed(1)} standard deviations off one half`);
    }
  }
  return found;
}

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
function mix(h: number, w: number): number {
  let k = Math.imul(w, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Defects a keyed generator could have; the checks above must catch every one. */
const DEFECTS: Record<string, Hash> = {
  'the finalizer left out': (s, a, d, c, i) => (mix(mix(mix(mix(s, d), c), a), i) ^ 16) >>> 0,
  'one multiplication per word instead of the mixing steps': (s, a, d, c, i) => {
    let h = s;
    for (const w of [d, c, a, i]) h = Math.imul(h ^ w, 0x9e3779b1);
    return h >>> 0;
  },
  'the index not mixed in': (s, a, d, c) => fmix(mix(mix(mix(s, d), c), a) ^ 16),
  'the words summed, then finalized': (s, a, d, c, i) => fmix((s + a + d + c + i) | 0),
};

describe('keyed random numbers', () => {
  it('the reference MurmurHash3_x86_32 gives its author’s verification value and the published vectors', () => {
    // SMHasher's VerificationTest: hash keys {}, {0}, {0, 1}, … {0 … 254} with seeds 256 − length,
    // hash the 256 results (little-endian) with seed 0; for MurmurHash3_x86_32 that is 0xB0F57EE3.
    const key = new Uint8Array(256).map((_, i) => i);
    const hashes = new Uint8Array(1024);
    const view = new DataView(hashes.buffer);
    for (let i = 0; i < 256; i++) view.setUint32(4 * i, murmur3(key.subarray(0, i), 256 - i), true);
    expect(murmur3(hashes, 0)).toBe(0xb0f57ee3);
    const text = (s: string) => new TextEncoder().encode(s);
    expect(murmur3(text(''), 0)).toBe(0);
    expect(murmur3(text(''), 1)).toBe(0x514e28b7);
    expect(murmur3(text(''), 0xffffffff)).toBe(0x81f16f39);
    expect(murmur3(new Uint8Array(4), 0)).toBe(0x2362f9de);
    expect(murmur3(text('aaaa'), 0x9747b28c)).toBe(0x5a97808a);
    expect(murmur3(text('Hello, world!'), 1234)).toBe(0xfaf6cdb3);
    expect(murmur3(text('The quick brown fox jumps over the lazy dog'), 0x9747b28c)).toBe(0x2fa826cd);
  });

  it('hashes a key as MurmurHash3_x86_32 of day ‖ decision ‖ agent ‖ index with the seed', () => {
    const next = keyChooser(5);
    for (let t = 0; t < 2000; t++) {
      const key: Key = [next(), next() % 1_000_000, next() % 4000, next() % 0x10010, next() % 70_000];
      if (t % 4 === 0) key[0] = -(key[0] & 0xffff); // negative seeds are their two's complement
      const [seed, agent, day, decision, index] = key;
      expect(keyHash(...key)).toBe(murmur3(message(agent, day, decision, index), seed));
      expect(uniform(...key)).toBe(keyHash(...key) / 2 ** 32);
      const prefix = keyPrefix(seed, day, decision);
      expect(keyHashAt(prefix, agent, index)).toBe(keyHash(...key));
      expect(uniformAt(prefix, agent, index)).toBe(uniform(...key));
    }
  });

  it('gives the published test vector, fixed forever (changing it would change every published run)', () => {
    const vector: [Key, number, number][] = [
      [[0, 0, 0, 0, 0], 0x8134cdf8, 0.5047119837254286],
      [[1, 0, 0, 0, 0], 0x90052b18, 0.5625788625329733],
      [[0, 1, 0, 0, 0], 0x0d568719, 0.05210155830718577],
      [[0, 0, 1, 0, 0], 0x92228d1b, 0.5708397093694657],
      [[0, 0, 0, 1, 0], 0x0bd2cb93, 0.04618522967211902],
      [[0, 0, 0, 0, 1], 0x00990201, 0.0023347141686826944],
      [[1, 4999, 180, 0x10001, 0], 0xf1638f02, 0.9429253940470517],
      [[99, 17, 42, 130, 3], 0xd5ca08cf, 0.8351140504237264],
      [[0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], 0xf2f699fc, 0.9490753402933478],
    ];
    for (const [key, hash, u] of vector) {
      expect(keyHash(...key)).toBe(hash);
      expect(uniform(...key)).toBe(u);
    }
  });

  it('is uniform on [0, 1) and independent across neighbouring keys of every coordinate', () => {
    expect(problems(uniform, keyHash)).toEqual([]);
  });

  it.each(Object.entries(DEFECTS))('the same checks reject a generator with %s', (_, defect) => {
    expect(problems((...key) => defect(...key) / 2 ** 32, defect)).not.toEqual([]);
  });

  it('keys event draws below the engine’s other decisions, all distinct', () => {
    expect(eventDecision(3, 5)).toBe(3 * SLOTS + 5);
    const others = Object.values(DECISION);
    expect(new Set(others).size).toBe(others.length);
    expect(Math.min(...others)).toBe(EVENT_DECISIONS_END);
  });
});

describe('contact uniforms, drawn block by block', () => {
  const CONTACT_COORDINATES = ['seed', 'agent', 'day', 'decision'] as const;
  const SEED = 7;
  const DAY = 3;
  const prefix = keyPrefix(SEED, DAY, DECISION.praise);

  it('are the block’s uniforms: the maximum is held by the holder, every other one below it', () => {
    for (let b = 0; b < 200; b++) {
      const m = blockMaximum(prefix, b);
      const holder = blockHolder(prefix, b);
      expect(Math.floor(holder / BLOCK)).toBe(b);
      const us = Array.from({ length: BLOCK }, (_, j) =>
        contactUniform(SEED, b * BLOCK + j, DAY, DECISION.praise),
      );
      expect(Math.max(...us)).toBe(m);
      expect(us[holder - b * BLOCK]).toBe(m);
      expect(us.filter((u) => u === m)).toHaveLength(1);
    }
  });

  it('are all below e^(−λ) whenever the block’s W is below closedBelow(e^(−λ)), right up to the bound', () => {
    for (const lambda of [1e-6, 1e-4, 0.01, 0.2, 1, 5]) {
      const none = Math.exp(-lambda);
      const bound = closedBelow(none);
      expect(bound).toBeLessThan(none ** BLOCK);
      // W just under the bound, one ulp at a time, and spread below it
      let w = bound;
      for (let k = 0; k < 1000; k++) {
        w = w - Number.EPSILON * w;
        expect(maximumOfBlock(w)).toBeLessThan(none);
      }
      for (let k = 1; k <= 1000; k++) expect(maximumOfBlock((bound * k) / 1001)).toBeLessThan(none);
    }
  });

  it('have the maximum of BLOCK uniforms: P(M ≤ x) = x^BLOCK (a chi-square of M^BLOCK over 64 bins)', () => {
    const ms = Float64Array.from({ length: 1 << 14 }, (_, b) => blockMaximum(prefix, b) ** BLOCK);
    const { chi2, df } = uniformChiSquare(ms, 64);
    expect(chi2).toBeLessThan(chiSquareCritical(df));
  });

  it('are uniform on [0, 1) and independent across neighbouring agents, days, decisions and seeds', () => {
    expect(problems(contactUniform, undefined, CONTACT_COORDINATES)).toEqual([]);
    // pairs of agents across a block's edge, and the holder with its neighbour
    const edge = Float64Array.from({ length: N }, (_, b) =>
      contactUniform(SEED, b * BLOCK + BLOCK - 1, DAY, 0),
    );
    const after = Float64Array.from({ length: N }, (_, b) => contactUniform(SEED, (b + 1) * BLOCK, DAY, 0));
    expect(Math.abs(correlation(edge, after))).toBeLessThan(5 / Math.sqrt(N));
    expect(pairChiSquare(edge, after, 16).chi2).toBeLessThan(chiSquareCritical(255));
  });

  it('the same checks reject a block construction that forgets the holder or shares one draw per block', () => {
    const forgetsHolder = (seed: number, agent: number, day: number, decision: number) => {
      const p = keyPrefix(seed, day, decision);
      return blockMaximum(p, Math.floor(agent / BLOCK)) * uniformAt(p, agent, 0);
    };
    expect(problems(forgetsHolder, undefined, CONTACT_COORDINATES)).not.toEqual([]);
    const sharesDraw = (seed: number, agent: number, day: number, decision: number) => {
      const p = keyPrefix(seed, day, decision);
      const b = Math.floor(agent / BLOCK);
      return agent === blockHolder(p, b) ? blockMaximum(p, b) : blockMaximum(p, b) * uniformAt(p, b, 0);
    };
    expect(problems(sharesDraw, undefined, CONTACT_COORDINATES)).not.toEqual([]);
  });
});
