import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec, type ParameterSpec } from '../../model/parameters';
import { keyValue, nearestOnGrid, pageValue, sliderGrid, stepValue } from './slider-steps';

const spec = (name: string): ParameterSpec => parameterSpec(name)!;

/** Presses a key until the value stops changing; returns every value passed through. */
function pressUntilEnd(s: ParameterSpec, direction: 1 | -1): number[] {
  const seen = [s.default];
  for (let i = 0; i <= sliderGrid(s).length; i++) {
    const v = stepValue(s, seen[seen.length - 1]!, direction);
    if (v === seen[seen.length - 1]) break;
    seen.push(v);
  }
  return seen;
}

describe('arrow keys on every parameter of the schema', () => {
  for (const p of PARAMETERS) {
    describe(p.name, () => {
      it('up then down returns to the default, and down then up too', () => {
        const up = stepValue(p, p.default, 1);
        const down = stepValue(p, p.default, -1);
        if (p.default < p.max) expect(up).toBeGreaterThan(p.default);
        if (p.default > p.min) expect(down).toBeLessThan(p.default);
        expect(stepValue(p, up, -1)).toBe(up === p.default ? down : p.default);
        expect(stepValue(p, down, 1)).toBe(down === p.default ? up : p.default);
      });

      it('repeated up reaches max and repeated down reaches min, moving on every press', () => {
        const ups = pressUntilEnd(p, 1);
        const downs = pressUntilEnd(p, -1);
        expect(ups[ups.length - 1]).toBe(p.max);
        expect(downs[downs.length - 1]).toBe(p.min);
        for (let i = 1; i < ups.length; i++) expect(ups[i]).toBeGreaterThan(ups[i - 1]!);
        for (let i = 1; i < downs.length; i++) expect(downs[i]).toBeLessThan(downs[i - 1]!);
      });

      it('steps between neighbours of its grid in both directions, inside the range', () => {
        const grid = sliderGrid(p);
        expect(grid[0]).toBe(p.min);
        expect(grid[grid.length - 1]).toBe(p.max);
        expect(grid).toContain(p.default);
        expect(grid.slice(0, -1).map((v) => stepValue(p, v, 1))).toEqual(grid.slice(1));
        expect(grid.slice(1).map((v) => stepValue(p, v, -1))).toEqual(grid.slice(0, -1));
        if (p.integer) expect(grid.filter((v) => !Number.isInteger(v))).toEqual([]);
      });

      it('never sticks, whatever value it starts from', () => {
        // Off-grid values, as a link or a typed value may give.
        for (const x of [0.137, 0.5003, 0.91].map((f) => p.min + f * (p.max - p.min))) {
          expect(stepValue(p, x, 1)).toBeGreaterThan(x);
          expect(stepValue(p, x, -1)).toBeLessThan(x);
        }
      });

      it('jumps further with Page Up and Page Down than with an arrow', () => {
        for (const direction of [1, -1] as const) {
          const arrow = stepValue(p, p.default, direction);
          const page = pageValue(p, p.default, direction);
          if (arrow === p.max || arrow === p.min) expect(page).toBe(arrow);
          else expect(Math.abs(page - p.default)).toBeGreaterThan(Math.abs(arrow - p.default));
        }
      });
    });
  }
});

describe('the grid of a log slider', () => {
  it('moves the budget by its displayed increment: 50 → 55 … 95 → 100 → 110, and back', () => {
    const budget = spec('ads.dailyBudget');
    const path = [50];
    while (path[path.length - 1]! < 110) path.push(stepValue(budget, path[path.length - 1]!, 1));
    expect(path).toEqual([50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110]);
    expect(stepValue(budget, 100, -1)).toBe(95);
    expect(stepValue(budget, 10, -1)).toBe(9);
    expect(stepValue(budget, 1, -1)).toBe(0);
    expect(stepValue(budget, 0, 1)).toBe(1);
  });

  it('keeps two significant figures, never finer than the step above it', () => {
    expect(stepValue(spec('product.price'), 40, 1)).toBe(41);
    expect(stepValue(spec('product.price'), 990, 1)).toBe(1000);
    expect(stepValue(spec('product.price'), 1000, 1)).toBe(1100);
    expect(stepValue(spec('audience.size'), 5000, 1)).toBe(5100);
    expect(stepValue(spec('feedback.responseHours'), 2, -1)).toBe(1.5);
    expect(stepValue(spec('feedback.responseHours'), 1, -1)).toBe(0.9);
    // Below the step, one significant figure: no dead stretch at the low end.
    expect(stepValue(spec('ads.cpm'), 0.5, -1)).toBe(0.4);
    expect(stepValue(spec('ads.cpm'), 0.1, -1)).toBe(0.09);
  });

  it('holds a default that is not round (the loyalty span of 365 days)', () => {
    const lapse = spec('product.lapseDays');
    expect(stepValue(lapse, 365, 1)).toBe(370);
    expect(stepValue(lapse, 370, -1)).toBe(365);
    expect(stepValue(lapse, 365, -1)).toBe(360);
  });

  it('goes from a value between grid values to its neighbours', () => {
    const budget = spec('ads.dailyBudget');
    expect(stepValue(budget, 137, 1)).toBe(140);
    expect(stepValue(budget, 137, -1)).toBe(130);
    expect(nearestOnGrid(budget, 137)).toBe(140);
    expect(nearestOnGrid(budget, 133)).toBe(130);
    expect(nearestOnGrid(budget, 1e9)).toBe(budget.max);
  });

  it('pages through 1–2–5 values, so 100 is reachable from the default budget', () => {
    const budget = spec('ads.dailyBudget');
    expect(pageValue(budget, 50, 1)).toBe(100);
    expect(pageValue(budget, 100, 1)).toBe(200);
    expect(pageValue(budget, 200, 1)).toBe(500);
    expect(pageValue(budget, 50, -1)).toBe(20);
  });
});

describe('the grid of a linear slider', () => {
  it('steps by the schema step and pages by ten steps', () => {
    const ctr = spec('ads.ctr');
    expect(stepValue(ctr, 0.009, 1)).toBe(0.01);
    expect(stepValue(ctr, 0.01, -1)).toBe(0.009);
    expect(pageValue(ctr, 0.009, 1)).toBe(0.02);
    const share = spec('ads.retargetingShare');
    expect(stepValue(share, 0.2, 1)).toBe(0.21);
    expect(pageValue(share, 0.2, 1)).toBe(0.3);
    expect(pageValue(share, 0.2, -1)).toBe(0.1);
  });
});

describe('keys', () => {
  it('map arrows, pages, Home and End; other keys are not the slider’s', () => {
    const p = spec('content.postsPerWeek');
    expect(keyValue(p, 5, 'ArrowRight')).toBe(6);
    expect(keyValue(p, 5, 'ArrowUp')).toBe(6);
    expect(keyValue(p, 5, 'ArrowLeft')).toBe(4);
    expect(keyValue(p, 5, 'ArrowDown')).toBe(4);
    expect(keyValue(p, 5, 'PageUp')).toBe(10);
    expect(keyValue(p, 5, 'PageDown')).toBe(0);
    expect(keyValue(p, 5, 'Home')).toBe(p.min);
    expect(keyValue(p, 5, 'End')).toBe(p.max);
    expect(keyValue(p, 5, 'Tab')).toBeNull();
    expect(keyValue(p, p.max, 'ArrowRight')).toBe(p.max);
    expect(keyValue(p, p.min, 'ArrowLeft')).toBe(p.min);
  });
});
