/**
 * The comparison's words in English and Russian: A (the pinned strategy) against B (the current
 * one), and C and D (pinned beside them).
 */
import type { Lang } from './strings';

/** Names joined as a list with the language's "and": "B", "B and C", "B, C and D". */
const listWith = (and: string) => (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
const listEn = listWith('and');
const listRu = listWith('и');

const en = {
  pin: 'Pin as A and compare',
  pinAbout:
    'Keep this strategy as A; every change you make from now on is B, run on the same random audience, so the difference is the strategy’s.',
  unpin: 'Stop comparing',
  /** the runs pinned beside A are C and D */
  other: (k: number) => `${'CD'.charAt(k)} (pinned)`,
  pinAnother: (k: number) => `Pin this as ${'CD'.charAt(k)} too`,
  pinAnotherAbout: 'Keep the strategy on screen as one more run beside A and B, up to four in all.',
  unpinOther: (k: number) => `Remove ${'CD'.charAt(k)}`,
  differenceOf: (name: string) => `${name} − A`,
  /** names joined as a list: "B", "B and C", "B, C and D" */
  list: listEn,
  /** the runs compared with A, by letter */
  title: (names: readonly string[]) => `A against ${listEn(names)}, on the same audience`,
  figure: 'Key figure',
  a: 'A (pinned)',
  b: 'B (now)',
  difference: 'B − A',
  waitingForA: 'Running A on this audience…',
  /** the runs checked, by letter: "A and B", "A, B and C" */
  check: (n: number, names: string) => `Is it real? Run ${names} on ${n} audiences`,
  checkAbout:
    'Runs every strategy compared on other random audiences, each paired with A audience by audience, to tell the strategy’s effect from luck.',
  checking: (done: number, total: number) => `Running ${done} of ${total}…`,
  audiences: 'Over audiences',
  /** the table of what the check says of each run beside A, when C or D was checked */
  seedsTitle: (n: number) => `Over ${n} audiences, each run paired with A on the same audience`,
  /** the named run's figure (B's, C's, D's) above A's on k of n paired audiences */
  above: (name: string, k: number, n: number) => `${name} higher on ${k} of ${n}`,
  below: (name: string, k: number, n: number) => `${name} lower on ${k} of ${n}`,
  same: (n: number) => `the same on all ${n}`,
  /** the charts' bands: from the 10th to the 90th percentile over the audiences of the check */
  band: (n: number) => `A and B over ${n} audiences (10–90 %)`,
  /** the band of a run pinned beside A (C, D), in its own colour */
  bandOf: (name: string, n: number) => `${name} over ${n} audiences`,
  real: 'real',
  noise: 'within the noise',
  noiseSentence: (n: number) =>
    `Differences marked “within the noise” go either way on ${n} audiences: they may be luck, not the strategy.`,
  /** the return on the extra spend, B against A; `unit` names one unit of the scenario's currency */
  extraSpend: (each: string, unit: string) =>
    `Each extra ${unit} of marketing in B brought back ${each} of gross profit.`,
  savedSpend: (saved: string, each: string, unit: string) =>
    `B spends ${saved} less on marketing; each ${unit} saved gave up ${each} of gross profit.`,
  sameSpend: 'A and B spend the same on marketing.',
  /** the run explained against A: B, C or D */
  why: (name: string) => `Why: customers with the brand at the end, from A to ${name}`,
  whyA: 'A',
  whyRun: 'Which run to explain against A',
  /** the sentence that leads the why: n is the difference in customers, formatted; count, the number */
  whyMore: (name: string, n: string, count: number) =>
    `${name} ends with ${n} more ${count === 1 ? 'customer' : 'customers'} than A`,
  whyFewer: (name: string, n: string, count: number) =>
    `${name} ends with ${n} fewer ${count === 1 ? 'customer' : 'customers'} than A`,
  whySame: (name: string) => `${name} ends with as many customers as A`,
  /** the steps of the waterfall, short */
  steps: {
    newByAds: 'new by ads',
    newByContent: 'new by content',
    newByWom: 'new by word of mouth',
    newByRetargeting: 'new by retargeting',
    wonBack: 'won back',
    lapsed: 'drifted away',
    leftAfterComplaint: 'left after complaining',
    leftDisappointed: 'left disappointed',
  },
  figures: {
    buyers: 'Buyers',
    retention: 'Retention',
    conversion: 'Conversion',
    revenue: 'Revenue',
    grossProfit: 'Gross profit',
    marketingCost: 'Marketing cost',
    romi: 'ROMI',
    romiWithEquity: 'ROMI with equity',
    ltvToCac: 'LTV:CAC',
    likes: 'Likes',
  },
} as const;

type CompareStrings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [J in keyof (typeof en)[K]]: string };
};

const ru: CompareStrings = {
  pin: 'Закрепить как A и сравнить',
  pinAbout:
    'Эта стратегия останется как A; всё, что вы измените дальше, — это B, и она считается на той же случайной аудитории, так что вся разница — от стратегии.',
  unpin: 'Закончить сравнение',
  other: (k) => `${'CD'.charAt(k)} (закреплена)`,
  pinAnother: (k) => `Закрепить и это как ${'CD'.charAt(k)}`,
  pinAnotherAbout: 'Оставить стратегию на экране ещё одним прогоном рядом с A и B — всего до четырёх.',
  unpinOther: (k) => `Убрать ${'CD'.charAt(k)}`,
  differenceOf: (name) => `${name} − A`,
  list: listRu,
  title: (names) => `${listRu(['A', ...names])} на одной и той же аудитории`,
  figure: 'Показатель',
  a: 'A (закреплена)',
  b: 'B (сейчас)',
  difference: 'B − A',
  waitingForA: 'Считаем A на этой аудитории…',
  check: (n, names) => `Это не случайность? Прогнать ${names} на ${n} аудиториях`,
  checkAbout:
    'Каждая сравниваемая стратегия считается ещё на нескольких случайных аудиториях, в паре с A на каждой из них, чтобы отличить действие стратегии от везения.',
  checking: (done, total) => `Считаем ${done} из ${total}…`,
  audiences: 'По аудиториям',
  seedsTitle: (n) => `На ${n} аудиториях: каждый прогон в паре с A на той же аудитории`,
  above: (name, k, n) => `${name} выше в ${k} из ${n}`,
  below: (name, k, n) => `${name} ниже в ${k} из ${n}`,
  same: (n) => `одинаково во всех ${n}`,
  band: (n) => `A и B на ${n} аудиториях (10–90 %)`,
  bandOf: (name, n) => `${name} на ${n} аудиториях`,
  real: 'не случайно',
  noise: 'в пределах шума',
  noiseSentence: (n) =>
    `Разница с пометкой «в пределах шума» на ${n} аудиториях бывает в обе стороны: это может быть везение, а не стратегия.`,
  extraSpend: (each, unit) =>
    `Каждый дополнительный ${unit}, вложенный в маркетинг B, вернул ${each} валовой прибыли.`,
  savedSpend: (saved, each, unit) =>
    `B тратит на маркетинг на ${saved} меньше; каждый сэкономленный ${unit} стоил ${each} валовой прибыли.`,
  sameSpend: 'A и B тратят на маркетинг одинаково.',
  why: (name) => `Почему: клиенты бренда на конец периода, от A к ${name}`,
  whyA: 'A',
  whyRun: 'Какой прогон объяснить в сравнении с A',
  whyMore: (name, n) => `У ${name} к концу периода на ${n} больше клиентов, чем у A`,
  whyFewer: (name, n) => `У ${name} к концу периода на ${n} меньше клиентов, чем у A`,
  whySame: (name) => `У ${name} к концу периода столько же клиентов, сколько у A`,
  steps: {
    newByAds: 'новые из рекламы',
    newByContent: 'новые из контента',
    newByWom: 'новые по сарафанному радио',
    newByRetargeting: 'новые из ретаргетинга',
    wonBack: 'вернулись',
    lapsed: 'ушли без контактов',
    leftAfterComplaint: 'ушли после жалобы',
    leftDisappointed: 'ушли разочарованными',
  },
  figures: {
    buyers: 'Покупатели',
    retention: 'Удержание',
    conversion: 'Конверсия',
    revenue: 'Выручка',
    grossProfit: 'Валовая прибыль',
    marketingCost: 'Затраты на маркетинг',
    romi: 'ROMI',
    romiWithEquity: 'ROMI с клиентским капиталом',
    ltvToCac: 'LTV:CAC',
    likes: 'Лайки',
  },
};

export const COMPARE_STRINGS: Record<Lang, CompareStrings> = { en, ru };
