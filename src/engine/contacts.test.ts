import { describe, expect, it } from 'vitest';
import { CONTACT, CONTACT_CAP, DailyContacts } from './contacts';
import { BLOCK, DECISION, contactUniform } from './keyed';
import { poissonQuantile } from './random';

const SEED = 11;
const DAY = 4;
const AGENTS = 5000; // not a multiple of BLOCK: the last block is partly empty

/** Every agent's count on a channel, as the engine asks for them: block by block, in agent order. */
function counts(contacts: DailyContacts, channel: number): number[] {
  const out: number[] = [];
  let open = 0;
  for (let i = 0; i < AGENTS; i++) {
    if (i % BLOCK === 0) open = contacts.enterBlock(i / BLOCK);
    out.push(open & (1 << channel) ? contacts.count(channel, i) : 0);
  }
  return out;
}

function day(rates: Partial<Record<keyof typeof CONTACT, number>>, cap?: number): DailyContacts {
  const c = new DailyContacts();
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

  it('cuts ad impressions at the cap, and both ad rates read the same uniform', () => {
    const target = counts(day({ adsTarget: 2.5 }, 3), CONTACT.adsTarget);
    expect(Math.max(...target)).toBe(3);
    const other = counts(day({ adsOther: 2.5 }, 3), CONTACT.adsOther);
    expect(other).toEqual(target);
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
