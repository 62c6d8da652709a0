/**
 * Names of the loop's places and of the channels people move through, in both languages, for
 * the charts (the statechart names states, not places or channels).
 */
import type { Channel, Place } from '../../model/agent';
import type { Lang } from '../../i18n/strings';

export const PLACE_LABELS: Record<Place, Record<Lang, string>> = {
  audience: { en: 'Audience', ru: 'Аудитория' },
  community: { en: 'Community', ru: 'Сообщество' },
  website: { en: 'Website', ru: 'Сайт' },
  product: { en: 'Product', ru: 'Продукт' },
  feedback: { en: 'Feedback', ru: 'Обратная связь' },
  lost: { en: 'Lost', ru: 'Ушли' },
};

export const CHANNEL_LABELS: Record<Channel, Record<Lang, string>> = {
  ads: { en: 'Ads', ru: 'Реклама' },
  retargeting: { en: 'Retargeting', ru: 'Ретаргетинг' },
  content: { en: 'Content', ru: 'Контент' },
  feedback: { en: 'Feedback', ru: 'Обратная связь' },
  wom: { en: 'Word of mouth', ru: 'Сарафанное радио' },
  // What a visit to the website ends in.
  site: { en: 'Site: purchase or exit', ru: 'Сайт: покупка или уход' },
  // How the product is experienced once bought.
  product: { en: 'Product experience', ru: 'Опыт продукта' },
  // Forgetting the brand, lapsing, calming down.
  time: { en: 'Time', ru: 'Время' },
};

/** Texts the charts need that are not (yet) in STRINGS. */
export const CHART_TEXT = {
  /** the visits that ended without a purchase, left out of the flow diagram */
  foldedExits: {
    en: 'Not drawn, so that the smaller flows show: visits to the website that ended without a purchase',
    ru: 'Не показаны, чтобы были видны потоки поменьше: визиты на сайт, закончившиеся без покупки',
  },
  noMoves: {
    en: 'No moves yet: play or step a day to see them.',
    ru: 'Переходов пока нет: запустите модель или сделайте шаг.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
