import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePoints } from './decimate';

/** The columns a chart `columns` wide puts the points of a series of `n` values in. */
const columnOf = (i: number, n: number, columns: number) => Math.floor((i * columns) / n);

describe('the points of a long series drawn at a chart’s width', () => {
  it('are every point when there are no more than two a column', () => {
    expect(linePoints([3, 1, 4, 1, 5], 10)).toEqual([0, 1, 2, 3, 4]);
    expect(linePoints([], 10)).toEqual([]);
  });

  it('keep in each column its first, lowest, highest and last value, and every gap (2,000 series)', () => {
    const value = fc.oneof(
      { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 9 },
      fc.constant(NaN),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (values, columns) => {
        const points = linePoints(values, columns);
        const n = values.length;
        // in order, each once
        for (let k = 1; k < points.length; k++) expect(points[k]!).toBeGreaterThan(points[k - 1]!);
        if (n <= 2 * columns) return;
        const kept = new Set(points);
        // each stretch without a gap within a column: its ends and extremes are kept
        let stretch: number[] = [];
        const check = () => {
          if (stretch.length === 0) return;
          const vs = stretch.map((i) => values[i]!);
          const [low, high] = [Math.min(...vs), Math.max(...vs)];
          expect(kept.has(stretch[0]!) && kept.has(stretch.at(-1)!)).toBe(true);
          expect(stretch.some((i) => kept.has(i) && values[i] === low)).toBe(true);
          expect(stretch.some((i) => kept.has(i) && values[i] === high)).toBe(true);
          stretch = [];
        };
        for (let i = 0; i < n; i++) {
          if (i > 0 && columnOf(i, n, columns) !== columnOf(i - 1, n, columns)) check();
          if (Number.isFinite(values[i]!)) stretch.push(i);
          else check();
        }
        check();
        // a gap between two drawn values stays a gap: some NaN is kept between them
        for (let k = 1; k < points.length; k++) {
          const [a, b] = [points[k - 1]!, points[k]!];
          const gap = values.slice(a + 1, b).some((v) => !Number.isFinite(v));
          if (gap && Number.isFinite(values[a]!) && Number.isFinite(values[b]!))
            expect.fail(`gap lost between ${a} and ${b}`);
        }
        // at most four points a stretch, and the NaN between stretches
        expect(points.length).toBeLessThanOrEqual(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('draw a run of 3,650 days in a few points a column', () => {
    const values = Array.from({ length: 3650 }, (_, i) => Math.sin(i / 7) * 100 + i);
    const points = linePoints(values, 500);
    expect(points.length).toBeLessThanOrEqual(4 * 500);
    expect(points[0]).toBe(0);
    expect(points.at(-1)).toBe(3649);
  });
});
