/**
 * The page's glossary: the money and loyalty terms the key figures and the comparison use, in both
 * languages. A meaning that speaks of money names the scenario's currency through two placeholders,
 * filled by `glossaryMeaning`: `{unit}`, one unit of it ("dollar", «рубль»), and `{one}`, one unit
 * as an amount ("$1", «1 ₽»).
 */
import type { Lang } from './strings';

export interface GlossaryEntry {
  term: string;
  meaning: string;
}

/** An entry's meaning with the currency's words in place of its placeholders. */
export function glossaryMeaning(meaning: string, unit: string, one: string): string {
  return meaning.replaceAll('{unit}', unit).replaceAll('{one}', one);
}

export const GLOSSARY: Record<Lang, { title: string; entries: readonly GlossaryEntry[] }> = {
  en: {
    title: 'Glossary: what the figures mean',
    entries: [
      { term: 'Buyers', meaning: 'Everyone who has bought at least once since day 1.' },
      {
        term: 'Retention',
        meaning:
          'Customers still with the brand (trying the product, loyal, or complaining and waiting for an answer), of everyone who ever bought.',
      },
      { term: 'Conversion', meaning: 'Purchases on the website ÷ visits to it, since day 1.' },
      { term: 'Revenue', meaning: 'Purchases × the product’s price, since day 1.' },
      {
        term: 'Gross profit',
        meaning: 'Revenue × the product’s margin: what is left after the cost of the goods.',
      },
      {
        term: 'Marketing cost',
        meaning:
          'Ad spend, plus producing every post of the content plan, plus answering complaints, since day 1.',
      },
      {
        term: 'CAC',
        meaning: 'Customer acquisition cost: ad spend ÷ new customers, since day 1. Lower is better.',
      },
      {
        term: 'ROMI',
        meaning:
          'Return on marketing investment: (gross profit − marketing cost) ÷ marketing cost, since day 1. −100 % means everything spent was lost, 0 % that the marketing paid for itself.',
      },
      {
        term: 'Customer equity',
        meaning:
          'The gross profit today’s customers are expected to bring over the next 365 days, from the model’s own rates of buying again and drifting away.',
      },
      {
        term: 'ROMI with equity',
        meaning:
          'ROMI counting customer equity as well: a strategy that builds loyal customers pays back later than this year’s figures show.',
      },
      {
        term: 'LTV',
        meaning:
          'Lifetime value: the gross profit a new customer is expected to bring over their whole time with the brand, first purchase and repeat purchases.',
      },
      { term: 'LTV:CAC', meaning: 'LTV ÷ CAC. Three or more is the consultants’ usual rule of thumb.' },
      {
        term: 'Return on the extra spend',
        meaning:
          'Comparing B with A: the extra gross profit each extra {unit} of marketing brought back. Below {one}, the extra spend did not pay for itself (yet).',
      },
      {
        term: 'Likes and reposts',
        meaning: 'Vanity metrics: they show attention, not money. A strategy can win likes and lose buyers.',
      },
    ],
  },
  ru: {
    title: 'Словарь: что означают показатели',
    entries: [
      { term: 'Покупатели', meaning: 'Все, кто с первого дня купил хотя бы раз.' },
      {
        term: 'Удержание',
        meaning:
          'Доля клиентов, которые всё ещё с брендом (пробуют продукт, лояльны или ждут ответа на жалобу), среди всех, кто когда-либо покупал.',
      },
      { term: 'Конверсия', meaning: 'Покупки на сайте ÷ визиты на сайт с первого дня.' },
      { term: 'Выручка', meaning: 'Число покупок × цена продукта с первого дня.' },
      {
        term: 'Валовая прибыль',
        meaning: 'Выручка × маржинальность продукта: то, что остаётся за вычетом себестоимости товара.',
      },
      {
        term: 'Затраты на маркетинг',
        meaning:
          'Расходы на рекламу, на подготовку каждого поста контент-плана и на ответы на жалобы с первого дня.',
      },
      {
        term: 'CAC',
        meaning:
          'Стоимость привлечения клиента: расходы на рекламу ÷ число новых клиентов с первого дня. Чем ниже, тем лучше.',
      },
      {
        term: 'ROMI',
        meaning:
          'Окупаемость затрат на маркетинг: (валовая прибыль − затраты на маркетинг) ÷ затраты на маркетинг с первого дня. −100 % — всё потрачено впустую, 0 % — маркетинг окупился и только.',
      },
      {
        term: 'Клиентский капитал',
        meaning:
          'Валовая прибыль, которую нынешние клиенты, по расчёту модели, принесут за следующие 365 дней: с учётом того, как часто они покупают снова и как скоро уходят.',
      },
      {
        term: 'ROMI с клиентским капиталом',
        meaning:
          'ROMI с учётом клиентского капитала: стратегия, которая растит лояльных клиентов, окупается позже, чем видно по цифрам этого года.',
      },
      {
        term: 'LTV',
        meaning:
          'Пожизненная ценность клиента: валовая прибыль, которую новый клиент, по расчёту, принесёт за всё время с брендом, — первая покупка и повторные.',
      },
      { term: 'LTV:CAC', meaning: 'LTV ÷ CAC. Консультанты обычно считают хорошим значение от трёх и выше.' },
      {
        term: 'Отдача от дополнительных затрат',
        meaning:
          'При сравнении B с A: сколько валовой прибыли вернул каждый дополнительный {unit}, вложенный в маркетинг. Меньше {one} — дополнительные затраты (пока) не окупились.',
      },
      {
        term: 'Лайки и репосты',
        meaning:
          'Метрики тщеславия: они показывают внимание, а не деньги. Стратегия может собирать лайки и терять покупателей.',
      },
    ],
  },
};
