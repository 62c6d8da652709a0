/**
 * The strategy's levers, each with the modest what-if a consultant would try first and the
 * figure it should move. A claim of the model: on seeds paired with the default, the what-if
 * moves its figure the stated way in at least 9 of 10 seeds at 365 days. The lever test checks
 * it and `npm run levers` writes the measured effects to docs/levers.md.
 */
import type { Bilingual, ParameterName } from './parameters';

/** Figures a lever can move: a metric on the last day, or a daily flow summed over the run. */
export type LeverFigure =
  | { metric: 'buyers'; over: 'last' }
  | { metric: 'retention'; over: 'last' }
  | { metric: 'followers'; over: 'last' }
  | { metric: 'purchases'; over: 'sum' }
  | { metric: 'wonBack'; over: 'sum' }
  | { metric: 'cac'; over: 'last' };

export interface Lever {
  parameter: ParameterName;
  /** the value tried instead of the default */
  to: number;
  figure: LeverFigure;
  /** +1: the what-if should raise the figure; −1: lower it */
  direction: 1 | -1;
  /** what is tried, in a consultant's words */
  whatIf: Bilingual;
}

/** Days a lever check runs: effects of retention and word of mouth need most of a year. */
export const LEVER_DAYS = 365;
/** Paired seeds per lever, and how many of them must agree. */
export const LEVER_SEEDS = 10;
export const LEVER_MIN_RIGHT = 9;

export const LEVERS: readonly Lever[] = [
  {
    parameter: 'research.valueFit',
    to: 0.7,
    figure: { metric: 'buyers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'sharpen the value proposition (fit 0.6 → 0.7)',
      ru: 'уточнить ценностное предложение (соответствие 0,6 → 0,7)',
    },
  },
  {
    parameter: 'research.targetingPrecision',
    to: 0.6,
    figure: { metric: 'buyers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'aim ads better (precision 50 % → 60 %)',
      ru: 'точнее нацелить рекламу (точность 50 % → 60 %)',
    },
  },
  {
    parameter: 'feedback.responseHours',
    to: 1,
    figure: { metric: 'retention', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'answer complaints within an hour instead of ten',
      ru: 'отвечать на жалобы за час, а не за десять',
    },
  },
  {
    parameter: 'feedback.answeredShare',
    to: 0.95,
    figure: { metric: 'retention', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'answer 95 % of complaints instead of half',
      ru: 'отвечать на 95 % жалоб, а не на половину',
    },
  },
  {
    parameter: 'feedback.tone',
    to: 0.85,
    figure: { metric: 'retention', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'answer more helpfully (tone 0.7 → 0.85)',
      ru: 'отвечать доброжелательнее и по делу (тон 0,7 → 0,85)',
    },
  },
  {
    parameter: 'content.postsPerWeek',
    to: 10,
    figure: { metric: 'retention', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'post twice as often (5 → 10 a week)',
      ru: 'публиковать вдвое чаще (5 → 10 в неделю)',
    },
  },
  {
    parameter: 'content.quality',
    to: 0.6,
    figure: { metric: 'followers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'make posts more engaging (quality 0.5 → 0.6)',
      ru: 'сделать посты интереснее (качество 0,5 → 0,6)',
    },
  },
  {
    parameter: 'content.purposefulShare',
    to: 0.7,
    figure: { metric: 'purchases', over: 'sum' },
    direction: 1,
    whatIf: {
      en: 'give more posts a goal (50 % → 70 %)',
      ru: 'больше постов с целью (50 % → 70 %)',
    },
  },
  {
    parameter: 'ads.dailyBudget',
    to: 75,
    figure: { metric: 'buyers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'spend half as much again on ads ($50 → $75 a day)',
      ru: 'тратить на рекламу в полтора раза больше ($50 → $75 в день)',
    },
  },
  {
    parameter: 'ads.retargetingShare',
    to: 0.4,
    figure: { metric: 'wonBack', over: 'sum' },
    direction: 1,
    whatIf: {
      en: 'retarget more (20 % → 40 % of the budget)',
      ru: 'больше ретаргетинга (20 % → 40 % бюджета)',
    },
  },
];
