import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { readUrl, writeUrl } from './url';

describe('the scenario in the URL', () => {
  it('applies parameters, seed, days, a preset and the language', () => {
    const u = readUrl('?ads.dailyBudget=200&audience.size=10000&seed=3&days=90&preset=full-loop&lang=ru', [
      'default',
      'full-loop',
    ]);
    expect(u.params).toEqual({ 'ads.dailyBudget': 200, 'audience.size': 10000 });
    expect(u).toMatchObject({ seed: 3, days: 90, preset: 'full-loop', lang: 'ru', problems: [] });
  });

  it('leaves out what is invalid and says why, keeping the rest', () => {
    const u = readUrl(
      '?ads.ctr=5&ads.cpm=abc&bogus=1&seed=-1&days=0&preset=nope&lang=de&ads.dailyBudget=80',
      [],
    );
    expect(u.params).toEqual({ 'ads.dailyBudget': 80 });
    expect(u.seed).toBeUndefined();
    expect(u.problems).toEqual([
      'ads.ctr=5: must be a number from 0 to 1 (share)',
      'ads.cpm=abc: must be a number from 0.01 to 1000',
      'bogus: unknown setting',
      'seed=-1: must be a whole number from 0 to 4294967295',
      'days=0: must be a whole number from 1 to 3650',
      'preset=nope: no such scenario',
      'lang=de: must be en or ru',
    ]);
  });

  it('reads numbers as the command line does: exponents yes, hex, Infinity and blanks no', () => {
    const u = readUrl('?days=1e2&seed=0x10&ads.ctr=Infinity&ads.cpm=&ads.dailyBudget=%202.5e2%20', []);
    expect(u.days).toBe(100);
    expect(u.seed).toBeUndefined();
    expect(u.params).toEqual({ 'ads.dailyBudget': 250 });
    expect(u.problems).toEqual([
      'seed=0x10: must be a whole number from 0 to 4294967295',
      'ads.ctr=Infinity: must be a number from 0 to 1',
      'ads.cpm=: must be a number from 0.01 to 1000',
    ]);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const params = { ...defaultParameters(), 'ads.dailyBudget': 120, 'research.valueFit': 0.85 };
    const query = writeUrl(params, 7, 200, { lang: 'ru' });
    // parameters in the schema's order
    expect(query).toBe('?research.valueFit=0.85&ads.dailyBudget=120&seed=7&days=200&lang=ru');
    const back = readUrl(query, []);
    expect({ ...defaultParameters(), ...back.params }).toEqual(params);
    expect(back).toMatchObject({ seed: 7, days: 200, lang: 'ru' });
  });
});
