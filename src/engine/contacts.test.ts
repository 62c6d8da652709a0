import { describe, expect, it } from 'vitest';
import { FLAGS, FLAG_BIT, STATES } from '../model/agent';
import { Census, retargetable } from './census';
import { CONTACT, CONTACT_CAP, DailyContacts } from './contacts';
import { BLOCK, DECISION, contactUniform } from './keyed';
import { poissonQuantile } from './random';

const SEED = 11;
const DAY = 4;
const AGENTS = 5000; // not a multiple of BLOCK: the last block is partly empty

/** AGENTS in assorted states, with assorted flags (follows, visited, …), and their census. */
function population(): { state: Uint8Array; flags: Uint8Array; census: Census } {
  const state = Uint8Array.from({ length: AGENTS }, (_, i) => (i * 7) % STATES.length);
  const flags = Uint8Array.from({ length: AGENTS }, (_, i) => (i * 13) % (1 << FLAGS.length));
  const census = new Census(AGENTS);
  for (let i = 0; i < AGENTS; i++) census.enlist(i, state[i]!, flags[i]!);
  return { state, flags, census };
}

/** Every agent's count on a channel, as the engine takes them: block by block, in agent order. */
function counts(contacts: DailyContacts, channel: number, people = population()): number[] {
  const out: number[] = [];
  let open = 0;
  for (let i = 0; i < AGENTS; i++) {
    if (i % BLOCK === 0) open = contacts.countBlock(i / BLOCK, AGENTS, people.census);
    const k = open & (1 << channel) ? contacts.counts[channel * BLOCK + (i % BLOCK)]! : 0;
    if (k > 0) expect(contacts.touched[i % BLOCK]).toBe(1);
    out.push(k);
  }
  return out;
}

function day(
  rates: Partial<Record<keyof typeof CONTACT, number>>,
  cap?: number,
  targetCount = AGENTS / 2,
): DailyContacts {
  const c = new DailyContacts();
  c.setTargetCount(targetCount);
  c.startDay(SEED, DAY);
  for (const [name, rate] of Object.entries(rates)) c.set(CONTACT[name as keyof typeof CONTACT], rate, cap);
  return c;
}

describe('a day’s contacts', () => {
  it.each([1e-4, 0.02, 0.7, 3, 45, 800])(
    'at rate %d each person’s count is the Poisson quantile of their own keyed uniform',
    (rate) => {
      const got = counts(day({ praise: rate }), CONTACT.praise);
      const want = Array.from({ length: AGENTS }, (_, i) =>
        poissonQuantile(contactUniform(SEED, i, DAY, DECISION.praise), rate, CONTACT_CAP),
      );
      expect(got).toEqual(want);
      if (rate >= 0.02) expect(got.some((k) => k > 0)).toBe(true);
    },
  );

  it('cuts ad impressions at the cap; the target audience and the others read the same uniforms', () => {
    const target = counts(day({ adsTarget: 2.5 }, 3, AGENTS), CONTACT.adsTarget);
    expect(Math.max(...target)).toBe(3);
    expect(target).toEqual(
      Array.from({ length: AGENTS }, (_, i) =>
        poissonQuantile(contactUniform(SEED, i, DAY, DECISION.ads), 2.5, 3),
      ),
    );
    expect(counts(day({ adsOther: 2.5 }, 3, 0), CONTACT.adsOther)).toEqual(target);
    // split at agent 1000: each group gets its own rate, from the same uniforms
    const split = day({ adsTarget: 2.5, adsOther: 0.4 }, 3, 1000);
    const inTarget = counts(split, CONTACT.adsTarget);
    const outside = counts(split, CONTACT.adsOther);
    for (let i = 0; i < AGENTS; i++) {
      const u = contactUniform(SEED, i, DAY, DECISION.ads);
      if (i < 1000) expect(inTarget[i]).toBe(poissonQuantile(u, 2.5, 3));
      else expect(outside[i]).toBe(poissonQuantile(u, 0.4, 3));
    }
  });

  it('posts and complaints on the page reach only followers, retargeting only the retargeting pool', () => {
    const people = population();
    const { state, flags } = people;
    const rates = { purposefulPosts: 0.8, complaintsSeen: 0.3, retargeted: 1.5 } as const;
    const checks = [
      ['purposefulPosts', DECISION.purposefulPosts, (i: number) => (flags[i]! & FLAG_BIT.follows) !== 0],
      ['complaintsSeen', DECISION.complaintsSeen, (i: number) => (flags[i]! & FLAG_BIT.follows) !== 0],
      ['retargeted', DECISION.retargeted, (i: number) => retargetable(state[i]!, flags[i]!)],
    ] as const;
    for (const [name, decision, reached] of checks) {
      const got = counts(day(rates), CONTACT[name], people);
      const want = Array.from({ length: AGENTS }, (_, i) =>
        reached(i) ? poissonQuantile(contactUniform(SEED, i, DAY, decision), rates[name], CONTACT_CAP) : 0,
      );
      expect(got).toEqual(want);
      expect(got.filter((k, i) => k > 0 && !reached(i))).toEqual([]);
      expect(Array.from({ length: AGENTS }, (_, i) => reached(i)).filter(Boolean).length).toBeGreaterThan(
        100,
      );
      expect(Array.from({ length: AGENTS }, (_, i) => reached(i)).filter((x) => !x).length).toBeGreaterThan(
        100,
      );
    }
  });

  it('a higher rate never gives a person fewer contacts', () => {
    const rates = [0, 0.001, 0.01, 0.1, 0.5, 1, 4, 40];
    let previous = new Array<number>(AGENTS).fill(0);
    for (const rate of rates) {
      const now = counts(day({ warn: rate }), CONTACT.warn);
      for (let i = 0; i < AGENTS; i++) expect(now[i]).toBeGreaterThanOrEqual(previous[i]!);
      previous = now;
    }
  });

  it('a channel’s counts do not depend on the other channels’ rates', () => {
    const alone = counts(day({ shared: 0.05 }), CONTACT.shared);
    const busy = counts(day({ shared: 0.05, praise: 2, warn: 0.3, adsTarget: 9 }), CONTACT.shared);
    expect(busy).toEqual(alone);
    expect(alone.some((k) => k > 0)).toBe(true);
  });

  it('channels and days draw different numbers', () => {
    const praise = counts(day({ praise: 0.5, warn: 0.5 }), CONTACT.praise);
    const warn = counts(day({ praise: 0.5, warn: 0.5 }), CONTACT.warn);
    expect(warn).not.toEqual(praise);
    const tomorrow = new DailyContacts();
    tomorrow.startDay(SEED, DAY + 1);
    tomorrow.set(CONTACT.praise, 0.5);
    expect(counts(tomorrow, CONTACT.praise)).not.toEqual(praise);
  });
});
