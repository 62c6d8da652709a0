/**
 * The column guide: what every column of the CSV (and of the CLI's JSON rows) means, in English and
 * Russian, with its unit and its kind. One declaration for docs/columns.md (`npm run docs`) and for
 * the page's "Columns of the CSV" section; a test checks that it covers every column in order.
 * Names come from METRIC_NAMES (metric-names.ts); the state counts' words from the statechart.
 */
import { STATES, STATE_META, type AgentState } from '../model/agent';
import { METRIC_NAMES } from './metric-names';
import type { Lang } from './strings';

/**
 * What kind of figure a column is: the day's number; a flow (what happened that day); a stock (how
 * many at the end of the day); cumulative (a running total from day 1 to the day); a ratio (of
 * running totals from day 1, or a rate as of the day).
 */
export type ColumnKind = 'index' | 'flow' | 'stock' | 'cumulative' | 'ratio';
export type ColumnUnit = 'day' | 'people' | 'events' | 'money' | 'ratio' | 'share';

export interface ColumnDoc {
  kind: ColumnKind;
  unit: ColumnUnit;
  en: string;
  ru: string;
}

export const KIND_NAMES: Record<ColumnKind, { en: string; ru: string }> = {
  index: { en: 'day number', ru: 'номер дня' },
  flow: { en: 'flow: that day', ru: 'поток: за день' },
  stock: { en: 'stock: end of the day', ru: 'запас: на конец дня' },
  cumulative: { en: 'cumulative: day 1 to the day', ru: 'нарастающий итог: с 1-го дня' },
  ratio: { en: 'ratio', ru: 'отношение' },
};

export const UNIT_NAMES: Record<ColumnUnit, { en: string; ru: string }> = {
  day: { en: 'day', ru: 'день' },
  people: { en: 'people', ru: 'люди' },
  events: { en: 'count', ru: 'штуки' },
  money: { en: 'money (the scenario’s currency)', ru: 'деньги (валюта сценария)' },
  ratio: { en: 'ratio', ru: 'отношение' },
  share: { en: 'share, 0–1', ru: 'доля, 0–1' },
};

const flow = (unit: ColumnUnit, en: string, ru: string): ColumnDoc => ({ kind: 'flow', unit, en, ru });
const stock = (unit: ColumnUnit, en: string, ru: string): ColumnDoc => ({ kind: 'stock', unit, en, ru });
const total = (unit: ColumnUnit, en: string, ru: string): ColumnDoc => ({ kind: 'cumulative', unit, en, ru });
const ratio = (unit: ColumnUnit, en: string, ru: string): ColumnDoc => ({ kind: 'ratio', unit, en, ru });

/** Every column but the state counts, in the CSV's order. */
export const COLUMN_DOCS: Readonly<Record<string, ColumnDoc>> = {
  day: {
    kind: 'index',
    unit: 'day',
    en: 'The simulated day, 1 for the first; every other column is as of the end of that day.',
    ru: 'Номер смоделированного дня, 1 — первый; все остальные столбцы — на конец этого дня.',
  },
  impressions: flow(
    'events',
    'Ads shown that day, paid and retargeted together (one person can see several).',
    'Показы рекламы за день, обычной и ретаргетинга вместе (один человек может увидеть несколько).',
  ),
  reach: flow(
    'people',
    'People who saw at least one ad that day.',
    'Люди, увидевшие за день хотя бы одно объявление.',
  ),
  visits: flow('events', 'Visits to the website that day.', 'Визиты на сайт за день.'),
  purchases: flow(
    'events',
    'All purchases that day: first purchases, repeat purchases and purchases of customers won back.',
    'Все покупки за день: первые, повторные и покупки вернувшихся клиентов.',
  ),
  newCustomers: flow(
    'people',
    'People who bought for the first time that day.',
    'Люди, впервые купившие в этот день.',
  ),
  revenue: flow('money', 'Revenue of the day’s purchases.', 'Выручка от покупок за день.'),
  adSpend: flow(
    'money',
    'Spent on ads (with retargeting) that day.',
    'Потрачено на рекламу (с ретаргетингом) за день.',
  ),
  likes: flow('events', 'Likes of the brand’s posts that day.', 'Лайки постов бренда за день.'),
  reposts: flow('events', 'Reposts of the brand’s posts that day.', 'Репосты постов бренда за день.'),
  complaints: flow(
    'events',
    'Public complaints of unhappy customers that day.',
    'Публичные жалобы недовольных клиентов за день.',
  ),
  complaintsAnswered: flow(
    'events',
    'Complaints the brand answered that day (the answer arrives then, whatever it leads to).',
    'Жалобы, на которые бренд ответил в этот день (ответ пришёл, чем бы он ни кончился).',
  ),
  churned: flow(
    'people',
    'Customers who left that day, for any reason (see `lapsed`, `leftAfterComplaint`, `leftDisappointed`).',
    'Клиенты, ушедшие за день по любой причине (см. `lapsed`, `leftAfterComplaint`, `leftDisappointed`).',
  ),
  wonBack: flow(
    'people',
    'Former customers who bought again that day, brought back by retargeting.',
    'Бывшие клиенты, которые снова купили в этот день, вернувшись по ретаргетингу.',
  ),
  retention: ratio(
    'share',
    'Customers with the brand now (trying the product, loyal, or complaining) ÷ all new customers from day 1. Empty before the first customer.',
    'Клиенты с брендом сейчас (пробуют продукт, лояльные или ждут ответа на жалобу) ÷ все новые клиенты с 1-го дня. Пусто до первого клиента.',
  ),
  conversionRate: ratio(
    'share',
    'Purchases on the website (first and won back) ÷ visits, both from day 1. Empty before the first visit.',
    'Покупки на сайте (первые и вернувшихся) ÷ визиты, и то и другое с 1-го дня. Пусто до первого визита.',
  ),
  cac: ratio(
    'money',
    'Ad spend ÷ new customers, both from day 1: the paid cost of a new customer. Empty before the first customer.',
    'Расходы на рекламу ÷ новые клиенты, и то и другое с 1-го дня: платная стоимость нового клиента. Пусто до первого клиента.',
  ),
  romi: ratio(
    'ratio',
    '(margin − marketing cost) ÷ marketing cost, from day 1; margin is revenue × `product.margin`. 0 breaks even. Empty while nothing has been spent on marketing (`marketingCost` is 0).',
    '(маржа − затраты на маркетинг) ÷ затраты на маркетинг, с 1-го дня; маржа — выручка × `product.margin`. 0 — безубыточность. Пусто, пока на маркетинг ничего не потрачено (`marketingCost` равен 0).',
  ),
  repeatPurchases: flow(
    'events',
    'Repeat purchases of loyal customers that day.',
    'Повторные покупки лояльных клиентов за день.',
  ),
  follows: flow(
    'people',
    'People who followed the page that day.',
    'Люди, подписавшиеся на страницу за день.',
  ),
  unfollows: flow(
    'people',
    'People who unfollowed the page that day.',
    'Люди, отписавшиеся от страницы за день.',
  ),
  recovered: flow(
    'people',
    'Complaining customers whom the brand’s answer won back that day: they stay, as loyal customers. Part of `complaintsAnswered` (the rest of the answered leave anyway).',
    'Пожаловавшиеся клиенты, которых ответ бренда удержал в этот день: они остаются лояльными клиентами. Часть `complaintsAnswered` (остальные получившие ответ всё равно уходят).',
  ),
  mentions: flow(
    'events',
    'Good word of mouth heard that day: mentions of the brand by customers who speak well of it.',
    'Хорошие отзывы, услышанные за день: упоминания бренда довольными клиентами.',
  ),
  badMentions: flow(
    'events',
    'Bad word of mouth heard that day: mentions by unhappy former customers.',
    'Плохие отзывы, услышанные за день: упоминания обиженными бывшими клиентами.',
  ),
  aware: stock(
    'people',
    'Everyone who knows the brand at the end of the day, in any state but unaware: the population minus `n_unaware`. Not `n_aware`, which counts only those who know it and have gone no further (not following, not customers, not lost).',
    'Все, кто знает бренд на конец дня, в любом состоянии, кроме «не знают»: население минус `n_unaware`. Это не `n_aware`: тот считает только тех, кто знает бренд и дальше не продвинулся (не подписан, не клиент, не ушёл).',
  ),
  followers: stock(
    'people',
    'People who follow the page at the end of the day, whatever their state (customers too).',
    'Подписчики страницы на конец дня, в каком бы состоянии они ни были (и клиенты тоже).',
  ),
  buyers: total(
    'people',
    'People who have bought at least once, from day 1: the running total of `newCustomers` (those who left since included).',
    'Люди, купившие хотя бы раз с 1-го дня: нарастающий итог `newCustomers` (включая тех, кто потом ушёл).',
  ),
  totalRevenue: total('money', 'Revenue from day 1.', 'Выручка с 1-го дня.'),
  totalAdSpend: total('money', 'Ad spend from day 1.', 'Расходы на рекламу с 1-го дня.'),
  contentCost: total(
    'money',
    'Cost of producing content from day 1 (`content.costPerPost` for every post).',
    'Затраты на производство контента с 1-го дня (`content.costPerPost` за каждый пост).',
  ),
  supportCost: total(
    'money',
    'Cost of answering complaints from day 1 (`feedback.costPerAnswer` for every answer).',
    'Затраты на ответы на жалобы с 1-го дня (`feedback.costPerAnswer` за каждый ответ).',
  ),
  marketingCost: total(
    'money',
    'Ads + content + answers, from day 1.',
    'Реклама + контент + ответы, с 1-го дня.',
  ),
  customerEquity: stock(
    'money',
    'The margin today’s customers are expected to bring over the next 365 days, as of the day.',
    'Маржа, которую нынешние клиенты, как ожидается, принесут за следующие 365 дней, на этот день.',
  ),
  romiWithEquity: ratio(
    'ratio',
    'As `romi`, with customer equity added to the margin: what the spending has built, not only what it has earned back. Empty while `romi` is.',
    'Как `romi`, но к марже добавлен клиентский капитал: что затраты построили, а не только что уже вернули. Пусто, пока пуст `romi`.',
  ),
  ltv: ratio(
    'money',
    'The margin one new customer is expected to bring over a lifetime, from the strategy in force that day. Empty before the first customer, and when customers never drift away (a contact every day, and nobody leaves after a repeat order goes wrong) while their purchases bring a margin: such a customer’s value has no end.',
    'Маржа, которую один новый клиент, как ожидается, принесёт за всё время, при стратегии этого дня. Пусто до первого клиента, а также если клиенты никогда не уходят (контакт с брендом каждый день, и никто не уходит из-за неудачного повторного заказа), а покупки приносят маржу: ценность такого клиента бесконечна.',
  ),
  ltvToCac: ratio(
    'ratio',
    '`ltv` ÷ `cac`. Empty while `ltv` or `cac` is, and while `cac` is 0 (nothing spent on ads).',
    '`ltv` ÷ `cac`. Пусто, пока пуст `ltv` или `cac`, а также пока `cac` равен 0 (на рекламу ничего не потрачено).',
  ),
  newByAds: flow(
    'people',
    'The day’s new customers whose first purchase followed a visit from an ad.',
    'Новые клиенты дня, чья первая покупка была после перехода по рекламе.',
  ),
  newByContent: flow(
    'people',
    'The day’s new customers who came from the brand’s posts.',
    'Новые клиенты дня, пришедшие из постов бренда.',
  ),
  newByWom: flow(
    'people',
    'The day’s new customers who came by word of mouth.',
    'Новые клиенты дня, пришедшие по сарафанному радио.',
  ),
  newByRetargeting: flow(
    'people',
    'The day’s new customers who came by retargeting.',
    'Новые клиенты дня, пришедшие по ретаргетингу.',
  ),
  doubting: stock(
    'people',
    'People who doubt the brand at the end of the day: heard it criticised, saw a complaint or a poor answer.',
    'Люди, сомневающиеся в бренде на конец дня: слышали критику, видели жалобу или плохой ответ.',
  ),
  lapsed: flow(
    'people',
    'Of `churned`: customers who drifted away that day after long without contact.',
    'Из `churned`: клиенты, ушедшие в этот день после долгого отсутствия контактов.',
  ),
  leftAfterComplaint: flow(
    'people',
    'Of `churned`: customers who left that day after complaining, answered or not.',
    'Из `churned`: клиенты, ушедшие в этот день после жалобы, с ответом или без.',
  ),
  leftDisappointed: flow(
    'people',
    'Of `churned`: customers who left that day disappointed, without a word.',
    'Из `churned`: клиенты, ушедшие в этот день разочарованными, молча.',
  ),
  satisfaction: stock(
    'share',
    'The product’s satisfaction in force at the end of the day: its starting value, raised by what the brand has learned from feedback so far.',
    'Удовлетворённость продуктом на конец дня: исходная, повышенная тем, что бренд узнал из обратной связи.',
  ),
};

/** The guide's entry for the count of a state, `n_<state>`. */
function stateDoc(s: AgentState): ColumnDoc {
  const { label, about } = STATE_META[s];
  return {
    kind: 'stock',
    unit: 'people',
    en: `People in the state “${label.en}” at the end of the day: ${about.en} The \`n_\` columns sum to the population.`,
    ru: `Люди в состоянии «${label.ru}» на конец дня: ${about.ru} Столбцы \`n_\` в сумме дают население.`,
  };
}

export const STATE_COLUMN_DOCS: Readonly<Record<string, ColumnDoc>> = Object.fromEntries(
  STATES.map((s) => [`n_${s}`, stateDoc(s)]),
);

/** A column's name on the page, in a language. */
export function columnName(column: string, lang: Lang): string {
  if (column === 'day') return lang === 'ru' ? 'День' : 'Day';
  if (column.startsWith('n_')) {
    const s = column.slice(2) as AgentState;
    const label = STATE_META[s]?.label[lang];
    if (label) return lang === 'ru' ? `Сейчас в состоянии «${label}»` : `Now ${label.toLowerCase()}`;
  }
  return METRIC_NAMES[column]?.[lang] ?? column;
}

/** The guide's entry for a column, or undefined for a column it does not know. */
export function columnDoc(column: string): ColumnDoc | undefined {
  return COLUMN_DOCS[column] ?? STATE_COLUMN_DOCS[column];
}
