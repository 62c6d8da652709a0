/**
 * Lessons: a scenario with a story. A lesson asks a question, then walks through steps that each
 * change one thing in the strategy and point at one part of the loop; after each step it says
 * what to notice, and at the end it answers the question. Every step states claims about how its
 * run differs from the step before (buyers higher, doubt lower, …): a claim is a paired
 * comparison on the same seed, and the tests check each one on seeds nobody tuned on.
 *
 * Lessons are files in `simulations/lessons/`, validated here with one message per problem that
 * names the field and what is allowed.
 */
import { METRICS, type Metric } from './metrics';
import { figureOf } from './experiment';
import type { DayFrame } from './simulation';
import { type Parameters } from '../model/parameters';
import {
  DAYS,
  SEED,
  ScenarioError,
  checkChangeable,
  checkWhole,
  parseParameters,
  scenarioParameters,
  type StrategyChange,
} from '../model/scenario';

export const LESSON_VERSION = 1;

/** The parts of the loop a step can point at (the diagram highlights them). */
export const LESSON_FOCUS = [
  'product',
  'research',
  'strategy',
  'ads',
  'content',
  'feedback',
  'community',
  'website',
  'wom',
  'retargeting',
  'lost',
  'audience',
] as const;
export type LessonFocus = (typeof LESSON_FOCUS)[number];

/** How a claim reads its figure off a run: as `figureOf`, with sums optionally from a day on. */
export interface LessonClaim {
  metric: Metric;
  over: 'last' | 'sum' | 'mean';
  /** for sums and means: count only from this day on (1 for the first day) */
  fromDay?: number;
  /** the step's run has it higher or lower than the step before's */
  direction: 'higher' | 'lower';
}

/** The texts of a step in one language. */
export interface StepTexts {
  title: string;
  /** what the step changes, in words */
  change: string;
  /** what to notice once the step has run */
  notice: string;
}

export interface LessonStep {
  /** the parameters this step changes */
  parameters: Partial<Parameters>;
  /** the day from which the change applies; absent: from the start of the run */
  fromDay?: number;
  focus: LessonFocus;
  claims: LessonClaim[];
  en: StepTexts;
  ru: StepTexts;
}

export interface LessonTexts {
  title: string;
  question: string;
  /** what the starting run shows, before any step */
  start: string;
  answer: string;
}

export interface Lesson {
  version: typeof LESSON_VERSION;
  seed: number;
  days: number;
  /** the starting strategy: parameters that differ from the defaults */
  parameters: Partial<Parameters>;
  /** the part of the loop the starting run points at */
  focus: LessonFocus;
  steps: LessonStep[];
  en: LessonTexts;
  ru: LessonTexts;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function checkKeys(data: Record<string, unknown>, allowed: readonly string[], at: string): void {
  for (const key of Object.keys(data)) {
    if (!allowed.includes(key)) {
      throw new ScenarioError(`${at}${at ? '.' : ''}${key}`, `unknown field; allowed: ${allowed.join(', ')}`);
    }
  }
}

function texts<K extends string>(data: unknown, keys: readonly K[], at: string): Record<K, string> {
  if (!isObject(data)) throw new ScenarioError(at, `must be an object with ${keys.join(', ')}`);
  checkKeys(data, keys, at);
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = data[key];
    if (value === undefined) throw new ScenarioError(`${at}.${key}`, 'missing; must be a text');
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ScenarioError(`${at}.${key}`, 'must be a text that is not empty');
    }
    out[key] = value;
  }
  return out;
}

function focusOf(value: unknown, at: string): LessonFocus {
  if (!(LESSON_FOCUS as readonly unknown[]).includes(value)) {
    throw new ScenarioError(at, `must be one of ${LESSON_FOCUS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as LessonFocus;
}

function claimOf(data: unknown, days: number, at: string): LessonClaim {
  if (!isObject(data)) throw new ScenarioError(at, 'must be an object with metric, over and direction');
  checkKeys(data, ['metric', 'over', 'fromDay', 'direction'], at);
  if (!(METRICS as readonly unknown[]).includes(data.metric)) {
    throw new ScenarioError(
      `${at}.metric`,
      `must be one of the CSV columns, got ${JSON.stringify(data.metric)}`,
    );
  }
  if (!['last', 'sum', 'mean'].includes(data.over as string)) {
    throw new ScenarioError(
      `${at}.over`,
      `must be "last", "sum" or "mean", got ${JSON.stringify(data.over)}`,
    );
  }
  if (!['higher', 'lower'].includes(data.direction as string)) {
    throw new ScenarioError(
      `${at}.direction`,
      `must be "higher" or "lower", got ${JSON.stringify(data.direction)}`,
    );
  }
  const claim: LessonClaim = {
    metric: data.metric as Metric,
    over: data.over as LessonClaim['over'],
    direction: data.direction as LessonClaim['direction'],
  };
  if (data.fromDay !== undefined) {
    const problem = checkWhole(data.fromDay, 1, days);
    if (problem) throw new ScenarioError(`${at}.fromDay`, `${problem} (the lesson's days)`);
    if (claim.over === 'last')
      throw new ScenarioError(`${at}.fromDay`, 'only sums and means start from a day');
    claim.fromDay = data.fromDay as number;
  }
  return claim;
}

/** Validates parsed JSON as a lesson; throws ScenarioError naming the first wrong field. */
export function parseLesson(data: unknown): Lesson {
  if (!isObject(data)) throw new ScenarioError('(file)', 'must be a JSON object');
  checkKeys(data, ['version', 'seed', 'days', 'parameters', 'focus', 'steps', 'en', 'ru'], '');
  if (data.version !== LESSON_VERSION) {
    throw new ScenarioError('version', `must be ${LESSON_VERSION}, got ${JSON.stringify(data.version)}`);
  }
  const seedProblem = checkWhole(data.seed, SEED.min, SEED.max);
  if (seedProblem) throw new ScenarioError('seed', seedProblem);
  const daysProblem = checkWhole(data.days, DAYS.min, DAYS.max);
  if (daysProblem) throw new ScenarioError('days', daysProblem);
  const days = data.days as number;
  const parameters = data.parameters === undefined ? {} : parseParameters(data.parameters, 'parameters');
  const lessonTexts = ['title', 'question', 'start', 'answer'] as const;
  const en = texts(data.en, lessonTexts, 'en');
  const ru = texts(data.ru, lessonTexts, 'ru');
  if (!Array.isArray(data.steps) || data.steps.length === 0) {
    throw new ScenarioError('steps', 'must be a list of at least one step');
  }
  const stepTexts = ['title', 'change', 'notice'] as const;
  const steps = data.steps.map((step: unknown, k): LessonStep => {
    const at = `steps[${k}]`;
    if (!isObject(step)) throw new ScenarioError(at, 'must be an object');
    checkKeys(step, ['parameters', 'fromDay', 'focus', 'claims', 'en', 'ru'], at);
    let fromDay: number | undefined;
    if (step.fromDay !== undefined) {
      const problem = checkWhole(step.fromDay, 2, days);
      if (problem)
        throw new ScenarioError(`${at}.fromDay`, `${problem} (a day after the first, within the lesson)`);
      fromDay = step.fromDay as number;
    }
    if (step.parameters === undefined)
      throw new ScenarioError(`${at}.parameters`, 'missing; must name what the step changes');
    const changed = parseParameters(step.parameters, `${at}.parameters`);
    const names = Object.keys(changed);
    if (names.length === 0) throw new ScenarioError(`${at}.parameters`, 'must name at least one parameter');
    for (const name of names) {
      const fixed = fromDay === undefined ? null : checkChangeable(name);
      if (fixed)
        throw new ScenarioError(
          `${at}.parameters.${name}`,
          `${fixed}; change it from the start (no fromDay)`,
        );
    }
    if (!Array.isArray(step.claims) || step.claims.length === 0) {
      throw new ScenarioError(`${at}.claims`, 'must list at least one claim the step makes');
    }
    return {
      parameters: changed,
      ...(fromDay !== undefined ? { fromDay } : {}),
      focus: focusOf(step.focus, `${at}.focus`),
      claims: step.claims.map((c: unknown, j) => claimOf(c, days, `${at}.claims[${j}]`)),
      en: texts(step.en, stepTexts, `${at}.en`),
      ru: texts(step.ru, stepTexts, `${at}.ru`),
    };
  });
  return {
    version: LESSON_VERSION,
    seed: data.seed as number,
    days,
    parameters,
    focus: focusOf(data.focus, 'focus'),
    steps,
    en,
    ru,
  };
}

/**
 * The strategy after `step` steps (0: the starting one): the starting parameters with every
 * change made from the start of the run so far, and the changes made from a later day as changes
 * of strategy on that day.
 */
export function lessonStrategy(
  lesson: Lesson,
  step: number,
): { params: Parameters; changes: StrategyChange[] } {
  const params = scenarioParameters(lesson);
  const byDay = new Map<number, Partial<Parameters>>();
  for (const s of lesson.steps.slice(0, step)) {
    if (s.fromDay === undefined) {
      Object.assign(params, s.parameters);
      // a change from the start overrides what a later day would have set before it
      for (const later of byDay.values())
        for (const name of Object.keys(s.parameters)) delete later[name as keyof Parameters];
    } else byDay.set(s.fromDay, { ...byDay.get(s.fromDay), ...s.parameters });
  }
  const changes = [...byDay]
    .filter(([, p]) => Object.keys(p).length > 0)
    .sort(([a], [b]) => a - b)
    .map(([day, parameters]) => ({ day, parameters }));
  return { params, changes };
}

/** The claim's figure for a run. */
export function claimFigure(claim: LessonClaim, frames: readonly DayFrame[]): number {
  const from = claim.fromDay ?? 1;
  return figureOf(frames.slice(from - 1), claim);
}

/** True when the step's run moved the claim's figure the claimed way from the run before (strictly). */
export function claimHolds(
  claim: LessonClaim,
  before: readonly DayFrame[],
  after: readonly DayFrame[],
): boolean {
  const a = claimFigure(claim, before);
  const b = claimFigure(claim, after);
  return claim.direction === 'higher' ? b > a : b < a;
}
