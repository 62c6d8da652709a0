/**
 * Interface strings in English and Russian. Parameter and state texts live with their
 * declarations (the parameter schema, the statechart's meta); everything else is here.
 */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  appTitle: 'SMM Loop',
  tagline: 'The social-media information loop, simulated',
  scenario: 'Scenario',
  play: 'Play',
  pause: 'Pause',
  step: 'Step one day',
  reset: 'Back to day 0',
  speed: 'Speed',
  daysPerSecond: 'days/s',
  day: 'Day',
  of: 'of',
  seed: 'Seed',
  timeline: 'Timeline',
  strategy: 'Strategy',
  defaultValue: 'default',
  resetParameter: 'Reset to default',
  kpis: 'Key figures',
  vsGhost: 'vs previous',
  buyers: 'Buyers',
  retention: 'Retention',
  conversionRate: 'Conversion',
  cac: 'CAC',
  romi: 'ROMI',
  computing: 'Computing…',
  visitsToday: 'visits today',
  theLoop: 'The loop',
  charts: 'Charts',
  chartPurchases: 'Purchases and new customers per day',
  chartRetention: 'Retention: customers still in the loop, of all who bought',
  chartMoney: 'Revenue and ad spend, cumulative',
  chartVanity: 'Likes and reposts per day (vanity metrics)',
  chartFlows: 'Moves between places, by channel (cumulative)',
  axisDay: 'day',
  axisPeople: 'people',
  axisShare: 'share',
  axisMoney: 'money',
  purchases: 'purchases',
  newCustomers: 'new customers',
  revenue: 'revenue',
  adSpend: 'ad spend',
  likes: 'likes',
  reposts: 'reposts',
  ghost: 'previous run',
  vanityNote: 'Likes and reposts hint at content quality; they are not money.',
  language: 'Язык: русский',
  shareLink: 'Copy link',
  linkCopied: 'Link copied',
  exportCsv: 'Export CSV',
  presentation: 'Presentation mode',
  /** counts come formatted; the last two numbers choose singular or plural */
  summary: (
    day: number,
    community: string,
    customers: string,
    waiting: string,
    nCustomers: number,
    nWaiting: number,
  ) =>
    `Day ${day}: ${community} in the community, ${customers} ${nCustomers === 1 ? 'customer' : 'customers'}, ${waiting} ${nWaiting === 1 ? 'complaint' : 'complaints'} waiting.`,
  invalidUrl: (what: string) => `Ignored from the link: ${what}`,
  /** a run the worker could not compute, with the engine's own message */
  simulationFailed: (message: string) => `The simulation failed: ${message}`,
  typeValue: 'type an exact value',
  /** the message for a typed value out of range; `from` and `to` come formatted, with their unit */
  typedRange: (whole: boolean, from: string, to: string) =>
    `Type ${whole ? 'a whole number' : 'a number'} between ${from} and ${to}`,
  modified: 'modified',
  customStrategy: 'Custom strategy',
  horizon: 'Horizon',
  days: 'days',
  horizonRange: (from: string, to: string) => `The horizon is a whole number of days from ${from} to ${to}`,
} as const;

type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const ru: Strings = {
  appTitle: 'SMM Loop',
  tagline: 'Информационный цикл SMM в модели',
  scenario: 'Сценарий',
  play: 'Пуск',
  pause: 'Пауза',
  step: 'Шаг на один день',
  reset: 'К дню 0',
  speed: 'Скорость',
  daysPerSecond: 'дн./с',
  day: 'День',
  of: 'из',
  seed: 'Зерно',
  timeline: 'Шкала времени',
  strategy: 'Стратегия',
  defaultValue: 'по умолчанию',
  resetParameter: 'Вернуть значение по умолчанию',
  kpis: 'Ключевые показатели',
  vsGhost: 'к прошлому',
  buyers: 'Покупатели',
  retention: 'Удержание',
  conversionRate: 'Конверсия',
  cac: 'CAC',
  romi: 'ROMI',
  computing: 'Считаем…',
  visitsToday: 'визитов за день',
  theLoop: 'Цикл',
  charts: 'Графики',
  chartPurchases: 'Покупки и новые клиенты в день',
  chartRetention: 'Удержание: доля клиентов, оставшихся в цикле',
  chartMoney: 'Выручка и расходы на рекламу, нарастающим итогом',
  chartVanity: 'Лайки и репосты в день (метрики тщеславия)',
  chartFlows: 'Переходы между местами, по каналам (нарастающим итогом)',
  axisDay: 'день',
  axisPeople: 'человек',
  axisShare: 'доля',
  axisMoney: 'деньги',
  purchases: 'покупки',
  newCustomers: 'новые клиенты',
  revenue: 'выручка',
  adSpend: 'реклама',
  likes: 'лайки',
  reposts: 'репосты',
  ghost: 'прошлый прогон',
  vanityNote: 'Лайки и репосты говорят о качестве контента, но это не деньги.',
  language: 'Language: English',
  shareLink: 'Скопировать ссылку',
  linkCopied: 'Ссылка скопирована',
  exportCsv: 'Выгрузить CSV',
  presentation: 'Режим презентации',
  summary: (day, community, customers, waiting) =>
    `День ${day}: в сообществе ${community}, клиентов ${customers}, жалоб ждут ответа ${waiting}.`,
  invalidUrl: (what) => `Из ссылки не принято: ${what}`,
  simulationFailed: (message) => `Не удалось рассчитать прогон: ${message}`,
  typeValue: 'ввести точное значение',
  typedRange: (whole, from, to) => `Введите ${whole ? 'целое число' : 'число'} от ${from} до ${to}`,
  modified: 'изменено',
  customStrategy: 'Своя стратегия',
  horizon: 'Горизонт',
  days: 'дн.',
  horizonRange: (from, to) => `Горизонт — целое число дней от ${from} до ${to}`,
};

export const STRINGS: Record<Lang, Strings> = { en, ru };

/** Money in the locale's currency, with k/M for large amounts: $12.4k, 12,4 тыс. ₽. */
export function formatMoney(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const fmt = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    style: 'currency',
    currency: lang === 'ru' ? 'RUB' : 'USD',
    notation: abs >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: abs >= 10_000 ? 1 : abs >= 100 ? 0 : 2,
  });
  return fmt.format(x);
}

/** A count for people: 12.4k, 1,234. */
export function formatCount(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    notation: Math.abs(x) >= 100_000 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(x) >= 100_000 ? 1 : 0,
  }).format(x);
}

/** A share as a percentage: 81 %. */
export function formatShare(x: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(x);
}

/** A ratio such as ROMI: 1.8, −0.4. */
export function formatRatio(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 2 }).format(x);
}
