/**
 * The strategy parameters, declared once. Sliders, scenario validation, the CLI's `--set`
 * and the docs table all read this list; nothing else may restate a default or a range.
 */
import { nearMatch } from './near';

/** A string in both interface languages. */
export interface Bilingual {
  readonly en: string;
  readonly ru: string;
}

/** The seed article's groups, in the order the article gives them. */
export const PARAMETER_GROUPS = [
  'research',
  'communication',
  'content',
  'ads',
  'product',
  'audience',
] as const;
export type ParameterGroup = (typeof PARAMETER_GROUPS)[number];

export const GROUP_LABELS: Record<ParameterGroup, Bilingual> = {
  research: { en: 'Research results', ru: 'Результаты исследования' },
  communication: { en: 'Communication policy', ru: 'Коммуникационная политика' },
  content: { en: 'Content plan', ru: 'Контент-план' },
  ads: { en: 'Advertising policy', ru: 'Рекламная политика' },
  product: { en: 'Product and website', ru: 'Продукт и сайт' },
  audience: { en: 'Audience', ru: 'Аудитория' },
};

/**
 * Units a parameter can be measured in, with their short labels. Money (`money`, `moneyPerDay`) is
 * in the scenario's currency, dollars unless the scenario says roubles: the defaults are dollars,
 * and the money ranges are wide enough for rouble amounts too (a CPM of hundreds of roubles, a
 * daily budget or a price in the hundreds of thousands).
 */
export const UNITS = {
  agents: { en: 'people', ru: 'человек' },
  share: { en: 'share', ru: 'доля' },
  score: { en: '0–1', ru: '0–1' },
  days: { en: 'days', ru: 'дн.' },
  hours: { en: 'hours', ru: 'ч' },
  money: { en: 'money', ru: 'деньги' },
  moneyPerDay: { en: 'money/day', ru: 'деньги в день' },
  postsPerWeek: { en: 'posts/week', ru: 'постов/нед.' },
  mentionsPerDay: { en: 'mentions/day', ru: 'упоминаний/день' },
  impressions: { en: 'impressions/day', ru: 'показов/день' },
  people: { en: 'people', ru: 'человек' },
  times: { en: '×', ru: '×' },
} as const satisfies Record<string, Bilingual>;
export type Unit = keyof typeof UNITS;

/**
 * Each unit in words, for messages about a value ("a number from 0 to 1000000 (money per day)"):
 * the short labels above are for beside a slider, these are for a sentence.
 */
export const UNIT_WORDS: Record<Unit, Bilingual> = {
  agents: { en: 'people', ru: 'человек' },
  share: { en: 'share', ru: 'доля' },
  score: { en: 'score', ru: 'оценка' },
  days: { en: 'days', ru: 'дни' },
  hours: { en: 'hours', ru: 'часы' },
  money: { en: "money, in the scenario's currency", ru: 'деньги в валюте сценария' },
  moneyPerDay: { en: "money per day, in the scenario's currency", ru: 'деньги в день в валюте сценария' },
  postsPerWeek: { en: 'posts per week', ru: 'постов в неделю' },
  mentionsPerDay: { en: 'mentions per day', ru: 'упоминаний в день' },
  impressions: { en: 'impressions per day', ru: 'показов в день' },
  people: { en: 'people', ru: 'человек' },
  times: { en: 'times', ru: 'раз' },
};

/** One parameter's declaration. `step` is for sliders only: any value in [min, max] is valid. */
export interface ParameterSpec {
  readonly name: string;
  readonly group: ParameterGroup;
  readonly unit: Unit;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whole numbers only (population, caps). */
  readonly integer?: boolean;
  /** Sliders use a logarithmic scale for ranges that span orders of magnitude. */
  readonly log?: boolean;
  readonly label: Bilingual;
  readonly help: Bilingual;
  /** Where the default comes from (docs only). */
  readonly source: string;
}

const spec = <const N extends string>(s: ParameterSpec & { name: N }) => s;

/** Every parameter of the model, in display order within its group. */
export const PARAMETERS = [
  spec({
    name: 'audience.size',
    group: 'audience',
    unit: 'agents',
    default: 5000,
    min: 100,
    max: 1_000_000,
    step: 100,
    integer: true,
    log: true,
    label: { en: 'Audience size', ru: 'Размер аудитории' },
    help: {
      en: 'How many people the simulation follows: the market the brand could reach.',
      ru: 'Сколько людей в модели: рынок, до которого бренд может дотянуться.',
    },
    source: 'A small regional market; large enough for stable curves, small enough to see single dots.',
  }),
  spec({
    name: 'audience.targetShare',
    group: 'audience',
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Target audience share', ru: 'Доля целевой аудитории' },
    help: {
      en: 'Part of the audience for whom the product is made.',
      ru: 'Часть аудитории, для которой сделан продукт.',
    },
    source: 'Design starting value.',
  }),
  spec({
    name: 'audience.outsiderAffinity',
    group: 'audience',
    unit: 'score',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Interest outside the target', ru: 'Интерес вне целевой аудитории' },
    help: {
      en: 'How much people outside the target audience respond compared with the target: clicks, fit, follows.',
      ru: 'Насколько люди вне целевой аудитории откликаются по сравнению с целевой: клики, соответствие, подписки.',
    },
    source:
      'Assumption: CTR spread across industries (0.47%–1.61%, WordStream 2017) suggests a poorly matched audience responds at a third or so.',
  }),
  spec({
    name: 'audience.initialFollowers',
    group: 'audience',
    unit: 'share',
    default: 0.01,
    min: 0,
    max: 1,
    step: 0.005,
    label: { en: 'Followers at the start', ru: 'Подписчики на старте' },
    help: {
      en: 'Share of the audience that already follows the brand’s page on day 0.',
      ru: 'Доля аудитории, уже подписанной на страницу бренда в день 0.',
    },
    source: 'Assumption: a young page with friends, staff and early fans (1%).',
  }),
  spec({
    name: 'audience.forgetDays',
    group: 'audience',
    unit: 'days',
    default: 30,
    min: 1,
    max: 3650,
    step: 1,
    log: true,
    label: { en: 'Memory of the brand', ru: 'Память о бренде' },
    help: {
      en: 'Mean number of days without any contact before an aware person forgets the brand (an exponential wait); every day with contact keeps it in mind. With no contact a person still remembers it a month later with chance e^(−30/mean): 37 % at the default of 30 days, 74 % at 100.',
      ru: 'Сколько в среднем дней без контактов проходит, прежде чем человек забудет бренд (экспоненциальное ожидание); каждый день с контактом сохраняет память. Без контактов через месяц помнит с вероятностью e^(−30/среднее): при 30 днях по умолчанию — 37 %, при 100 — 74 %.',
    },
    source: 'Design starting value (a month of ad recall).',
  }),
  spec({
    name: 'wom.contactsPerDay',
    group: 'audience',
    unit: 'mentionsPerDay',
    default: 0.8,
    min: 0,
    max: 10,
    step: 0.01,
    label: { en: 'Word of mouth', ru: 'Сарафанное радио' },
    help: {
      en: 'People one customer’s word reaches per day, in person or online (a post, a review), each a random person.',
      ru: 'Скольким людям в день рассказывает о бренде один покупатель — лично или в сети (пост, отзыв); каждый раз это случайный человек.',
    },
    source:
      'Calibrated to the share of new customers word of mouth brings: at 0.8 it is about a fifth in the first year of the default strategy, the low end of the 20–50% of purchase decisions driven mainly by word of mouth (McKinsey Quarterly 2010, secondary); the Bass q of 0.3–0.5 a year (Sultan, Farley & Lehmann 1990) is for mature categories.',
  }),
  spec({
    name: 'wom.persuasion',
    group: 'audience',
    unit: 'share',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Persuasion of a mention', ru: 'Убедительность упоминания' },
    help: {
      en: 'Chance that a good mention sends the listener to the website (or that a bad one puts them off).',
      ru: 'Вероятность, что доброе слово о бренде приведёт слушателя на сайт (а плохое — оттолкнёт).',
    },
    source:
      'Calibrated with contacts per day (see there); friends are the most trusted source, 83% (Nielsen 2015).',
  }),
  spec({
    name: 'wom.negativeMultiplier',
    group: 'audience',
    unit: 'times',
    default: 2,
    min: 0,
    max: 20,
    step: 0.1,
    label: { en: 'Bad news travels', ru: 'Плохие новости громче' },
    help: {
      en: 'How many more mentions an unhappy customer makes than a happy one.',
      ru: 'Во сколько раз чаще недовольный клиент говорит о бренде, чем довольный.',
    },
    source:
      'TARP: dissatisfied customers tell 9–10 people, satisfied complainers about 5 (the research anchors).',
  }),
  spec({
    name: 'wom.doubt',
    group: 'audience',
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Weight of a bad review', ru: 'Вес плохого отзыва' },
    help: {
      en: 'How much a bad mention cuts the listener’s chance to buy on a later visit.',
      ru: 'Насколько плохой отзыв снижает шанс слушателя купить при следующем визите.',
    },
    source:
      'Assumption; 66% trust online reviews (Nielsen 2015), so one bad word from a peer halves the chance.',
  }),
  spec({
    name: 'wom.grudgeDays',
    group: 'audience',
    unit: 'days',
    default: 30,
    min: 1,
    max: 3650,
    step: 1,
    log: true,
    label: { en: 'Length of a grudge', ru: 'Длительность обиды' },
    help: {
      en: 'Mean time an unhappy former customer keeps speaking badly of the brand.',
      ru: 'Сколько в среднем бывший клиент продолжает плохо отзываться о бренде.',
    },
    source: 'Assumption: a month, the memory span used for awareness.',
  }),
  spec({
    name: 'research.valueFit',
    group: 'research',
    unit: 'score',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Value proposition fit', ru: 'Соответствие ценностного предложения' },
    help: {
      en: 'How well the offer meets the target audience’s needs: scales the chance to buy and to be satisfied.',
      ru: 'Насколько предложение отвечает потребностям целевой аудитории: от этого зависят шанс покупки и удовлетворённость.',
    },
    source: 'Design starting value: a decent but improvable proposition.',
  }),
  spec({
    name: 'research.targetingPrecision',
    group: 'research',
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Targeting precision', ru: 'Точность таргетинга' },
    help: {
      en: 'Share of ad impressions that land on the target audience.',
      ru: 'Доля рекламных показов, которые попадают в целевую аудиторию.',
    },
    source: 'Design starting value.',
  }),
  spec({
    name: 'ads.dailyBudget',
    group: 'ads',
    unit: 'moneyPerDay',
    default: 15,
    min: 0,
    max: 1_000_000,
    step: 5,
    log: true,
    label: { en: 'Daily ad budget', ru: 'Рекламный бюджет в день' },
    help: {
      en: 'Money spent on paid ads each day (unspent when the frequency cap stops delivery).',
      ru: 'Сколько тратится на рекламу в день (часть остаётся, если показы упираются в ограничение частоты).',
    },
    source:
      'A small campaign on a 5,000-person market: at $15 a day and CPM $10, a person of the target audience sees about 2.8 ads a week and anyone else about 1.2, within the 1–3 a week typical of a small campaign (section 6 of the research anchors).',
  }),
  spec({
    name: 'ads.cpm',
    group: 'ads',
    unit: 'money',
    default: 10,
    min: 0.01,
    max: 10_000,
    step: 0.5,
    log: true,
    label: { en: 'Cost per 1000 impressions', ru: 'Цена 1000 показов (CPM)' },
    help: {
      en: 'What the platform charges for a thousand ad impressions.',
      ru: 'Сколько площадка берёт за тысячу показов рекламы.',
    },
    source: 'CPM about $10: $9.56 US 2024 (narrative.bi); $5–25 range (the research anchors).',
  }),
  spec({
    name: 'ads.ctr',
    group: 'ads',
    unit: 'share',
    default: 0.009,
    min: 0,
    max: 1,
    step: 0.001,
    label: { en: 'Click-through rate', ru: 'Кликабельность (CTR)' },
    help: {
      en: 'Chance that an impression on a stranger of the target audience is clicked (applied once per impression: the published rate already averages repeats); a click is a website visit.',
      ru: 'Вероятность клика по показу незнакомому с брендом человеку из целевой аудитории (на каждый показ один раз: опубликованная величина уже усредняет повторы); клик — это визит на сайт.',
    },
    source: 'Meta ads CTR 0.90% (WordStream 2017, 256 accounts).',
  }),
  spec({
    name: 'ads.retargetingShare',
    group: 'ads',
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Retargeting share', ru: 'Доля ретаргетинга' },
    help: {
      en: 'Part of the budget aimed at people who know the brand but have not bought, and at lost customers.',
      ru: 'Часть бюджета на тех, кто знает бренд, но не купил, и на ушедших клиентов.',
    },
    source: 'Assumption: a common split that keeps most money on prospecting.',
  }),
  spec({
    name: 'ads.frequencyCap',
    group: 'ads',
    unit: 'impressions',
    default: 10,
    min: 1,
    max: 100,
    step: 1,
    integer: true,
    label: { en: 'Frequency cap', ru: 'Ограничение частоты' },
    help: {
      en: 'Most impressions one person is shown per day; impressions past it are not bought.',
      ru: 'Сколько показов максимум получает один человек в день; сверх этого показы не покупаются.',
    },
    source:
      'Assumption: ad platforms cap frequency; ten a day only binds when the budget floods a small audience.',
  }),
  spec({
    name: 'ads.familiarityLift',
    group: 'ads',
    unit: 'times',
    default: 1.5,
    min: 1,
    max: 10,
    step: 0.1,
    label: { en: 'Familiar brand lift', ru: 'Эффект знакомого бренда' },
    help: {
      en: 'How many times more readily someone who already knows the brand clicks its ad than a stranger does (a wary person clicks less instead).',
      ru: 'Во сколько раз охотнее кликает по рекламе тот, кто уже знает бренд, чем незнакомый с ним (настороженный, наоборот, реже).',
    },
    source:
      'Assumption; the direction is well documented: ads of familiar brands are clicked and recalled more, and repetition wears them out less (Campbell & Keller 2003, J. Consumer Research); retargeted site visitors click several times more than strangers (section 6 of the research anchors).',
  }),
  spec({
    name: 'ads.followRate',
    group: 'ads',
    unit: 'share',
    default: 0.002,
    min: 0,
    max: 1,
    step: 0.001,
    label: { en: 'Follows from ads', ru: 'Подписки с рекламы' },
    help: {
      en: 'Chance that an unclicked impression makes the person follow the page (at content quality 0.5).',
      ru: 'Вероятность, что показ без клика приведёт к подписке на страницу (при качестве контента 0,5).',
    },
    source:
      'Assumption, of the order of engagement per impression: about a fifth of the 0.9% CTR; scaled by content quality.',
  }),
  spec({
    name: 'content.postsPerWeek',
    group: 'content',
    unit: 'postsPerWeek',
    default: 5,
    min: 0,
    max: 28,
    step: 1,
    label: { en: 'Posts per week', ru: 'Постов в неделю' },
    help: {
      en: 'How often the brand publishes in its community.',
      ru: 'Как часто бренд публикует посты в сообществе.',
    },
    source: 'Design starting value: a post every working day.',
  }),
  spec({
    name: 'content.quality',
    group: 'content',
    unit: 'score',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Content quality', ru: 'Качество контента' },
    help: {
      en: 'How engaging the posts are: likes, reposts, follows and clicks all scale with it.',
      ru: 'Насколько посты интересны: от этого зависят лайки, репосты, подписки и переходы.',
    },
    source:
      'At 0.5 a seen post is liked about 5% of the time, within the 1–9% per-seen-post engagement implied by Rival IQ rates and 5% reach.',
  }),
  spec({
    name: 'content.purposefulShare',
    group: 'content',
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Posts with a goal', ru: 'Посты с целью' },
    help: {
      en: 'Share of posts with a direct goal (selling, or answering followers’ questions); the rest build awareness by entertaining.',
      ru: 'Доля постов с прямой целью (продать или ответить на вопросы подписчиков); остальные развлекают и повышают узнаваемость.',
    },
    source: 'Design starting value: half of the plan has a direct goal, half entertains.',
  }),
  spec({
    name: 'content.answerShare',
    group: 'content',
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Posts that answer', ru: 'Посты с ответами' },
    help: {
      en: 'Of the posts with a goal, the share that answer followers’ questions (the rest sell): an answer settles a wary reader’s doubt and is a lesson for the product.',
      ru: 'Из постов с целью — доля ответов на вопросы подписчиков (остальные продают): ответ снимает сомнения настороженного читателя и становится уроком для продукта.',
    },
    source:
      'Design starting value: the seed article’s three goals of a content plan (sales, answering questions, awareness); most of a goal-driven plan sells.',
  }),
  spec({
    name: 'content.buyersInvited',
    group: 'content',
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Buyers who join the page', ru: 'Покупатели в сообществе' },
    help: {
      en: 'Share of satisfied first-time buyers who follow the brand’s page when the purchase invites them (a card in the parcel, a link in the receipt): the loop from the product back to the community.',
      ru: 'Доля довольных новых покупателей, которые подписываются на страницу бренда по приглашению при покупке (открытка в посылке, ссылка в чеке): петля от продукта обратно в сообщество.',
    },
    source:
      'Assumption: a fifth of satisfied buyers accept the invitation; the seed article’s loop returns customers from the product to the community.',
  }),
  spec({
    name: 'content.offerWindowDays',
    group: 'content',
    unit: 'days',
    default: 7,
    min: 0,
    max: 365,
    step: 1,
    label: { en: 'Pull of an offer', ru: 'Сила акции' },
    help: {
      en: 'A loyal customer who sees a sales post buys now a purchase they would have made within this many days (0: offers bring nothing forward).',
      ru: 'Лояльный клиент, увидевший продающий пост, покупает сейчас то, что купил бы в ближайшие столько дней (0 — предложения ничего не ускоряют).',
    },
    source:
      'Assumption for the window; that promotions bring purchases forward (purchase acceleration) is established (Blattberg, Briesch & Fox 1995, Marketing Science).',
  }),
  spec({
    name: 'content.organicReach',
    group: 'content',
    unit: 'share',
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Organic reach', ru: 'Органический охват' },
    help: {
      en: 'Share of followers who see a given post without paid promotion.',
      ru: 'Доля подписчиков, которые видят пост без платного продвижения.',
    },
    source: 'Organic reach 2–6% of followers (Social@Ogilvy 2014).',
  }),
  spec({
    name: 'content.shareReach',
    group: 'content',
    unit: 'people',
    default: 20,
    min: 0,
    max: 1000,
    step: 1,
    integer: true,
    label: { en: 'Audience of a repost', ru: 'Охват репоста' },
    help: {
      en: 'How many people see a post when a follower reposts it.',
      ru: 'Сколько человек увидят пост, когда подписчик сделает репост.',
    },
    source: 'Assumption: a few hundred friends, a few percent of whom see a personal post.',
  }),
  spec({
    name: 'content.costPerPost',
    group: 'content',
    unit: 'money',
    default: 15,
    min: 0,
    max: 100_000,
    step: 1,
    log: true,
    label: { en: 'Cost of a post', ru: 'Стоимость поста' },
    help: {
      en: 'What producing one post costs (text, picture, publishing); counted in marketing cost for every post of the plan.',
      ru: 'Сколько стоит подготовить один пост (текст, картинка, публикация); каждый пост плана входит в затраты на маркетинг.',
    },
    source:
      'A text-and-picture post takes 30–60 minutes to make in-house (small-business marketing guides, secondary), about $15 at $20 an hour; freelancers quote $20–50 a designed post (secondary, low confidence).',
  }),
  spec({
    name: 'feedback.responseHours',
    group: 'communication',
    unit: 'hours',
    default: 10,
    min: 0.1,
    max: 720,
    step: 0.5,
    log: true,
    label: { en: 'Response time', ru: 'Время ответа' },
    help: {
      en: 'Median time the brand takes to answer a complaint.',
      ru: 'Медианное время, за которое бренд отвечает на жалобу.',
    },
    source: 'Brands answer in 10 hours on average; people expect 4 (Sprout Social Index Q2 2016).',
  }),
  spec({
    name: 'feedback.answeredShare',
    group: 'communication',
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Complaints answered', ru: 'Жалобы с ответом' },
    help: {
      en: 'Share of complaints that get an answer at all.',
      ru: 'Доля жалоб, на которые бренд вообще отвечает.',
    },
    source:
      'Design starting value; the average brand answers far fewer (11–22%, Sprout Social Index 2013–16).',
  }),
  spec({
    name: 'feedback.tone',
    group: 'communication',
    unit: 'score',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Tone of answers', ru: 'Тон ответов' },
    help: {
      en: 'How good the answers are; a perfect, fast answer keeps almost everyone who complained.',
      ru: 'Насколько хороши ответы; идеальный быстрый ответ сохраняет почти всех, кто жаловался.',
    },
    source:
      'Recovery keeps 54–70% after a well-handled complaint, 95% if resolved quickly (TARP, low confidence).',
  }),
  spec({
    name: 'feedback.complaintShare',
    group: 'communication',
    unit: 'share',
    default: 0.35,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Unhappy who complain', ru: 'Недовольные, которые жалуются' },
    help: {
      en: 'Share of dissatisfied buyers who complain publicly; the rest leave in silence.',
      ru: 'Доля недовольных покупателей, которые жалуются публично; остальные молча уходят.',
    },
    source: '36% of ignored customers shame the brand publicly (Sprout Social Index Q2 2016).',
  }),
  spec({
    name: 'feedback.patienceDays',
    group: 'communication',
    unit: 'days',
    default: 3,
    min: 0.1,
    max: 365,
    step: 0.5,
    log: true,
    label: { en: 'Patience', ru: 'Терпение' },
    help: {
      en: 'Mean time a complaining customer waits for an answer before leaving.',
      ru: 'Сколько в среднем клиент ждёт ответа на жалобу, прежде чем уйти.',
    },
    source:
      'Assumption: 7 in 8 messages unanswered within 72 hours count as ignored (Sprout Social Index 2015).',
  }),
  spec({
    name: 'feedback.costPerAnswer',
    group: 'communication',
    unit: 'money',
    default: 5,
    min: 0,
    max: 10_000,
    step: 0.5,
    log: true,
    label: { en: 'Cost of an answer', ru: 'Стоимость ответа' },
    help: {
      en: 'What answering one complaint costs in staff time; counted in marketing cost for every answer given.',
      ru: 'Во что обходится ответ на одну жалобу (время сотрудника); каждый ответ входит в затраты на маркетинг.',
    },
    source:
      'A quarter of an hour of a customer service representative (reading, checking the order, answering) at the US median wage of about $20 an hour (BLS, May 2024: $42,830 a year); the quarter hour is an assumption.',
  }),
  spec({
    name: 'product.price',
    group: 'product',
    unit: 'money',
    default: 40,
    min: 0,
    max: 1_000_000,
    step: 1,
    log: true,
    label: { en: 'Price', ru: 'Цена' },
    help: { en: 'Price of one purchase.', ru: 'Цена одной покупки.' },
    source: 'Design starting value: a typical online order.',
  }),
  spec({
    name: 'product.margin',
    group: 'product',
    unit: 'share',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Gross margin', ru: 'Маржинальность' },
    help: {
      en: 'Share of the price left after the cost of goods; used for profit and ROMI.',
      ru: 'Доля цены, остающаяся после себестоимости; нужна для прибыли и ROMI.',
    },
    source: 'Design starting value: retail e-commerce.',
  }),
  spec({
    name: 'product.satisfaction',
    group: 'product',
    unit: 'share',
    default: 0.85,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Satisfaction', ru: 'Удовлетворённость' },
    help: {
      en: 'Chance that a purchase satisfies a target buyer when the offer meets their needs perfectly.',
      ru: 'Вероятность, что покупка устроит покупателя из целевой аудитории, если предложение полностью отвечает его потребностям.',
    },
    source:
      'Design starting value; with fit 0.6 it keeps about 2 in 3 first buyers, near retail retention of 63%.',
  }),
  spec({
    name: 'product.problemShare',
    group: 'product',
    unit: 'share',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    label: { en: 'Orders with a problem', ru: 'Заказы с проблемой' },
    help: {
      en: 'Chance that a loyal customer’s repeat order goes wrong (late, damaged, wrong item); some of them complain in public.',
      ru: 'Вероятность, что повторный заказ лояльного клиента пройдёт с проблемой (опоздал, повреждён, не тот товар); часть из них пожалуется публично.',
    },
    source:
      'About one purchase in four brings a problem of some kind (TARP, Consumer Complaint Handling in America, 1979–86, secondary); a disappointed first purchase is the separate `product.satisfaction`.',
  }),
  spec({
    name: 'product.learningRate',
    group: 'product',
    unit: 'share',
    default: 0.01,
    min: 0,
    max: 1,
    step: 0.001,
    label: { en: 'Learning from feedback', ru: 'Обучение на отзывах' },
    help: {
      en: 'Share of the gap to the best achievable satisfaction that each lesson closes: an answered complaint or a post answering questions. A brand that answers nothing stays where it is.',
      ru: 'Какую долю разрыва до наилучшей достижимой удовлетворённости закрывает каждый урок: отвеченная жалоба или пост с ответами на вопросы. Бренд, который ничего не отвечает, остаётся на месте.',
    },
    source:
      'Assumption: a hundred lessons close about two thirds of the gap; the ceiling is 0.95, as even well-handled failures restore satisfaction without exceeding it (de Matos, Henrique & Rossi 2007, J. Service Research).',
  }),
  spec({
    name: 'product.experienceDays',
    group: 'product',
    unit: 'days',
    default: 7,
    min: 1,
    max: 365,
    step: 1,
    label: { en: 'Time to judge', ru: 'Время на оценку' },
    help: {
      en: 'Mean time between a purchase and the buyer’s verdict on it (delivery and first use).',
      ru: 'Сколько в среднем проходит от покупки до того, как покупатель составит о ней мнение (доставка и первое использование).',
    },
    source: 'Assumption: about a week for delivery and first use.',
  }),
  spec({
    name: 'product.repeatDays',
    group: 'product',
    unit: 'days',
    default: 60,
    min: 1,
    max: 3650,
    step: 1,
    log: true,
    label: { en: 'Time between purchases', ru: 'Интервал между покупками' },
    help: {
      en: 'Mean time between purchases of a loyal customer: 365 ÷ this many purchases a year while they stay (about 6 at the default of 60 days).',
      ru: 'Среднее время между покупками лояльного клиента: пока он остаётся, это 365 ÷ столько покупок в год (около 6 при 60 днях по умолчанию).',
    },
    source: 'Design starting value; 20–30% of e-commerce buyers buy again (the research anchors).',
  }),
  spec({
    name: 'product.lapseDays',
    group: 'product',
    unit: 'days',
    default: 365,
    min: 1,
    max: 36_500,
    step: 1,
    log: true,
    label: { en: 'Loyalty span', ru: 'Срок лояльности' },
    help: {
      en: 'Mean number of days without any contact (an ad seen, a post read, a mention heard) before a loyal customer drifts away; every day with contact keeps them. Without contact a share e^(−365/mean) is still loyal a year later: 37 % at 365 days, 63 % at 790, 84 % at 2,100.',
      ru: 'Сколько в среднем дней без единого контакта (увиденной рекламы, прочитанного поста, услышанного отзыва) проходит, прежде чем лояльный клиент уйдёт; каждый день с контактом его удерживает. Без контактов через год лояльны e^(−365/среднее): 37 % при 365 днях, 63 % при 790, 84 % при 2100.',
    },
    source: 'Yearly retention 55–84% by industry (explodingtopics 2023, after Statista 2018).',
  }),
  spec({
    name: 'website.conversion',
    group: 'product',
    unit: 'share',
    default: 0.03,
    min: 0,
    max: 1,
    step: 0.001,
    label: { en: 'Website conversion', ru: 'Конверсия сайта' },
    help: {
      en: 'Chance that a visit ends in a purchase, before scaling by value fit.',
      ru: 'Вероятность, что визит закончится покупкой, до поправки на соответствие ценностного предложения.',
    },
    source: 'Shopify average 1.4%, top 20% above 3.2% (Littledata 2023); 3% × fit 0.6 gives 1.8%.',
  }),
] as const;

/** A parameter's dotted name: the public contract of scenario files, URLs and `--set`. */
export type ParameterName = (typeof PARAMETERS)[number]['name'];

/**
 * What the two ends of each share or score mean, for the help beside its slider: at 0, and at 1.
 * Every parameter whose unit is a share or a score has them (a test checks it).
 */
export const PARAMETER_ENDS: Partial<Record<ParameterName, Bilingual>> = {
  'audience.targetShare': {
    en: '0: nobody is in the target audience; 1: everyone is.',
    ru: '0 — в целевой аудитории никого; 1 — в ней все.',
  },
  'audience.outsiderAffinity': {
    en: '0: people outside the target audience never respond; 1: they respond as the target does.',
    ru: '0 — люди вне целевой аудитории никак не откликаются; 1 — откликаются как целевая.',
  },
  'audience.initialFollowers': {
    en: '0: the page starts with no followers; 1: everyone already follows it.',
    ru: '0 — у страницы в начале нет подписчиков; 1 — подписаны все.',
  },
  'wom.persuasion': {
    en: '0: a mention never sends anyone to the website, nor puts anyone off; 1: every mention does.',
    ru: '0 — упоминание никого не приводит на сайт и никого не отталкивает; 1 — каждое упоминание срабатывает.',
  },
  'wom.doubt': {
    en: '0: a bad mention changes nothing; 1: someone who heard one never buys while in doubt.',
    ru: '0 — плохой отзыв ничего не меняет; 1 — услышавший его не покупает, пока сомневается.',
  },
  'research.valueFit': {
    en: '0: the offer meets nobody’s needs, so nobody buys or is satisfied; 1: it meets them perfectly.',
    ru: '0 — предложение не отвечает ничьим потребностям: никто не покупает и не остаётся доволен; 1 — отвечает полностью.',
  },
  'research.targetingPrecision': {
    en: '0: no impression lands on the target audience; 1: every one does.',
    ru: '0 — ни один показ не попадает в целевую аудиторию; 1 — попадают все.',
  },
  'ads.ctr': {
    en: '0: no impression is ever clicked; 1: every one is.',
    ru: '0 — по показам никогда не кликают; 1 — кликают по каждому.',
  },
  'ads.retargetingShare': {
    en: '0: no retargeting; 1: the whole budget retargets.',
    ru: '0 — ретаргетинга нет; 1 — весь бюджет уходит на ретаргетинг.',
  },
  'ads.followRate': {
    en: '0: an ad never wins a follower without a click; 1: every unclicked impression does.',
    ru: '0 — реклама без клика никогда не приводит подписчика; 1 — приводит каждый показ без клика.',
  },
  'content.quality': {
    en: '0: posts engage nobody; 1: the most engaging posts there can be.',
    ru: '0 — посты никого не вовлекают; 1 — самые вовлекающие посты, какие бывают.',
  },
  'content.purposefulShare': {
    en: '0: every post entertains; 1: every post sells or answers questions.',
    ru: '0 — все посты развлекают; 1 — все посты продают или отвечают на вопросы.',
  },
  'content.answerShare': {
    en: '0: posts with a goal only sell; 1: they only answer followers’ questions.',
    ru: '0 — посты с целью только продают; 1 — только отвечают на вопросы подписчиков.',
  },
  'content.buyersInvited': {
    en: '0: no buyer joins the page; 1: every satisfied first-time buyer does.',
    ru: '0 — ни один покупатель не подписывается; 1 — подписывается каждый довольный новый покупатель.',
  },
  'content.organicReach': {
    en: '0: followers never see a post; 1: every follower sees every post.',
    ru: '0 — подписчики не видят постов; 1 — каждый подписчик видит каждый пост.',
  },
  'feedback.answeredShare': {
    en: '0: no complaint is answered; 1: every one is.',
    ru: '0 — ни на одну жалобу не отвечают; 1 — отвечают на все.',
  },
  'feedback.tone': {
    en: '0: answers win nobody back and put off those who read them; 1: the best answers there can be.',
    ru: '0 — ответы никого не возвращают и отталкивают читателей; 1 — лучшие ответы, какие бывают.',
  },
  'feedback.complaintShare': {
    en: '0: disappointed buyers all leave in silence; 1: they all complain in public.',
    ru: '0 — недовольные покупатели молча уходят; 1 — все жалуются публично.',
  },
  'product.margin': {
    en: '0: sales bring no gross profit; 1: the whole price is gross profit.',
    ru: '0 — продажи не приносят валовой прибыли; 1 — вся цена — валовая прибыль.',
  },
  'product.satisfaction': {
    en: '0: no purchase satisfies; 1: every purchase does, when the value proposition fits perfectly.',
    ru: '0 — ни одна покупка не радует; 1 — радует каждая, если предложение полностью отвечает потребностям.',
  },
  'product.problemShare': {
    en: '0: repeat orders never go wrong; 1: every one does.',
    ru: '0 — с повторными заказами проблем не бывает; 1 — проблема с каждым.',
  },
  'product.learningRate': {
    en: '0: feedback never improves the product; 1: one lesson makes it as good as it can be.',
    ru: '0 — обратная связь никак не улучшает продукт; 1 — один урок делает его настолько хорошим, насколько возможно.',
  },
  'website.conversion': {
    en: '0: no visit ends in a purchase; 1: every visit does, before the value fit scales it.',
    ru: '0 — ни один визит не заканчивается покупкой; 1 — каждый, до поправки на соответствие предложения.',
  },
};

/** A full set of parameter values. */
export type Parameters = Record<ParameterName, number>;

const BY_NAME: ReadonlyMap<string, ParameterSpec> = new Map(PARAMETERS.map((p) => [p.name, p]));

/** The declaration of `name`, or undefined when no parameter has that name. */
export function parameterSpec(name: string): ParameterSpec | undefined {
  return BY_NAME.get(name);
}

/** True when `name` is a declared parameter. */
export function isParameterName(name: string): name is ParameterName {
  return BY_NAME.has(name);
}

/** Every parameter at its default. */
export function defaultParameters(): Parameters {
  return Object.fromEntries(PARAMETERS.map((p) => [p.name, p.default])) as Parameters;
}

/** How a value may be written for a parameter, for messages: "a number from 0 to 1". */
export function allowedRange(s: ParameterSpec, lang: keyof Bilingual = 'en'): string {
  if (lang === 'ru') return `${s.integer ? 'целое число' : 'число'} от ${s.min} до ${s.max}`;
  const kind = s.integer ? 'a whole number' : 'a number';
  return `${kind} from ${s.min} to ${s.max}`;
}

/** Every parameter's dotted name, in declaration order. */
export const PARAMETER_NAMES: readonly ParameterName[] = PARAMETERS.map((p) => p.name);

/**
 * Checks a value against its declaration; returns null when valid, else a message naming the
 * parameter, what is allowed (its unit in words when the value is out of range) and the value.
 * An unknown name is named with the nearest known one, when one is near.
 */
export function checkParameterValue(name: string, value: unknown): string | null {
  const s = BY_NAME.get(name);
  if (!s) {
    const near = nearMatch(name, PARAMETER_NAMES);
    return near
      ? `unknown parameter "${name}"; did you mean ${near}?`
      : `unknown parameter "${name}"; the parameters are listed in docs/parameters.md`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${name} must be ${allowedRange(s)}, got ${JSON.stringify(value) ?? String(value)}`;
  }
  if (value < s.min || value > s.max || (s.integer && !Number.isInteger(value))) {
    return `${name} must be ${allowedRange(s)} (${UNIT_WORDS[s.unit].en}), got ${value}`;
  }
  return null;
}
