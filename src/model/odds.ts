/**
 * The day's probabilities ("odds"), derived from the parameters. The statechart's guards
 * compare a uniform draw with one of these; nothing else turns parameters into chances.
 *
 * Daily hazards come from mean durations: a process with mean D days fires on a given day
 * with probability 1 − exp(−1/D), the exact daily chance for an exponential waiting time.
 */
import type { Parameters } from './parameters';

/** The named chances the statechart can roll against, in table order. */
export const ODDS = [
  'click',
  'clickFamiliar',
  'clickWary',
  'followAd',
  'convert',
  'convertWary',
  'convertReferred',
  'convertReturning',
  'clickReturning',
  'persuade',
  'deter',
  'reassure',
  'putOff',
  'forget',
  'followContent',
  'clickPost',
  'buyOnOffer',
  'settleDoubt',
  'likeAnswer',
  'likeGoal',
  'likeFun',
  'repostGoal',
  'repostFun',
  'unfollowGoal',
  'unfollowFun',
  'experience',
  'satisfied',
  'joinCommunity',
  'complain',
  'answered',
  'answerArrives',
  'recover',
  'giveUp',
  'repeat',
  'problem',
  'lapse',
  'lapseReferred',
  'calm',
] as const;
export type OddsName = (typeof ODDS)[number];
export const ODDS_COUNT = ODDS.length;

/** Index of each chance in an odds table. */
export const ODDS_INDEX = Object.fromEntries(ODDS.map((n, i) => [n, i])) as Record<OddsName, number>;

/** Agents are either in the target audience (segment 0) or outside it (segment 1). */
export const SEGMENTS = ['target', 'outsider'] as const;

/** Engagement with a post seen, per unit of content quality (so 0.5 quality gives half). */
export const CONTENT_RATES = {
  /** a purposeful post seen → click through to the website */
  clickPost: 0.1,
  /** likes per post seen: entertaining posts earn three times as many */
  likeGoal: 0.05,
  likeFun: 0.15,
  /** reposts per post seen */
  repostGoal: 0.005,
  repostFun: 0.03,
  /** a reposted post seen by a non-follower → follows the page */
  followContent: 0.1,
} as const;

/**
 * Chance to unfollow per post seen. Promotional posts wear followers out faster: 46% of
 * people unfollow over too many promotions (Sprout Social, 2016, via Adweek).
 */
export const UNFOLLOW_PER_POST = { goal: 0.01, fun: 0.002 } as const;

/**
 * Complaint recovery: an answer keeps the customer with probability
 * tone × (FLOOR + (1 − FLOOR) · 0.5^(hours / HALF_LIFE)). A perfect instant answer keeps
 * ~95%, a slow good one ~55–70% (TARP); the value of a reply falls
 * sharply within hours (Twitter & Applied Marketing Science 2016).
 */
export const RECOVERY = { floor: 0.6, halfLifeHours: 6 } as const;

/**
 * A former customer responds to a reminder this many times better than a stranger: clicks a
 * retargeting ad and buys on the visit. Returning visitors convert two to four times as often as
 * new ones in e-commerce analytics reports; the model takes 3 (an assumption, not in the anchors).
 */
export const RETURNING_LIFT = 3;

/**
 * A visitor sent by a friend converts this many times as often as one sent by the brand: 83 % of
 * people trust recommendations from people they know against 70 % for brand websites (Nielsen
 * Global Trust in Advertising 2015), so 83 / 70.
 */
export const REFERRAL_TRUST = 83 / 70;

/**
 * A customer who came on a friend's word stays this many times as long: referred customers are
 * worth about 16 % more over their lifetime, mostly by churning less (Schmitt, Skiera & Van den
 * Bulte 2011, Journal of Marketing).
 */
export const REFERRED_LOYALTY = 1.16;

/**
 * The best satisfaction learning from feedback can reach: even a well-run product leaves a few
 * buyers unhappy, and recovery restores satisfaction without exceeding it (de Matos, Henrique &
 * Rossi 2007). Below the starting satisfaction, learning changes nothing.
 */
export const LEARNING_CEILING = 0.95;

/**
 * Product satisfaction after `lessons` lessons from feedback (answered complaints, posts that
 * answer questions): each closes `product.learningRate` of the remaining gap to LEARNING_CEILING.
 */
export function learnedSatisfaction(p: Parameters, lessons: number): number {
  const start = p['product.satisfaction'];
  if (start >= LEARNING_CEILING || lessons <= 0) return start;
  const rate = p['product.learningRate'];
  if (rate <= 0) return start;
  const closed = rate >= 1 ? 1 : 1 - Math.exp(lessons * Math.log1p(-rate));
  return start + (LEARNING_CEILING - start) * closed;
}

/**
 * The share of a day a complaint the brand will answer stays unanswered on the page, for a
 * complaint still waiting when the day starts: answers arrive as an exponential wait with median
 * `hours` (rate ln 2 / hours), so the expected unanswered time within 24 hours is
 * (1 − e^(−24·rate)) / rate. About half the day at the default of 10 hours, 6 % at 1 hour.
 */
export function unansweredShareOfDay(hours: number): number {
  const rate = Math.LN2 / hours;
  return (1 - Math.exp(-24 * rate)) / rate / 24;
}

/** Daily chance that an exponential wait with mean `days` ends today. */
export function dailyHazard(days: number): number {
  return 1 - Math.exp(-1 / days);
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The odds table for one day: `SEGMENTS.length × ODDS_COUNT` probabilities, segment-major
 * (`table[segment * ODDS_COUNT + ODDS_INDEX[name]]`). Every entry is in [0, 1].
 */
export function computeOdds(
  p: Parameters,
  out: Float64Array<ArrayBuffer> = new Float64Array(SEGMENTS.length * ODDS_COUNT),
  lessons = 0,
): Float64Array<ArrayBuffer> {
  const satisfaction = learnedSatisfaction(p, lessons);
  const familiarity = p['ads.familiarityLift'];
  const doubt = 1 - p['wom.doubt'];
  const offer =
    p['content.offerWindowDays'] > 0
      ? 1 - Math.exp(-p['content.offerWindowDays'] / p['product.repeatDays'])
      : 0;
  const quality = p['content.quality'];
  const postsPerDay = p['content.postsPerWeek'] / 7;
  const hours = p['feedback.responseHours'];
  const recover =
    p['feedback.tone'] *
    (RECOVERY.floor + (1 - RECOVERY.floor) * Math.pow(0.5, hours / RECOVERY.halfLifeHours));
  // Posting more than daily tires followers of promotions further (Sprout Social, "posting too often").
  const overPosting = Math.max(1, postsPerDay);
  for (let s = 0; s < SEGMENTS.length; s++) {
    const affinity = s === 0 ? 1 : p['audience.outsiderAffinity'];
    const fit = p['research.valueFit'] * affinity;
    const convert = p['website.conversion'] * fit;
    const values: Record<OddsName, number> = {
      click: p['ads.ctr'] * affinity,
      clickFamiliar: p['ads.ctr'] * affinity * familiarity,
      clickWary: p['ads.ctr'] * affinity * doubt,
      followAd: p['ads.followRate'] * 2 * quality * affinity,
      convert,
      convertWary: convert * doubt,
      convertReferred: convert * REFERRAL_TRUST,
      convertReturning: convert * RETURNING_LIFT,
      clickReturning: p['ads.ctr'] * affinity * RETURNING_LIFT,
      persuade: p['wom.persuasion'],
      deter: p['wom.persuasion'],
      reassure: p['feedback.tone'],
      putOff: p['wom.persuasion'] * (1 - p['feedback.tone']),
      forget: dailyHazard(p['audience.forgetDays']),
      followContent: CONTENT_RATES.followContent * quality * affinity,
      clickPost: CONTENT_RATES.clickPost * quality * affinity,
      buyOnOffer: offer,
      settleDoubt: p['feedback.tone'],
      likeAnswer: CONTENT_RATES.likeGoal * quality,
      likeGoal: CONTENT_RATES.likeGoal * quality,
      likeFun: CONTENT_RATES.likeFun * quality,
      repostGoal: CONTENT_RATES.repostGoal * quality,
      repostFun: CONTENT_RATES.repostFun * quality,
      unfollowGoal: UNFOLLOW_PER_POST.goal * overPosting,
      unfollowFun: UNFOLLOW_PER_POST.fun * overPosting,
      experience: dailyHazard(p['product.experienceDays']),
      satisfied: satisfaction * (0.5 + 0.5 * fit),
      joinCommunity: p['content.buyersInvited'],
      complain: p['feedback.complaintShare'],
      answered: p['feedback.answeredShare'],
      answerArrives: 1 - Math.pow(0.5, 24 / hours),
      recover,
      giveUp: dailyHazard(p['feedback.patienceDays']),
      repeat: dailyHazard(p['product.repeatDays']),
      problem: p['product.problemShare'],
      lapse: dailyHazard(p['product.lapseDays']),
      lapseReferred: dailyHazard(p['product.lapseDays'] * REFERRED_LOYALTY),
      calm: dailyHazard(p['wom.grudgeDays']),
    };
    for (let i = 0; i < ODDS_COUNT; i++) out[s * ODDS_COUNT + i] = clamp01(values[ODDS[i]!]);
  }
  return out;
}
