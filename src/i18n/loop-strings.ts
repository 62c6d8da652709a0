/**
 * The upstream half of the loop in words (research, its results, the strategy) and the evidence
 * the loop shows beside its nodes, in English and Russian. Numbers come formatted.
 */
import type { Lang } from './strings';

/** How well the offer fits, in a word: poorly below 0.4, fairly below 0.7, well from 0.7. */
export type FitWord = 'poorly' | 'fairly' | 'well';
/** The tone of answers in a word: curt below 0.4, polite below 0.75, helpful from 0.75. */
export type ToneWord = 'curt' | 'polite' | 'helpful';

const en = {
  upstream: 'Where the loop starts: from the product to the strategy',
  research: 'Research',
  researchObjects: 'product, competitors, audience',
  platform: (name: string) => `platform: ${name}`,
  customPlatform: 'platform: own figures',
  results: 'Value proposition, audience',
  fit: (word: FitWord, value: string) =>
    `Offer fits ${{ poorly: 'poorly', fairly: 'fairly', well: 'well' }[word]} (${value})`,
  audience: (share: string, aim: string) => `Target: ${share} of people, ${aim} of ads`,
  strategy: 'Strategy',
  communication: (answered: string, hours: string, tone: ToneWord) =>
    `Answers: ${answered} of complaints, ~${hours}, ${{ curt: 'curt', polite: 'polite', helpful: 'helpful' }[tone]}`,
  contentPlan: (posts: string, goal: string) => `Content: ${posts}, ${goal} with a goal`,
  advertising: (budget: string, retargeting: string) => `Ads: ${budget} a day, ${retargeting} retargeting`,
  noAds: 'Ads: none',
  /** the arrow from the product into research */
  startsHere: 'everything starts with the product',
  /** the return arrow from feedback to the product */
  returnArrow: (from: string, to: string) => `feedback → product: satisfied ${from} → ${to}`,
  answeredSoFar: (n: string) => `${n} answered`,
  badSoFar: (n: string) => `${n} bad`,
  likesSoFar: (n: string) => `${n} likes`,
  purchasesSoFar: (n: string) => `${n} purchases`,
  evidenceAbout: 'Counts since day 1',
};

const ru: typeof en = {
  upstream: 'С чего начинается петля: от продукта к стратегии',
  research: 'Исследование',
  researchObjects: 'продукт, конкуренты, аудитория',
  platform: (name) => `площадка: ${name}`,
  customPlatform: 'площадка: свои показатели',
  results: 'Предложение и аудитория',
  fit: (word, value) =>
    `Предложение попадает ${{ poorly: 'плохо', fairly: 'неплохо', well: 'хорошо' }[word]} (${value})`,
  audience: (share, aim) => `ЦА: ${share} людей, ${aim} рекламы`,
  strategy: 'Стратегия',
  communication: (answered, hours, tone) =>
    `Ответы: ${answered} жалоб, ~${hours}, ${{ curt: 'сухо', polite: 'вежливо', helpful: 'по делу' }[tone]}`,
  contentPlan: (posts, goal) => `Контент: ${posts}, с целью ${goal}`,
  advertising: (budget, retargeting) => `Реклама: ${budget} в день, ретаргетинг ${retargeting}`,
  noAds: 'Реклама: нет',
  startsHere: 'всё начинается с продукта',
  returnArrow: (from, to) => `обратная связь → продукт: довольны ${from} → ${to}`,
  answeredSoFar: (n) => `отвечено: ${n}`,
  badSoFar: (n) => `плохих: ${n}`,
  likesSoFar: (n) => `лайков: ${n}`,
  purchasesSoFar: (n) => `покупок: ${n}`,
  evidenceAbout: 'Счёт с первого дня',
};

export const LOOP_STRINGS: Record<Lang, typeof en> = { en, ru };

export function fitWord(fit: number): FitWord {
  return fit < 0.4 ? 'poorly' : fit < 0.7 ? 'fairly' : 'well';
}
export function toneWord(tone: number): ToneWord {
  return tone < 0.4 ? 'curt' : tone < 0.75 ? 'polite' : 'helpful';
}
