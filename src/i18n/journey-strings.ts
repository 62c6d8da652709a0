/**
 * Words for following one customer through the loop: the panel, its button, the agent's flags,
 * and the sentences of its timeline, in English and Russian. States, events, decisions and
 * channels are named with the statechart's and the charts' own words.
 */
import type { Flag } from '../model/agent';
import type { Lang } from './strings';

const en = {
  followBuyer: 'Follow a random buyer',
  followHint: 'or click a dot in the loop',
  title: (agent: string) => `One customer’s journey: person no. ${agent}`,
  close: 'Stop following',
  tracing: 'Tracing this person’s days…',
  nobodyBought: 'Nobody has bought yet in this run.',
  nowOn: (day: string) => `On day ${day}`,
  state: 'state',
  flags: 'what is true of them',
  noFlags: 'nothing notable',
  startedAs: (state: string) => `Day 0 (start): ${state}`,
  day: (day: string) => `Day ${day}`,
  timeline: 'Every move, with the channel it went through',
  noMoves: 'Nothing has happened to this person yet.',
  answeredAfter: (hours: string) => `answered after ~${hours} h`,
  bought: 'bought',
  boughtAgain: 'bought again',
  firstPurchase: 'first purchase',
  churned: 'left the brand',
  hearsOfBrand: 'hears of the brand',
  leavesWithoutBuying: 'leaves without buying',
  flagWords: {
    target: 'in the target audience',
    follows: 'follows the brand’s page',
    unhappy: 'holds a grudge, speaks badly of the brand',
    willAnswer: 'will get an answer to the complaint',
    referred: 'came on a friend’s word',
    wary: 'doubts the brand',
    visited: 'left the website without buying (retargetable)',
    inTouch: 'in touch with the brand today',
  } satisfies Record<Flag, string>,
};

const ru: typeof en = {
  followBuyer: 'Проследить за случайным покупателем',
  followHint: 'или щёлкните по точке на схеме',
  title: (agent) => `Путь одного клиента: человек № ${agent}`,
  close: 'Перестать следить',
  tracing: 'Восстанавливаем дни этого человека…',
  nobodyBought: 'В этом прогоне пока никто ничего не купил.',
  nowOn: (day) => `День ${day}`,
  state: 'состояние',
  flags: 'что о нём известно',
  noFlags: 'ничего особенного',
  startedAs: (state) => `День 0 (начало): ${state}`,
  day: (day) => `День ${day}`,
  timeline: 'Все переходы и канал каждого',
  noMoves: 'С этим человеком пока ничего не произошло.',
  answeredAfter: (hours) => `ответ примерно через ${hours} ч`,
  bought: 'купил',
  boughtAgain: 'купил снова',
  firstPurchase: 'первая покупка',
  churned: 'ушёл от бренда',
  hearsOfBrand: 'узнаёт о бренде',
  leavesWithoutBuying: 'уходит без покупки',
  flagWords: {
    target: 'в целевой аудитории',
    follows: 'подписан на страницу бренда',
    unhappy: 'в обиде, плохо отзывается о бренде',
    willAnswer: 'получит ответ на жалобу',
    referred: 'пришёл по совету знакомых',
    wary: 'сомневается в бренде',
    visited: 'ушёл с сайта без покупки (доступен для ретаргетинга)',
    inTouch: 'сегодня был на связи с брендом',
  },
};

export const JOURNEY_STRINGS: Record<Lang, typeof en> = { en, ru };
