import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { readUrl, writeUrl } from './url';
import { STRINGS } from '../i18n/strings';

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
      'ads.cpm=abc: must be a number from 0.01 to 10000',
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
      'ads.cpm=: must be a number from 0.01 to 10000',
    ]);
  });

  it('keeps the currency when it is not the dollar, and names a wrong one', () => {
    expect(writeUrl(defaultParameters(), 1, 180, { currency: 'USD' })).toBe('?seed=1&days=180');
    const query = writeUrl(defaultParameters(), 1, 180, { currency: 'RUB', lang: 'ru' });
    expect(query).toBe('?seed=1&days=180&lang=ru&currency=RUB');
    expect(readUrl(query, [])).toMatchObject({ currency: 'RUB', lang: 'ru', problems: [] });
    const wrong = readUrl('?currency=EUR', []);
    expect(wrong.currency).toBeUndefined();
    expect(wrong.problems).toEqual(['currency=EUR: must be USD or RUB']);
    expect(wrong.issues).toEqual([{ entry: 'currency=EUR', kind: 'currency' }]);
  });

  it('says what it could not apply in either language, without English in the Russian', () => {
    const u = readUrl('?seed=-1&ads.ctr=5&bogus=1&preset=nope&lang=de', []);
    const ru = STRINGS.ru
      .invalidUrl(u.issues.map((i) => STRINGS.ru.linkIssue(i)).join('; '))
      .replace(/\s/g, ' ');
    expect(ru).toBe(
      'Не удалось применить из ссылки: seed=-1 (нужно целое число от 0 до 4 294 967 295); ads.ctr=5 (нужно число от 0 до 1); bogus (такой настройки нет); preset=nope (такого сценария нет); lang=de (язык — en или ru)',
    );
    // apart from the link's own entries, every word is Russian
    const words = ru.replace(/\b(seed|ads\.ctr|bogus|preset|nope|lang|de|en|ru)\b/g, '');
    expect(words).not.toMatch(/[A-Za-z]/);
    const en = STRINGS.en.invalidUrl(u.issues.map((i) => STRINGS.en.linkIssue(i)).join('; '));
    expect(en).not.toMatch(/[а-яё]/i);
    expect(en).toContain('seed=-1 (a whole number from 0 to 4,294,967,295 is needed)');
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
