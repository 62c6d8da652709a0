import { describe, expect, it } from 'vitest';
import { parseNumber } from './number';

const ANY = { min: -Infinity, max: Infinity };
const SEED = { min: 0, max: 4294967295, integer: true };

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    ['-3', -3],
    ['+0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['2.5e-3', 0.0025],
    ['1E6', 1e6],
    ['  7 ', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text, ANY)).toEqual({ ok: true, value });
  });

  it('reads back what String() writes for tiny and huge numbers', () => {
    for (const x of [1e-7, 3.5e21, 0.1 + 0.2])
      expect(parseNumber(String(x), ANY)).toEqual({ ok: true, value: x });
  });

  it('refuses a long run of digits that ends wrong (read once, without trying every split of the digits)', () => {
    const digits = '9'.repeat(200_000);
    expect(parseNumber(`${digits}x`, { min: 0, max: Infinity })).toEqual({
      ok: false,
      problem: 'not a number',
    });
    expect(parseNumber(`${digits}.5e`, { min: 0, max: Infinity })).toEqual({
      ok: false,
      problem: 'not a number',
    });
    expect(parseNumber(`1${'0'.repeat(20)}.${'0'.repeat(20)}`, { min: 0, max: Infinity })).toEqual({
      ok: true,
      value: 1e20,
    });
  });

  it('reads "-0" as 0, not as negative zero', () => {
    const r = parseNumber('-0', SEED);
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it.each([
    '',
    ' ',
    '12abc',
    'abc',
    '0x10',
    '0b1',
    '0o7',
    '1_000',
    '1,5',
    '1 000',
    'Infinity',
    '-Infinity',
    'NaN',
    '1e999',
    'e3',
    '.',
    '+',
    '--1',
  ])('refuses %j as not a number', (text) => {
    expect(parseNumber(text, ANY)).toEqual({ ok: false, problem: 'not a number' });
  });

  it('refuses a fraction where a whole number is needed, keeping the value for the message', () => {
    expect(parseNumber('1.5', SEED)).toEqual({ ok: false, problem: 'not a whole number', value: 1.5 });
    expect(parseNumber('1.5', { min: 0, max: 3 })).toEqual({ ok: true, value: 1.5 });
  });

  it('refuses values outside the range, and takes both ends', () => {
    expect(parseNumber('-1', SEED)).toEqual({ ok: false, problem: 'out of range', value: -1 });
    expect(parseNumber('4294967296', SEED)).toEqual({
      ok: false,
      problem: 'out of range',
      value: 4294967296,
    });
    expect(parseNumber('0', SEED)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('4294967295', SEED)).toEqual({ ok: true, value: 4294967295 });
  });

  it('accepts a whole number written with an exponent or a zero fraction', () => {
    expect(parseNumber('1e3', SEED)).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('3.0', SEED)).toEqual({ ok: true, value: 3 });
  });
});
