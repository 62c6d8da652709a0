import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec } from '../../model/parameters';
import { RESOLUTION, fromPosition, toPosition } from './slider-scale';
import { sliderGrid } from './slider-steps';

describe('slider positions', () => {
  it('reach both ends of every range and land on the round values of its grid', () => {
    for (const p of PARAMETERS) {
      expect(fromPosition(p, 0)).toBe(p.min);
      expect(fromPosition(p, RESOLUTION)).toBe(p.max);
      const grid = new Set(sliderGrid(p));
      for (let x = 0; x <= RESOLUTION; x += 25) {
        const v = fromPosition(p, x);
        expect(grid.has(v), `${p.name} at ${x} gives ${v}, not a grid value`).toBe(true);
      }
    }
  });

  it('keep the order of values and stay inside the track', () => {
    for (const p of PARAMETERS) {
      const positions = sliderGrid(p).map((v) => toPosition(p, v));
      expect(positions[0]).toBe(0);
      expect(positions[positions.length - 1]).toBe(RESOLUTION);
      for (let i = 1; i < positions.length; i++)
        expect(positions[i]).toBeGreaterThanOrEqual(positions[i - 1]!);
      expect(toPosition(p, p.max * 10)).toBe(RESOLUTION);
      expect(toPosition(p, p.min - 1)).toBe(0);
    }
  });

  it('put every default near its own position (the default mark)', () => {
    for (const p of PARAMETERS) {
      const back = fromPosition(p, toPosition(p, p.default));
      expect(Math.abs(back - p.default) / (p.max - p.min)).toBeLessThan(0.02);
    }
  });

  it('spread orders of magnitude evenly on a log scale', () => {
    const hours = parameterSpec('feedback.responseHours')!;
    const [one, ten, hundred] = [1, 10, 100].map((v) => toPosition(hours, v));
    expect(Math.abs(ten! - one! - (hundred! - ten!))).toBeLessThanOrEqual(1);
  });

  it('keep 0 on a log slider that starts at 0, with small values apart from it', () => {
    const budget = parameterSpec('ads.dailyBudget')!;
    expect(toPosition(budget, 0)).toBe(0);
    expect(toPosition(budget, 5)).toBeGreaterThan(RESOLUTION / 20);
    // Above the symmetric-log constant the decades are (nearly) even: within 1 % of the track.
    const [hundred, thousand, tenThousand] = [100, 1000, 10_000].map((v) => toPosition(budget, v));
    expect(Math.abs(thousand! - hundred! - (tenThousand! - thousand!))).toBeLessThanOrEqual(RESOLUTION / 100);
  });
});
