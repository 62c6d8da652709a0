/**
 * What each daily metric (each CSV column after `day`) is called on the page, in both languages,
 * for texts that name a figure: a lesson's claims, the column guide. `rate` marks the figures that
 * are ratios or money per customer rather than counts (Russian says «выше/ниже» of those and
 * «больше/меньше» of counts). The engine's test checks that every metric has a name here.
 */
import type { Lang } from './strings';

export interface MetricName {
  en: string;
  ru: string;
  rate?: true;
}

export const METRIC_NAMES: Readonly<Record<string, MetricName>> = {
  impressions: { en: 'Ad impressions', ru: 'Показы рекламы' },
  reach: { en: 'People reached', ru: 'Охват' },
  visits: { en: 'Visits to the website', ru: 'Визиты на сайт' },
  purchases: { en: 'Purchases', ru: 'Покупки' },
  newCustomers: { en: 'New customers', ru: 'Новые клиенты' },
  revenue: { en: 'Revenue', ru: 'Выручка' },
  adSpend: { en: 'Ad spend', ru: 'Расходы на рекламу' },
  likes: { en: 'Likes', ru: 'Лайки' },
  reposts: { en: 'Reposts', ru: 'Репосты' },
  complaints: { en: 'Complaints', ru: 'Жалобы' },
  complaintsAnswered: { en: 'Complaints answered', ru: 'Жалобы с ответом' },
  churned: { en: 'Customers who left', ru: 'Ушедшие клиенты' },
  wonBack: { en: 'Customers won back', ru: 'Возвращённые клиенты' },
  retention: { en: 'Retention', ru: 'Удержание', rate: true },
  conversionRate: { en: 'Conversion of visits', ru: 'Конверсия визитов', rate: true },
  cac: { en: 'CAC (cost of a new customer)', ru: 'CAC (стоимость нового клиента)', rate: true },
  romi: { en: 'ROMI', ru: 'ROMI', rate: true },
  repeatPurchases: { en: 'Repeat purchases', ru: 'Повторные покупки' },
  follows: { en: 'New followers', ru: 'Новые подписчики' },
  unfollows: { en: 'Unfollows', ru: 'Отписки' },
  recovered: { en: 'Complainers won back by an answer', ru: 'Пожаловавшиеся, которых удержал ответ' },
  mentions: { en: 'Word of mouth', ru: 'Сарафанное радио' },
  badMentions: { en: 'Bad word of mouth', ru: 'Плохое сарафанное радио' },
  aware: { en: 'People who know the brand', ru: 'Знают бренд' },
  followers: { en: 'Followers', ru: 'Подписчики' },
  buyers: { en: 'Customers', ru: 'Клиенты' },
  totalRevenue: { en: 'Revenue so far', ru: 'Выручка нарастающим итогом' },
  totalAdSpend: { en: 'Ad spend so far', ru: 'Расходы на рекламу нарастающим итогом' },
  contentCost: { en: 'Cost of content', ru: 'Затраты на контент' },
  supportCost: { en: 'Cost of answers', ru: 'Затраты на ответы' },
  marketingCost: { en: 'Marketing cost', ru: 'Затраты на маркетинг' },
  customerEquity: { en: 'Customer equity', ru: 'Клиентский капитал' },
  romiWithEquity: { en: 'ROMI with equity', ru: 'ROMI с клиентским капиталом', rate: true },
  ltv: { en: 'LTV (value of a customer)', ru: 'LTV (ценность клиента)', rate: true },
  ltvToCac: { en: 'LTV:CAC', ru: 'LTV:CAC', rate: true },
  newByAds: { en: 'New customers by ads', ru: 'Новые клиенты из рекламы' },
  newByContent: { en: 'New customers by content', ru: 'Новые клиенты из контента' },
  newByWom: { en: 'New customers by word of mouth', ru: 'Новые клиенты по сарафанному радио' },
  newByRetargeting: { en: 'New customers by retargeting', ru: 'Новые клиенты из ретаргетинга' },
  doubting: { en: 'People who doubt the brand', ru: 'Сомневающиеся в бренде' },
  lapsed: { en: 'Customers who drifted away', ru: 'Клиенты, ушедшие без контактов' },
  leftAfterComplaint: { en: 'Left after complaining', ru: 'Ушли после жалобы' },
  leftDisappointed: { en: 'Left disappointed', ru: 'Ушли разочарованными' },
  satisfaction: { en: 'Product satisfaction', ru: 'Удовлетворённость продуктом', rate: true },
};

/** A metric's name in a language (the metric's own name when it has none). */
export function metricName(metric: string, lang: Lang): string {
  return METRIC_NAMES[metric]?.[lang] ?? metric;
}
