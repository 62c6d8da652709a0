/**
 * The CSV columns DESIGN.md names, written out here rather than read from the code, so that the
 * tests of the engine, the CLI and the page's export all check the code against the contract.
 */

/** The first version's columns after `day`, in the contract's order. */
export const CONTRACT_COLUMNS = [
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
  'retention',
  'conversionRate',
  'cac',
  'romi',
];

/** The money columns of the model's second version, right after the existing ones, in this order. */
export const MONEY_COLUMNS = [
  'contentCost',
  'supportCost',
  'marketingCost',
  'customerEquity',
  'romiWithEquity',
  'ltv',
  'ltvToCac',
  'newByAds',
  'newByContent',
  'newByWom',
  'newByRetargeting',
];

/**
 * Columns the project adds after the money ones, before the state counts: the people who doubt
 * the brand, the day's churned customers by why they left (which the comparison's "why" reads),
 * and the product's satisfaction as feedback has raised it (which the loop's return arrow shows).
 */
export const LATER_COLUMNS = ['doubting', 'lapsed', 'leftAfterComplaint', 'leftDisappointed', 'satisfaction'];
