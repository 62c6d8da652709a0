/**
 * Interface strings in English and Russian. Parameter and state texts live with their
 * declarations (the parameter schema, the statechart's meta); everything else is here.
 */
import type { NumberProblem } from '../model/number';
import type { Currency } from '../model/scenario';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Why a typed number was refused (see src/model/number.ts), as the start of a message. */
const NUMBER_PROBLEMS: Record<Lang, Record<NumberProblem, string>> = {
  en: {
    'not a number': 'Not a number',
    'not a whole number': 'Not a whole number',
    'out of range': 'Out of range',
  },
  ru: { 'not a number': 'Не число', 'not a whole number': 'Не целое число', 'out of range': 'Вне диапазона' },
};

/**
 * Something a link asked for that the page could not apply: the entry as the link has it
 * ("seed=-1"), and why (a number out of its range, no such preset, an unknown language or
 * currency, a setting the page does not know, with the name meant when one is near; an entry
 * given more than once, and the one used; a version the page does not write; a link too long to
 * read; a link encoded twice, read decoded).
 */
export type LinkIssue =
  | { entry: string; kind: 'number'; integer: boolean; min: number; max: number }
  | { entry: string; kind: 'lang' | 'currency' | 'invalid' | 'encoded' }
  /** `near`: the known name nearest to the one given, when one is near */
  | { entry: string; kind: 'preset' | 'lesson' | 'unknown'; near?: string }
  | { entry: string; kind: 'repeated'; used: string }
  | { entry: string; kind: 'version'; version: number }
  | { entry: string; kind: 'too-long'; length: number; max: number };

/** The formats of `plain`, made once (a format is slow to make and quick to use). */
const PLAIN: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 }),
  ru: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 10 }),
};

/** A number in a message, grouped as the language groups it (4,294,967,295 · 4 294 967 295). */
const plain = (lang: Lang, x: number) => PLAIN[lang].format(x);

/** The name of one unit of a currency, for sentences such as "each extra dollar". */
export const CURRENCY_UNIT: Record<Lang, Record<Currency, string>> = {
  en: { USD: 'dollar', RUB: 'rouble' },
  ru: { USD: 'доллар', RUB: 'рубль' },
};

const en = {
  appTitle: 'SMM Loop',
  tagline: 'The social-media information loop, simulated',
  scenario: 'Scenario',
  play: 'Play',
  pause: 'Pause',
  step: 'Step one day',
  reset: 'Back to day 0',
  speed: 'Speed',
  day: 'Day',
  of: 'of',
  /** the seed, for people: which of the possible random audiences the run is on */
  seed: 'Audience no.',
  seedAbout:
    'Which of the possible random audiences the run is on: the same number gives the same people and the same luck, so two strategies on one number differ only by the strategy.',
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
  romiWithEquity: 'ROMI with equity',
  ltvToCac: 'LTV:CAC',
  /** one line on each key figure, shown when pointing at it and read by screen readers */
  buyersAbout: 'Everyone who has bought at least once since day 1.',
  retentionAbout: 'Customers still in the loop, of everyone who ever bought.',
  conversionRateAbout: 'Purchases on the website ÷ visits, since day 1.',
  cacAbout: 'Ad spend ÷ new customers, since day 1.',
  romiAbout:
    '(Margin − marketing cost) ÷ marketing cost since day 1; marketing cost is ads, posts and answers.',
  romiWithEquityAbout:
    'ROMI counting also the margin today’s customers are expected to bring over the next 365 days (customer equity).',
  ltvToCacAbout:
    'A customer’s expected lifetime margin ÷ marketing cost per new customer; 3 or more is the usual rule of thumb.',
  computing: 'Computing…',
  theLoop: 'The loop',
  charts: 'Charts',
  chartPurchases: 'Purchases and new customers per day',
  chartPurchasesWeek: 'Purchases and new customers in the last 7 days',
  chartPurchasesTotal: 'Purchases and new customers since day 1',
  chartRetention: 'Retention: customers still in the loop, of all who bought',
  chartMoney: 'Revenue and ad spend, cumulative',
  chartVanity: 'Likes and reposts per day (vanity metrics)',
  chartVanityWeek: 'Likes and reposts in the last 7 days (vanity metrics)',
  chartVanityTotal: 'Likes and reposts since day 1 (vanity metrics)',
  /** how the charts of daily counts add them up */
  flowsView: 'Counts',
  flowsDay: 'per day',
  flowsWeek: 'last 7 days',
  flowsTotal: 'since day 1',
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
  presentation: 'Presentation',
  /** each count comes with its noun, in the form its number takes (see NOUNS) */
  summary: (day: number, community: string, customers: string, waiting: string) =>
    `Day ${day}: ${community} in the community, ${customers}, ${waiting}.`,
  /** after an amount of money: "$50/day" */
  perDay: '/day',
  /** why a typed seed was refused, and what a seed is */
  seedProblem: (problem: NumberProblem, max: number) =>
    `${NUMBER_PROBLEMS.en[problem]}: the audience number is a whole number from 0 to ${plain('en', max)}`,
  /** `what` lists the link's issues, each said by `linkIssue` */
  invalidUrl: (what: string) => `Not applied from the link: ${what}`,
  closeNotice: 'Close the message',
  linkIssue: (issue: LinkIssue): string => {
    switch (issue.kind) {
      case 'number':
        return `${issue.entry} (${issue.integer ? 'a whole number' : 'a number'} from ${plain('en', issue.min)} to ${plain('en', issue.max)} is needed)`;
      case 'preset':
        return `${issue.entry} (no such scenario${issue.near ? `; did you mean ${issue.near}?` : ''})`;
      case 'lang':
        return `${issue.entry} (the language is en or ru)`;
      case 'currency':
        return `${issue.entry} (the currency is USD or RUB)`;
      case 'lesson':
        return `${issue.entry} (no such lesson${issue.near ? `; did you mean ${issue.near}?` : ''})`;
      case 'invalid':
        return `${issue.entry} (cannot be read)`;
      case 'unknown':
        return `${issue.entry} (an unknown setting${issue.near ? `; did you mean ${issue.near}?` : ''})`;
      case 'repeated':
        return `${issue.entry} (given more than once; ${issue.used} is used)`;
      case 'version':
        return `${issue.entry} (this page reads links of version ${issue.version}; the rest was read as version ${issue.version})`;
      case 'too-long':
        return `the whole link (${plain('en', issue.length)} characters; links of at most ${plain('en', issue.max)} are read)`;
      case 'encoded':
        return `${issue.entry} (the link was encoded twice; it was read decoded once more)`;
    }
  },
  /** after the first issues of a link, how many more there are */
  moreLinkIssues: (n: number) => `and ${plain('en', n)} more`,
  /** a run the worker could not compute, with the engine's own message */
  typeValue: 'type an exact value',
  /** the message for a typed value out of range; `from` and `to` come formatted, with their unit */
  typedRange: (whole: boolean, from: string, to: string) =>
    `Type ${whole ? 'a whole number' : 'a number'} between ${from} and ${to}`,
  modified: 'modified',
  /** before the description of a preset that has since been edited */
  beforeChanges: 'Before your changes',
  customStrategy: 'Custom strategy',
  horizon: 'Horizon',
  days: 'days',
  horizonRange: (from: string, to: string) => `The horizon is a whole number of days from ${from} to ${to}`,
  /** the research's fourth object: a social platform's published averages (src/model/platforms.ts) */
  platform: 'Platform',
  platformCustom: 'Custom values',
  platformCustomAbout: 'These values match no platform’s published averages: they are your own.',
  /** `names` lists the parameters a platform sets, e.g. "Cost per 1000 impressions, …" */
  platformSets: (names: string) =>
    `Choosing a platform sets three parameters to its published averages: ${names}. Each slider stays adjustable.`,
  platformSources: 'Where the figures come from',
  /** in place of a source: the figure is the project's assumption (docs/platforms.md says why) */
  platformAssumption: 'an assumption, no published average found',
  /** where a change of strategy takes effect */
  applyFrom: 'A change applies',
  applyFromToday: 'from the day shown',
  applyFromStart: 'from day 0',
  applyFromAbout:
    'From the day shown, the days before stay as they were and the run goes on with the new strategy from there; from day 0, the whole run is simulated again with it.',
  /** the days on which the strategy changes during the run, e.g. "90, 120" */
  changedOn: (days: string) => `The strategy changes on ${days.includes(',') ? 'days' : 'day'} ${days}.`,
  /** in a parameter's help: its range, and its name in links, scenario files and the CLI */
  rangeOf: (from: string, to: string) => `Range: ${from} to ${to}.`,
  nameInLinks: 'In links, scenario files and the CLI:',
} as const;

type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const ru: Strings = {
  appTitle: 'SMM Loop',
  tagline: 'Модель информационного цикла SMM',
  scenario: 'Сценарий',
  play: 'Пуск',
  pause: 'Пауза',
  step: 'Шаг на один день',
  reset: 'К нулевому дню',
  speed: 'Скорость',
  day: 'День',
  of: 'из',
  seed: 'Аудитория №',
  seedAbout:
    'Какая из возможных случайных аудиторий: тот же номер — те же люди и то же везение, так что две стратегии на одном номере различаются только стратегией.',
  timeline: 'Шкала времени',
  strategy: 'Стратегия',
  defaultValue: 'по умолчанию',
  resetParameter: 'Вернуть значение по умолчанию',
  kpis: 'Ключевые показатели',
  vsGhost: 'к прошлому прогону',
  buyers: 'Покупатели',
  retention: 'Удержание',
  conversionRate: 'Конверсия',
  cac: 'CAC',
  romi: 'ROMI',
  romiWithEquity: 'ROMI с клиентским капиталом',
  ltvToCac: 'LTV:CAC',
  buyersAbout: 'Все, кто с первого дня купил хотя бы раз.',
  retentionAbout: 'Клиенты, оставшиеся в цикле, из всех, кто когда-либо покупал.',
  conversionRateAbout: 'Покупки на сайте ÷ визиты на сайт с первого дня.',
  cacAbout: 'Расходы на рекламу ÷ число новых клиентов с первого дня.',
  romiAbout:
    '(Маржа − затраты на маркетинг) ÷ затраты на маркетинг с первого дня; затраты — реклама, посты и ответы.',
  romiWithEquityAbout:
    'ROMI с учётом маржи, которую нынешние клиенты, по расчёту, принесут за следующие 365 дней (клиентский капитал).',
  ltvToCacAbout:
    'Маржа, которую клиент, по расчёту, принесёт за всё время с брендом ÷ расходы на рекламу на одного нового клиента; принято считать хорошим 3 и выше.',
  computing: 'Считаем…',
  theLoop: 'Цикл',
  charts: 'Графики',
  chartPurchases: 'Покупки и новые клиенты в день',
  chartPurchasesWeek: 'Покупки и новые клиенты за последние 7 дней',
  chartPurchasesTotal: 'Покупки и новые клиенты с первого дня',
  chartRetention: 'Удержание: доля оставшихся в цикле среди всех, кто покупал',
  chartMoney: 'Выручка и расходы на рекламу, нарастающим итогом',
  chartVanity: 'Лайки и репосты в день (метрики тщеславия)',
  chartVanityWeek: 'Лайки и репосты за последние 7 дней (метрики тщеславия)',
  chartVanityTotal: 'Лайки и репосты с первого дня (метрики тщеславия)',
  flowsView: 'Показывать',
  flowsDay: 'за день',
  flowsWeek: 'за 7 дней',
  flowsTotal: 'с первого дня',
  chartFlows: 'Переходы между частями цикла по каналам (нарастающим итогом)',
  axisDay: 'день',
  axisPeople: 'человек',
  axisShare: 'доля',
  axisMoney: 'деньги',
  purchases: 'покупки',
  newCustomers: 'новые клиенты',
  revenue: 'выручка',
  adSpend: 'расходы на рекламу',
  likes: 'лайки',
  reposts: 'репосты',
  ghost: 'прошлый прогон',
  vanityNote: 'Лайки и репосты говорят о качестве контента, но это не деньги.',
  language: 'Language: English',
  shareLink: 'Скопировать ссылку',
  linkCopied: 'Ссылка скопирована',
  exportCsv: 'Скачать CSV',
  presentation: 'Презентация',
  summary: (day, community, customers, waiting) =>
    `День ${day}: в сообществе ${community}, ${customers}, ${waiting}.`,
  perDay: ' в день',
  seedProblem: (problem, max) =>
    `${NUMBER_PROBLEMS.ru[problem]}: номер аудитории — целое число от 0 до ${plain('ru', max)}`,
  invalidUrl: (what) => `Не удалось применить из ссылки: ${what}`,
  closeNotice: 'Закрыть сообщение',
  linkIssue: (issue) => {
    switch (issue.kind) {
      case 'number':
        return `${issue.entry} (нужно ${issue.integer ? 'целое число' : 'число'} от ${plain('ru', issue.min)} до ${plain('ru', issue.max)})`;
      case 'preset':
        return `${issue.entry} (такого сценария нет${issue.near ? `; может быть, имелся в виду ${issue.near}?` : ''})`;
      case 'lang':
        return `${issue.entry} (язык — en или ru)`;
      case 'currency':
        return `${issue.entry} (валюта — USD или RUB)`;
      case 'lesson':
        return `${issue.entry} (такого урока нет${issue.near ? `; может быть, имелся в виду ${issue.near}?` : ''})`;
      case 'invalid':
        return `${issue.entry} (не удалось разобрать)`;
      case 'unknown':
        return `${issue.entry} (такой настройки нет${issue.near ? `; может быть, имелась в виду ${issue.near}?` : ''})`;
      case 'repeated':
        return `${issue.entry} (указано несколько раз; применено ${issue.used})`;
      case 'version':
        return `${issue.entry} (страница понимает ссылки версии ${issue.version}; остальное прочитано по её правилам)`;
      case 'too-long':
        return `вся ссылка (её длина ${plain('ru', issue.length)}, а читаются ссылки не длиннее ${plain('ru', issue.max)} символов)`;
      case 'encoded':
        return `${issue.entry} (ссылка закодирована дважды; она прочитана после повторного декодирования)`;
    }
  },
  moreLinkIssues: (n) => `и ещё ${plain('ru', n)}`,
  typeValue: 'ввести точное значение',
  typedRange: (whole, from, to) => `Введите ${whole ? 'целое число' : 'число'} от ${from} до ${to}`,
  modified: 'изменено',
  beforeChanges: 'До ваших изменений',
  customStrategy: 'Своя стратегия',
  horizon: 'Срок моделирования',
  days: 'дн.',
  horizonRange: (from, to) => `Срок моделирования — целое число дней от ${from} до ${to}`,
  platform: 'Площадка',
  platformCustom: 'Свои значения',
  platformCustomAbout:
    'Эти значения не совпадают со средними ни одной площадки: это ваши собственные значения.',
  platformSets: (names) =>
    `Выбор площадки ставит три параметра по её опубликованным средним: ${names}. Каждый ползунок можно и дальше двигать.`,
  platformSources: 'Откуда эти цифры',
  platformAssumption: 'допущение: опубликованного среднего не нашлось',
  applyFrom: 'Изменение действует',
  applyFromToday: 'с показанного дня',
  applyFromStart: 'с нулевого дня',
  applyFromAbout:
    'С показанного дня — прошлые дни остаются как были, а дальше прогон идёт с новой стратегией; с нулевого дня — весь прогон пересчитывается заново.',
  changedOn: (days) => `Стратегия меняется ${days.includes(',') ? 'в дни' : 'в день'} ${days}.`,
  rangeOf: (from, to) => `Диапазон: от ${from} до ${to}.`,
  nameInLinks: 'В ссылках, файлах сценариев и командной строке:',
};

export const STRINGS: Record<Lang, Strings> = { en, ru };

/**
 * A counted noun in every form its language needs, keyed by the plural category that
 * `Intl.PluralRules` gives the number: English "one" (1) and "other"; Russian "one" (1, 21),
 * "few" (2–4, 22), "many" (0, 5–20) and "other" (fractions: 0,5 часа).
 */
export interface Noun {
  readonly en: { readonly one: string; readonly other: string };
  readonly ru: { readonly one: string; readonly few: string; readonly many: string; readonly other: string };
}

/** Every noun the page puts after a number (format with `formatCounted`/`formatQuantity` in ./format). */
export const NOUNS = {
  hour: {
    en: { one: 'hour', other: 'hours' },
    ru: { one: 'час', few: 'часа', many: 'часов', other: 'часа' },
  },
  day: { en: { one: 'day', other: 'days' }, ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' } },
  dayPerSecond: {
    en: { one: 'day/s', other: 'days/s' },
    ru: { one: 'день/с', few: 'дня/с', many: 'дней/с', other: 'дня/с' },
  },
  person: {
    en: { one: 'person', other: 'people' },
    ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  },
  customer: {
    en: { one: 'customer', other: 'customers' },
    ru: { one: 'клиент', few: 'клиента', many: 'клиентов', other: 'клиента' },
  },
  complaintWaiting: {
    en: { one: 'complaint waiting', other: 'complaints waiting' },
    ru: {
      one: 'жалоба ждёт ответа',
      few: 'жалобы ждут ответа',
      many: 'жалоб ждут ответа',
      other: 'жалобы ждут ответа',
    },
  },
  visitToday: {
    en: { one: 'visit today', other: 'visits today' },
    ru: { one: 'визит за день', few: 'визита за день', many: 'визитов за день', other: 'визита за день' },
  },
  move: {
    en: { one: 'move', other: 'moves' },
    ru: { one: 'переход', few: 'перехода', many: 'переходов', other: 'перехода' },
  },
  impressionPerDay: {
    en: { one: 'impression/day', other: 'impressions/day' },
    ru: { one: 'показ/день', few: 'показа/день', many: 'показов/день', other: 'показа/день' },
  },
  mentionPerDay: {
    en: { one: 'mention/day', other: 'mentions/day' },
    ru: { one: 'упоминание/день', few: 'упоминания/день', many: 'упоминаний/день', other: 'упоминания/день' },
  },
  postPerWeek: {
    en: { one: 'post/week', other: 'posts/week' },
    ru: { one: 'пост/нед.', few: 'поста/нед.', many: 'постов/нед.', other: 'поста/нед.' },
  },
} as const satisfies Record<string, Noun>;
