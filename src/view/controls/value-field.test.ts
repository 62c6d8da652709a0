import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec } from '../../model/parameters';
import { fieldText, normalizeTyped, readTyped } from './value-field';

const spec = (name: string) => parameterSpec(name)!;

describe('a typed value', () => {
  it('reads back what its field shows, for every parameter at its default, in both languages', () => {
    for (const p of PARAMETERS) {
      for (const lang of ['en', 'ru'] as const) {
        expect(readTyped(p, fieldText(p, p.default, lang), lang)).toEqual({ ok: true, value: p.default });
      }
    }
  });

  it('reads thousands and decimals as each language writes them', () => {
    expect(normalizeTyped(' 100,000 ', 'en')).toBe('100000');
    expect(normalizeTyped('1,234.5', 'en')).toBe('1234.5');
    expect(normalizeTyped('0,5', 'en')).toBe('0,5'); // refused later, never read as 5
    expect(normalizeTyped('100 000', 'ru')).toBe('100000');
    expect(normalizeTyped('1\u00a0000,5', 'ru')).toBe('1000.5');
    expect(normalizeTyped('12,5 %', 'ru')).toBe('12.5');
    expect(readTyped(spec('ads.cpm'), '0,5', 'en').ok).toBe(false);
  });

  it('takes a share in percent and any value in range, not only round ones', () => {
    expect(readTyped(spec('ads.ctr'), '0.9', 'en')).toEqual({ ok: true, value: 0.009 });
    expect(readTyped(spec('ads.ctr'), '7 %', 'en')).toEqual({ ok: true, value: 0.07 });
    expect(readTyped(spec('ads.dailyBudget'), '137.25', 'en')).toEqual({ ok: true, value: 137.25 });
  });

  it('says what is allowed, in the shown unit, when refusing', () => {
    expect(readTyped(spec('ads.dailyBudget'), '-1', 'en')).toEqual({
      ok: false,
      message: 'Type a number between 0 and 1,000,000',
    });
    expect(readTyped(spec('audience.size'), '50', 'en')).toEqual({
      ok: false,
      message: 'Type a whole number between 100 and 1,000,000',
    });
    expect(readTyped(spec('product.margin'), '101', 'en')).toEqual({
      ok: false,
      message: 'Type a number between 0 % and 100 %',
    });
    expect(readTyped(spec('ads.dailyBudget'), '', 'ru')).toEqual({
      ok: false,
      message: 'Введите число от 0 до 1\u00a0000\u00a0000',
    });
  });
});
