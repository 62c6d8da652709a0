/**
 * Words for the "inside one agent" panel, which draws the agent statechart: each state, each
 * event and each guard of the machine in English and Russian (a test checks that every state,
 * event and guard of the machine has both), and the panel's own labels. The guards' code names
 * stay in the drawing as tooltips, for students who read the code.
 */
import type { AgentEventType, AgentState, GuardName, Place } from '../model/agent';
import type { Bilingual } from '../model/parameters';

/** One agent's state, in words (singular: the panel looks inside one agent). */
export const STATE_WORDS: Record<AgentState, Bilingual> = {
  unaware: { en: 'Unaware', ru: 'Не знает о бренде' },
  aware: { en: 'Aware', ru: 'Знает бренд' },
  follower: { en: 'Follower', ru: 'Подписчик' },
  visitor: { en: 'On the website', ru: 'На сайте' },
  returning: { en: 'Back on the website', ru: 'Вернулся на сайт' },
  customer: { en: 'Customer', ru: 'Покупатель' },
  advocate: { en: 'Loyal customer', ru: 'Лояльный клиент' },
  complaining: { en: 'Complaining', ru: 'Жалуется' },
  lost: { en: 'Lost', ru: 'Ушёл' },
};

/** The places of the loop, as the panel groups the states. */
export const PLACE_WORDS: Record<Place, Bilingual> = {
  audience: { en: 'Audience', ru: 'Аудитория' },
  community: { en: 'Community', ru: 'Сообщество' },
  website: { en: 'Website', ru: 'Сайт' },
  product: { en: 'Product', ru: 'Продукт' },
  feedback: { en: 'Feedback', ru: 'Обратная связь' },
  lost: { en: 'Lost', ru: 'Ушедшие' },
};

/** What happens to the agent: the machine's events. */
export const EVENT_WORDS: Record<AgentEventType, Bilingual> = {
  AD: { en: 'Ad', ru: 'Реклама' },
  RETARGET: { en: 'Retargeting ad', ru: 'Ретаргетинг' },
  SHARED_POST: { en: 'Repost', ru: 'Репост' },
  PURPOSEFUL_POST: { en: 'Sales post', ru: 'Продающий пост' },
  ANSWER_POST: { en: 'Answer post', ru: 'Пост-ответ' },
  ENTERTAINING_POST: { en: 'Fun post', ru: 'Пост для развлечения' },
  PRAISE: { en: 'Praise', ru: 'Похвала' },
  WARN: { en: 'Criticism', ru: 'Критика' },
  COMPLAINT: { en: 'Complaint seen', ru: 'Чужая жалоба' },
  REPLY: { en: 'Brand’s reply', ru: 'Ответ бренда' },
  DAY: { en: 'End of day', ru: 'Конец дня' },
};

/** Each guard: the decision it tests, in a few words. */
export const GUARD_WORDS: Record<GuardName, Bilingual> = {
  clicksAd: { en: 'clicks', ru: 'кликает' },
  clicksAdDespiteDoubt: { en: 'clicks despite doubt', ru: 'кликает, хоть и сомневается' },
  clicksFamiliarAd: { en: 'knows the brand, clicks', ru: 'знает бренд, кликает' },
  followsAfterAd: { en: 'follows the page', ru: 'подписывается' },
  clicksBackWithoutGrudge: { en: 'no grudge, clicks', ru: 'без обиды, кликает' },
  followsAfterRepost: { en: 'follows the page', ru: 'подписывается' },
  clicksPost: { en: 'clicks through', ru: 'переходит на сайт' },
  buysOnOffer: { en: 'buys on the offer', ru: 'покупает по акции' },
  unfollowsOverPurposefulPost: { en: 'unfollows', ru: 'отписывается' },
  repostsPurposefulPost: { en: 'reposts', ru: 'делает репост' },
  likesPurposefulPost: { en: 'likes', ru: 'лайкает' },
  doubtIsSettled: { en: 'doubt settled', ru: 'сомнение снято' },
  likesAnswer: { en: 'likes', ru: 'лайкает' },
  unfollowsOverEntertainingPost: { en: 'unfollows', ru: 'отписывается' },
  repostsEntertainingPost: { en: 'reposts', ru: 'делает репост' },
  likesEntertainingPost: { en: 'likes', ru: 'лайкает' },
  isPersuaded: { en: 'persuaded', ru: 'поверил' },
  isDeterred: { en: 'put off', ru: 'разуверился' },
  becomesWary: { en: 'starts to doubt', ru: 'засомневался' },
  isReassuredByReply: { en: 'reassured', ru: 'успокоился' },
  isPutOffByReply: { en: 'put off', ru: 'разуверился' },
  forgets: { en: 'forgets the brand', ru: 'забывает бренд' },
  wasInTouch: { en: 'was in touch', ru: 'был на связи' },
  buysDespiteDoubt: { en: 'buys despite doubt', ru: 'покупает, хоть и сомневался' },
  buysOnReferral: { en: 'buys on a friend’s word', ru: 'покупает по совету' },
  buysOnVisit: { en: 'buys', ru: 'покупает' },
  follows: { en: 'follows the page', ru: 'подписан' },
  isSatisfiedAndJoins: { en: 'satisfied, joins the page', ru: 'доволен, подписывается' },
  isSatisfied: { en: 'satisfied', ru: 'доволен' },
  complainsAndWillBeAnswered: { en: 'complains, to be answered', ru: 'жалуется, ответ будет' },
  complains: { en: 'complains, no answer', ru: 'жалуется, ответа не будет' },
  judgesProduct: { en: 'disappointed', ru: 'разочарован' },
  lapsesThoughReferred: { en: 'drifts away (came on advice)', ru: 'отдаляется (пришёл по совету)' },
  lapses: { en: 'drifts away', ru: 'отдаляется' },
  buysAgainWithProblemAndWillBeAnswered: {
    en: 'buys, complains, to be answered',
    ru: 'купил, жалуется, ответ будет',
  },
  buysAgainWithProblem: { en: 'buys, complains, no answer', ru: 'купил, жалуется, без ответа' },
  buysAgain: { en: 'buys again', ru: 'покупает снова' },
  buysAgainOnReturn: { en: 'buys again', ru: 'покупает снова' },
  answerArrivesAndRecovers: { en: 'answered, won back', ru: 'получил ответ, вернулся' },
  answerArrives: { en: 'answered, still leaves', ru: 'получил ответ, но уходит' },
  givesUp: { en: 'gives up waiting', ru: 'устал ждать' },
  calmsDown: { en: 'calms down', ru: 'успокоился' },
};

/** A transition without a guard: taken when none before it was. */
export const OTHERWISE: Bilingual = { en: 'otherwise', ru: 'иначе' };

export const STATECHART_STRINGS = {
  en: {
    title: 'Inside one agent: the statechart',
    intro:
      'Every dot in the loop runs this machine. Each box is a state with the number of people in it at the end of the day; each line inside lists an event, what the agent decides (the guard) and how many times that happened today. Lines marked with an arrow lead to another state, the others leave the agent where it is.',
    today: (day: number) => `day ${day}`,
    stays: 'stays',
    toState: (state: string) => `to ${state}`,
    people: 'people',
    figure: (day: number) =>
      `The agent statechart on day ${day}: each state with its people and each transition with today's count.`,
    guardCode: 'guard in the code',
    noGuard: 'no guard: taken when none of the above is',
    noRun: 'The statechart appears once the run is ready.',
  },
  ru: {
    title: 'Внутри одного агента: диаграмма состояний',
    intro:
      'Каждая точка в петле живёт по этой машине. Каждый блок — состояние и число людей в нём на конец дня; каждая строка внутри — событие, решение агента (условие перехода) и сколько раз оно случилось за день. Строки со стрелкой ведут в другое состояние, остальные оставляют агента на месте.',
    today: (day: number) => `день ${day}`,
    stays: 'остаётся',
    toState: (state: string) => `в «${state}»`,
    people: 'чел.',
    figure: (day: number) =>
      `Диаграмма состояний агента на день ${day}: каждое состояние с числом людей и каждый переход с числом за день.`,
    guardCode: 'условие в коде',
    noGuard: 'без условия: если не сработало ничего выше',
    noRun: 'Диаграмма появится, когда прогон будет готов.',
  },
} as const;
