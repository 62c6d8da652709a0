import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { keyFigureSeries, standings } from './challenge';
import { KEY_FIGURES, keyFigure } from './compare';
import { simulate } from './run';

const figure = (id: string) => KEY_FIGURES.find((f) => f.id === id)!;

describe('standings', () => {
  it('ranks by the median, best first, with each team’s 10–90 % spread', () => {
    const s = standings(
      [
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
        [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ],
      1,
    );
    expect(s.map((r) => [r.team, r.rank])).toEqual([
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
    expect(s[0]).toMatchObject({ median: 15.5, low: 12, high: 19, defined: 10 });
  });

  it('ranks a figure that is better low (marketing cost) lowest first', () => {
    const s = standings(
      [
        [3, 3],
        [1, 1],
        [2, 2],
      ],
      -1,
    );
    expect(s.map((r) => r.team)).toEqual([1, 2, 0]);
  });

  it('says, seed by seed, how often a team beat the one just below it', () => {
    // team 0 ahead of team 1 on 9 of 10 paired seeds, though its median is only a little higher
    const a = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const b = a.map((v, i) => (i === 0 ? v + 1 : v - 0.5));
    const s = standings([a, b], 1);
    expect(s[0]!.team).toBe(0);
    expect(s[0]!.overNext).toMatchObject({ above: 9, below: 1, n: 10, says: 'above' });
    expect(s[1]!.overNext).toBeUndefined();
  });

  it('calls a lead of 6 of 10 seeds noise', () => {
    const a = [5, 5, 5, 5, 5, 5, 0, 0, 0, 0];
    const b = [4, 4, 4, 4, 4, 4, 1, 1, 1, 1];
    const s = standings([b, a], 1);
    expect(s[0]!.team).toBe(1);
    expect(s[0]!.overNext?.says).toBe('noise');
  });

  it('puts teams whose figure is undefined everywhere last, sharing the last place', () => {
    const s = standings(
      [
        [NaN, NaN],
        [1, 2],
        [NaN, NaN],
        [NaN, 3],
      ],
      1,
    );
    expect(s.map((r) => [r.team, r.rank, r.defined])).toEqual([
      [3, 1, 1],
      [1, 2, 2],
      [0, 3, 0],
      [2, 3, 0],
    ]);
    // undefined on one of two seeds: compared on the seed where both are defined
    expect(s[0]!.overNext).toMatchObject({ n: 1, above: 1 });
    expect(s[1]!.overNext).toBeUndefined();
  });

  it('keeps the order given for equal medians', () => {
    expect(standings([[1], [1], [1]], 1).map((r) => r.team)).toEqual([0, 1, 2]);
  });
});

describe('keyFigureSeries', () => {
  const params = defaultParameters();
  const frames = simulate({ ...params, 'audience.size': 500 }, 3, 40);
  it('ends at the figure the comparison reads off the whole run', () => {
    for (const f of KEY_FIGURES) {
      const series = keyFigureSeries({ params, frames }, f);
      expect(series).toHaveLength(40);
      expect(Object.is(series[39], keyFigure({ params, frames }, f))).toBe(true);
    }
  });

  it('accumulates a figure summed over the run (likes) and reads a level on its day (buyers)', () => {
    const likes = keyFigureSeries({ params, frames }, figure('likes'));
    for (let d = 1; d < likes.length; d++) expect(likes[d]!).toBeGreaterThanOrEqual(likes[d - 1]!);
    const buyers = keyFigureSeries({ params, frames }, figure('buyers'));
    expect(buyers[9]).toBe(keyFigure({ params, frames: frames.slice(0, 10) }, figure('buyers')));
  });
});
