/**
 * The metrics of one simulated day. Flows count what happened that day; stocks describe the
 * population at the end of it; ratios are cumulative from day 1 to that day (a daily CAC is
 * mostly division by zero). Each day's values live in one Float64Array, indexed by METRIC_INDEX.
 */
import { CHANNELS, COUNTERS, STATES, STATE_META, type Channel, type Counter } from '../model/agent';

/** Metric names in column order: the CSV's columns after `day`, before the state counts. */
export const METRICS = [
  // flows of the day
  'impressions',
  'reach',
  'visits',
  'purchases',
  'newCustomers',
  'revenue',
  'adSpend',
  'likes',
  'reposts',
  'complaints',
  'complaintsAnswered',
  'churned',
  'wonBack',
  // ratios, cumulative to the day
  'retention',
  'conversionRate',
  'cac',
  'romi',
  // more flows
  'repeatPurchases',
  'follows',
  'unfollows',
  'recovered',
  'mentions',
  'badMentions',
  // stocks at the end of the day
  'aware',
  'followers',
  'buyers',
  // cumulative money
  'totalRevenue',
  'totalAdSpend',
  // money (see money.ts): costs cumulative from day 1, equity and LTV as of the day
  'contentCost',
  'supportCost',
  'marketingCost',
  'customerEquity',
  'romiWithEquity',
  'ltv',
  'ltvToCac',
  // the day's new customers by the channel of the visit that led to their first purchase
  'newByAds',
  'newByContent',
  'newByWom',
  'newByRetargeting',
  // people who doubt the brand at the end of the day (heard it criticised, saw a complaint or a poor reply)
  'doubting',
  // the day's churned customers by why they left: drifted away without contact, left after
  // complaining (answered or not), left disappointed without a word
  'lapsed',
  'leftAfterComplaint',
  'leftDisappointed',
  // the product's satisfaction in force at the end of the day: its starting value, raised by what
  // the brand has learned from feedback so far (answered complaints, posts that answer questions)
  'satisfaction',
] as const;
export type Metric = (typeof METRICS)[number];
export const METRIC_INDEX = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;

/** Which metric each statechart counter adds to. */
export const COUNTER_METRIC: Record<Counter, Metric> = {
  visit: 'visits',
  purchase: 'purchases',
  newCustomer: 'newCustomers',
  repeatPurchase: 'repeatPurchases',
  wonBack: 'wonBack',
  like: 'likes',
  repost: 'reposts',
  follow: 'follows',
  unfollow: 'unfollows',
  complaint: 'complaints',
  answered: 'complaintsAnswered',
  recovered: 'recovered',
  churned: 'churned',
};

/** METRIC_INDEX of each counter, by counter index. */
export const COUNTER_TO_METRIC = Int32Array.from(COUNTERS, (c) => METRIC_INDEX[COUNTER_METRIC[c]]);

/** Running totals the cumulative ratios are computed from. */
export class Totals {
  visits = 0;
  sitePurchases = 0;
  newCustomers = 0;
  revenue = 0;
  adSpend = 0;

  /** Adds a day's flows and fills that day's cumulative ratios; the money ratios are the Ledger's (money.ts). */
  close(m: Float64Array, inLoop: number): void {
    const I = METRIC_INDEX;
    this.visits += m[I.visits]!;
    this.sitePurchases += m[I.newCustomers]! + m[I.wonBack]!;
    this.newCustomers += m[I.newCustomers]!;
    this.revenue += m[I.revenue]!;
    this.adSpend += m[I.adSpend]!;
    m[I.buyers] = this.newCustomers;
    m[I.totalRevenue] = this.revenue;
    m[I.totalAdSpend] = this.adSpend;
    m[I.retention] = this.newCustomers > 0 ? inLoop / this.newCustomers : NaN;
    m[I.conversionRate] = this.visits > 0 ? this.sitePurchases / this.visits : NaN;
    m[I.cac] = this.newCustomers > 0 ? this.adSpend / this.newCustomers : NaN;
  }
}

/** The metric that counts a churned customer by the channel of the move that lost them. */
export const CHURN_BY_CHANNEL: Partial<Record<Channel, Metric>> = {
  time: 'lapsed',
  feedback: 'leftAfterComplaint',
  product: 'leftDisappointed',
};

/** CHURN_BY_CHANNEL as metric indices by channel index (−1: a channel no churn goes through). */
export const CHURN_METRIC = Int32Array.from(CHANNELS, (c) => {
  const metric = CHURN_BY_CHANNEL[c];
  return metric === undefined ? -1 : METRIC_INDEX[metric];
});

/**
 * 1 for the states of people who are customers with the brand now (trying the product, loyal, or
 * complaining and waiting for an answer): those `retention` counts, indexed like STATES.
 */
export const IN_LOOP = Uint8Array.from(STATES, (s) =>
  ['product', 'feedback'].includes(STATE_META[s].place) ? 1 : 0,
);
