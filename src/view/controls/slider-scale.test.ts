import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec } from '../../model/parameters';
import { RESOLUTION, fromPosition, toPosition } from './slider-scale';

describe('slider positions', () => {
  it('reach both ends of every range and keep values inside it', () => {
    for (const p of PARAMETERS) {
      expect(fromPosition(p, 0)).toBe(p.min);
      expect(fromPosition(p, RESOLUTION)).toBe(p.max);
      for (let x = 0; x <= RESOLUTION; x += 50) {
        const v = fromPosition(p, x);
        expect(v).toBeGreaterThanOrEqual(p.min);
        expect(v).toBeLessThanOrEqual(p.max);
        if (p.integer) expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  it('puts every default near its own position (the default mark)', () => {
    for (const p of PARAMETERS) {
      const back = fromPosition(p, toPosition(p, p.default));
      expect(Math.abs(back - p.default) / (p.max - p.min)).toBeLessThan(0.02);
    }
  });

  it('spreads orders of magnitude evenly on a log scale', () => {
    const budget = parameterSpec('ads.dailyBudget')!;
    const ten = toPosition(budget, 10);
    const hundred = toPosition(budget, 100);
    const thousand = toPosition(budget, 1000);
    expect(Math.abs(hundred - ten - (thousand - hundred))).toBeLessThanOrEqual(2);
  });
});
