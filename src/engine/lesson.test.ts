import { describe, expect, it } from 'vitest';
import { claimFigure, claimHolds, lessonStrategy, parseLesson } from './lesson';
import { defaultParameters } from '../model/parameters';
import type { DayFrame } from './simulation';
import { METRICS, METRIC_INDEX } from './metrics';
import { lessonData } from '../../test/support/lesson';

const valid = () => lessonData();

/** Frames whose only non-zero metric is `likes`, with these values by day. */
const likes = (values: number[]): DayFrame[] =>
  values.map((v, d) => {
    const metrics = new Float64Array(METRICS.length);
    metrics[METRIC_INDEX.likes] = v;
    return { day: d + 1, metrics } as unknown as DayFrame;
  });

describe('parseLesson', () => {
  it('reads a valid lesson', () => {
    const lesson = parseLesson(valid());
    expect(lesson.steps).toHaveLength(2);
    expect(lesson.steps[1]!.fromDay).toBe(60);
  });

  it.each([
    [
      (l: ReturnType<typeof valid>) => ((l as Record<string, unknown>).version = 2),
      'version: must be 1, got 2',
    ],
    [(l: ReturnType<typeof valid>) => ((l as Record<string, unknown>).extra = 1), 'extra: unknown field'],
    [(l: ReturnType<typeof valid>) => (l.steps = []), 'steps: must be a list of at least one step'],
    [(l: ReturnType<typeof valid>) => (l.focus = 'moon'), 'focus: must be one of product, research'],
    [(l: ReturnType<typeof valid>) => delete (l.ru as Partial<typeof l.ru>).answer, 'ru.answer: missing'],
    [
      (l: ReturnType<typeof valid>) => (l.steps[0]!.claims = []),
      'steps[0].claims: must list at least one claim',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[0]!.claims[0]!.metric = 'happiness'),
      'steps[0].claims[0].metric: must be one of the CSV columns, got "happiness"',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[0]!.claims[0]!.direction = 'up'),
      'steps[0].claims[0].direction: must be "higher" or "lower"',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[1]!.fromDay = 500),
      'steps[1].fromDay: must be a whole number from 2 to 120',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[1]!.parameters = { 'audience.size': 100 } as never),
      'steps[1].parameters.audience.size: audience.size cannot change during a run',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[0]!.parameters = { 'ads.budget': 3 } as never),
      'steps[0].parameters.ads.budget: unknown',
    ],
    [
      (l: ReturnType<typeof valid>) => (l.steps[0]!.parameters = {} as never),
      'steps[0].parameters: must name at least one',
    ],
    [(l: ReturnType<typeof valid>) => (l.en.title = ' '), 'en.title: must be a text that is not empty'],
  ])('names what is wrong (%#)', (spoil, message) => {
    const data = valid();
    spoil(data);
    expect(() => parseLesson(data)).toThrow(message);
  });
});

describe('lessonStrategy', () => {
  it('adds the steps up to the one asked for, the ones from a later day as changes on that day', () => {
    const lesson = parseLesson(valid());
    expect(lessonStrategy(lesson, 0)).toEqual({
      params: { ...defaultParameters(), 'content.postsPerWeek': 2 },
      changes: [],
    });
    expect(lessonStrategy(lesson, 1).params['content.postsPerWeek']).toBe(7);
    expect(lessonStrategy(lesson, 2)).toEqual({
      params: { ...defaultParameters(), 'content.postsPerWeek': 7 },
      changes: [{ day: 60, parameters: { 'feedback.answeredShare': 1 } }],
    });
  });

  it('a later change from the start overrides what a change during the run set for the same parameter', () => {
    const data = valid();
    data.steps.push({ ...data.steps[0]!, parameters: { 'feedback.answeredShare': 0.2 } as never });
    const { params, changes } = lessonStrategy(parseLesson(data), 3);
    expect(params['feedback.answeredShare']).toBe(0.2);
    expect(changes).toEqual([]);
  });
});

describe('claims', () => {
  it('read sums from their day on, and hold only when the figure moves strictly the claimed way', () => {
    const claim = {
      metric: 'likes' as const,
      over: 'sum' as const,
      fromDay: 2,
      direction: 'higher' as const,
    };
    expect(claimFigure(claim, likes([100, 1, 2]))).toBe(3);
    expect(claimHolds(claim, likes([100, 1, 2]), likes([0, 2, 2]))).toBe(true);
    expect(claimHolds(claim, likes([0, 1, 2]), likes([0, 1, 2]))).toBe(false);
    expect(claimHolds({ ...claim, direction: 'lower' }, likes([0, 1, 2]), likes([9, 0, 2]))).toBe(true);
  });
});
