/**
 * The strategy's levers, each with the modest what-if a consultant would try first and the
 * figure it should move. A claim of the model: on seeds paired with the default, the what-if
 * moves its figure the stated way in at least 9 of 10 seeds at 365 days. The lever test checks
 * it and `npm run levers` writes the measured effects to docs/levers.md.
 */
import type { Bilingual, ParameterName } from './parameters';

/** Figures a lever can move: a metric on the last day, a daily flow summed over the run, or a daily level averaged over it. */
export type LeverFigure =
  | { metric: 'buyers'; over: 'last' }
  | { metric: 'retention'; over: 'last' }
  | { metric: 'followers'; over: 'last' }
  | { metric: 'doubting'; over: 'mean' }
  | { metric: 'romi'; over: 'last' }
  | { metric: 'purchases'; over: 'sum' }
  | { metric: 'visits'; over: 'sum' }
  | { metric: 'recovered'; over: 'sum' }
  | { metric: 'wonBack'; over: 'sum' }
  | { metric: 'newByRetargeting'; over: 'sum' }
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
    figure: { metric: 'doubting', over: 'mean' },
    direction: -1,
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
    figure: { metric: 'doubting', over: 'mean' },
    direction: -1,
    whatIf: {
      en: 'answer more helpfully (tone 0.7 → 0.85)',
      ru: 'отвечать доброжелательнее и по делу (тон 0,7 → 0,85)',
    },
  },
  {
    parameter: 'feedback.costPerAnswer',
    to: 3,
    figure: { metric: 'romi', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'answer complaints at lower cost ($5 → $3 an answer)',
      ru: 'отвечать на жалобы дешевле (5 $ → 3 $ за ответ)',
    },
  },
  {
    parameter: 'content.postsPerWeek',
    to: 10,
    figure: { metric: 'purchases', over: 'sum' },
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
    to: 0.8,
    // Sales posts send followers to the website; the purchases that follow are too few in a
    // year of the default strategy to show above luck on 9 of 10 seeds (8 of 10 on several bases).
    figure: { metric: 'visits', over: 'sum' },
    direction: 1,
    whatIf: {
      en: 'give most posts a goal (50 % → 80 %)',
      ru: 'дать цель большинству постов (50 % → 80 %)',
    },
  },
  {
    parameter: 'content.answerShare',
    to: 0.5,
    figure: { metric: 'doubting', over: 'mean' },
    direction: -1,
    whatIf: {
      en: 'answer followers’ questions in more of the goal posts (30 % → 50 %)',
      ru: 'чаще отвечать на вопросы подписчиков в постах с целью (30 % → 50 %)',
    },
  },
  {
    parameter: 'content.buyersInvited',
    to: 0.4,
    figure: { metric: 'followers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'invite buyers to the page with every order (20 % → 40 % join)',
      ru: 'приглашать покупателей в сообщество с каждым заказом (вступают 20 % → 40 %)',
    },
  },
  {
    parameter: 'content.costPerPost',
    to: 10,
    figure: { metric: 'romi', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'produce posts for less ($15 → $10 a post)',
      ru: 'готовить посты дешевле (15 $ → 10 $ за пост)',
    },
  },
  {
    parameter: 'ads.dailyBudget',
    to: 20,
    figure: { metric: 'buyers', over: 'last' },
    direction: 1,
    whatIf: {
      en: 'spend a third more on ads ($15 → $20 a day)',
      ru: 'тратить на рекламу на треть больше (15 $ → 20 $ в день)',
    },
  },
  {
    parameter: 'ads.retargetingShare',
    to: 0.4,
    figure: { metric: 'newByRetargeting', over: 'sum' },
    direction: 1,
    whatIf: {
      en: 'retarget more (20 % → 40 % of the budget)',
      ru: 'больше ретаргетинга (20 % → 40 % бюджета)',
    },
  },
];

/**
 * The other parameters of the strategy's groups are conditions the brand meets rather than
 * choices it makes (the platform's prices and reach, how its customers behave), so they have no
 * what-if of their own; each says why. A test checks that every parameter of the research,
 * communication, content and advertising groups is a lever or listed here.
 */
export const CONDITIONS: Readonly<Partial<Record<ParameterName, Bilingual>>> = {
  'feedback.complaintShare': {
    en: 'how readily disappointed customers complain in public: their habit, not the brand’s choice',
    ru: 'как охотно разочарованные клиенты жалуются публично: их привычка, а не выбор бренда',
  },
  'feedback.patienceDays': {
    en: 'how long a complainer waits for an answer: the customers’ patience',
    ru: 'сколько жалующийся ждёт ответа: терпение клиентов',
  },
  'content.organicReach': {
    en: 'set by the platform’s feed (choose a platform in Research)',
    ru: 'задаётся лентой площадки (выберите площадку в исследовании)',
  },
  'content.shareReach': {
    en: 'how many people a follower’s repost reaches: the followers’ own networks',
    ru: 'сколько людей видят репост подписчика: его собственный круг',
  },
  'content.offerWindowDays': {
    en: 'how far ahead an offer pulls a loyal customer’s purchase: the customers’ habit',
    ru: 'насколько вперёд предложение ускоряет покупку лояльного клиента: привычка клиентов',
  },
  'ads.cpm': {
    en: 'the platform’s price of impressions (choose a platform in Research)',
    ru: 'цена показов на площадке (выберите площадку в исследовании)',
  },
  'ads.ctr': {
    en: 'the platform’s average click-through rate (choose a platform in Research)',
    ru: 'средняя кликабельность на площадке (выберите площадку в исследовании)',
  },
  'ads.frequencyCap': {
    en: 'a safeguard: at one to three ads a week the default cap of ten a day never binds',
    ru: 'предохранитель: при одном–трёх показах в неделю ограничение в десять в день не срабатывает',
  },
  'ads.familiarityLift': {
    en: 'how much more readily people click an ad of a brand they know: the audience’s response',
    ru: 'насколько охотнее кликают по рекламе знакомого бренда: реакция аудитории',
  },
  'ads.followRate': {
    en: 'how often an unclicked ad wins a follower: the platform’s and audience’s response',
    ru: 'как часто показ без клика приносит подписчика: реакция площадки и аудитории',
  },
};
