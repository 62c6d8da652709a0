/**
 * The day's odds against numbers worked out by hand from the documented rules (the parameter
 * help texts, README "A day" and the constants named in odds.ts), not from the code. Every
 * expected value below is a literal; the comment beside it shows the arithmetic.
 *
 * Documented rules used: a mean duration of D days gives the daily chance 1 − e^(−1/D); a median
 * answer time of h hours gives 1 − 0.5^(24/h) a day; outside the target audience clicks, fit and
 * follows are scaled by `audience.outsiderAffinity`; content rates are per unit of quality
 * (click-through 0.1, follow 0.1, likes 0.05/0.15, reposts 0.005/0.03); unfollows 0.01/0.002 per
 * post, times the posts per day above one; returning customers respond 3 × better; followers'
 * loyalty lasts twice as long; recovery = tone × (0.6 + 0.4 × 0.5^(hours / 6)); satisfaction is
 * scaled by (0.5 + 0.5 × fit). A chance above 1 is certainty (clamped), never more.
 */
import { describe, expect, it } from 'vitest';
import { ODDS, ODDS_COUNT, ODDS_INDEX, computeOdds, type OddsName } from './odds';
import { defaultParameters, type Parameters } from './parameters';

const TARGET = 0;
const OUTSIDER = 1;

/** The chance `name` for one segment of a table. */
const read = (table: Float64Array, segment: number, name: OddsName) =>
  table[segment * ODDS_COUNT + ODDS_INDEX[name]]!;

/** Checks some or all chances of one segment against expected values, naming any that differ. */
function expectSegment(table: Float64Array, segment: number, expected: Partial<Record<OddsName, number>>) {
  for (const [name, value] of Object.entries(expected) as [OddsName, number][]) {
    expect({ name, segment, value: read(table, segment, name) }).toEqual({
      name,
      segment,
      value: expect.closeTo(value, 12),
    });
  }
}

const withParams = (overrides: Partial<Parameters>): Parameters => ({ ...defaultParameters(), ...overrides });

describe('the odds table', () => {
  it('holds two segments of one chance per name, target audience first', () => {
    expect(computeOdds(defaultParameters())).toHaveLength(2 * ODDS.length);
  });

  it('gives the documented chances at the defaults, for the target audience', () => {
    // ctr 0.009, followRate 0.002, quality 0.5, conversion 0.03, fit 0.6, doubt 0.5, persuasion 0.25
    const full: Record<OddsName, number> = {
      click: 0.009,
      clickFamiliar: 0.0135, // 0.009 × familiarity lift 1.5
      clickWary: 0.0045, // 0.009 × (1 − 0.5)
      followAd: 0.002, // 0.002 × 2 × 0.5
      convert: 0.018, // 0.03 × 0.6
      convertWary: 0.009, // 0.018 × (1 − 0.5)
      convertReferred: 0.018 * (83 / 70), // trust in friends over brand sites (Nielsen 2015)
      convertReturning: 0.054, // 0.018 × 3
      clickReturning: 0.027, // 0.009 × 3
      persuade: 0.25,
      deter: 0.25,
      reassure: 0.7, // the tone of the reply
      putOff: 0.075, // 0.25 × (1 − 0.7)
      forget: 0.0327838995179941, // 1 − e^(−1/30)
      followContent: 0.05, // 0.1 × 0.5
      clickPost: 0.05, // 0.1 × 0.5
      buyOnOffer: 0.11011822901197621, // 1 − e^(−7/60): a purchase due within the offer's week
      settleDoubt: 0.7, // the tone of the answer
      likeAnswer: 0.025, // as a post with a goal
      likeGoal: 0.025, // 0.05 × 0.5
      likeFun: 0.075, // 0.15 × 0.5
      repostGoal: 0.0025, // 0.005 × 0.5
      repostFun: 0.015, // 0.03 × 0.5
      unfollowGoal: 0.01, // 5 posts a week is under one a day: no extra wear
      unfollowFun: 0.002,
      experience: 0.1331221002498184, // 1 − e^(−1/7)
      satisfied: 0.68, // 0.85 × (0.5 + 0.5 × 0.6)
      joinCommunity: 0.2, // buyers invited to the page who join
      complain: 0.35,
      answered: 0.5,
      answerArrives: 0.8105354291862003, // 1 − 0.5^(24/10)
      recover: 0.5081944734926411, // 0.7 × (0.6 + 0.4 × 0.5^(10/6))
      giveUp: 0.28346868942621073, // 1 − e^(−1/3)
      repeat: 0.01652854617838251, // 1 − e^(−1/60)
      problem: 0.25,
      lapse: 0.0027359764031407163, // 1 − e^(−1/365)
      lapseReferred: 0.0023590458497146916, // 1 − e^(−1/(365 × 1.16))
      calm: 0.0327838995179941, // 1 − e^(−1/30)
    };
    expectSegment(computeOdds(defaultParameters()), TARGET, full);
  });

  it('scales clicks, fit and follows by the outsiders’ affinity (0.3) outside the target audience', () => {
    expectSegment(computeOdds(defaultParameters()), OUTSIDER, {
      click: 0.0027, // 0.009 × 0.3
      followAd: 0.0006, // 0.002 × 2 × 0.5 × 0.3
      convert: 0.0054, // 0.03 × (0.6 × 0.3)
      convertWary: 0.0027,
      convertReturning: 0.0162,
      clickReturning: 0.0081,
      followContent: 0.015,
      clickPost: 0.015,
      satisfied: 0.5015, // 0.85 × (0.5 + 0.5 × 0.18)
      // what affinity does not touch stays as for the target audience
      persuade: 0.25,
      likeFun: 0.075,
      unfollowGoal: 0.01,
      recover: 0.5081944734926411,
      lapse: 0.0027359764031407163,
    });
  });

  it('turns a chance above 1 into certainty, in that segment only', () => {
    const odds = computeOdds(
      withParams({
        'ads.ctr': 0.5,
        'website.conversion': 0.5,
        'research.valueFit': 1,
        'ads.followRate': 0.8,
        'content.quality': 1,
        'wom.doubt': 0.2,
      }),
    );
    expectSegment(odds, TARGET, {
      click: 0.5,
      convertWary: 0.4, // 0.5 × (1 − 0.2)
      clickReturning: 1, // 0.5 × 3 = 1.5
      convert: 0.5,
      convertReturning: 1, // 0.5 × 3 = 1.5
      followAd: 1, // 0.8 × 2 × 1 = 1.6
      satisfied: 0.85, // 0.85 × (0.5 + 0.5 × 1)
    });
    expectSegment(odds, OUTSIDER, {
      click: 0.15,
      clickReturning: 0.45, // 0.15 × 3: below 1, kept
      convert: 0.15,
      convertWary: 0.12, // 0.15 × (1 − 0.2)
      convertReturning: 0.45,
      followAd: 0.48, // 0.8 × 2 × 1 × 0.3
      satisfied: 0.5525, // 0.85 × (0.5 + 0.5 × 1 × 0.3)
    });
  });

  it('keeps chances just below 1 as they are', () => {
    const odds = computeOdds(
      withParams({
        'ads.ctr': 0.3,
        'website.conversion': 0.3,
        'research.valueFit': 1,
        'ads.followRate': 0.45,
        'content.quality': 1,
      }),
    );
    expectSegment(odds, TARGET, { clickReturning: 0.9, convertReturning: 0.9, followAd: 0.9 });
  });

  it('wears followers out faster when posting more than once a day', () => {
    expectSegment(computeOdds(withParams({ 'content.postsPerWeek': 28 })), TARGET, {
      unfollowGoal: 0.04, // 0.01 × 28/7
      unfollowFun: 0.008, // 0.002 × 28/7
    });
    expectSegment(computeOdds(withParams({ 'content.postsPerWeek': 14 })), OUTSIDER, {
      unfollowGoal: 0.02,
      unfollowFun: 0.004,
    });
  });

  it('answers by the median response time and recovers more after a fast, good answer', () => {
    expectSegment(computeOdds(withParams({ 'feedback.responseHours': 24, 'feedback.tone': 0.9 })), TARGET, {
      answerArrives: 0.5, // half the answers come within the median of one day
      recover: 0.5625, // 0.9 × (0.6 + 0.4 × 0.5^4)
    });
    expectSegment(computeOdds(withParams({ 'feedback.responseHours': 6, 'feedback.tone': 0.9 })), TARGET, {
      answerArrives: 0.9375, // 1 − 0.5^4
      recover: 0.72, // 0.9 × (0.6 + 0.4 × 0.5)
    });
    expectSegment(computeOdds(withParams({ 'feedback.responseHours': 720, 'feedback.tone': 1 })), TARGET, {
      answerArrives: 0.022840031565754093, // 1 − 0.5^(1/30)
      recover: 0.6, // 1 × (0.6 + 0.4 × 0.5^120): the floor of a very late answer
    });
  });

  it('turns the shortest and longest mean durations into daily chances', () => {
    const odds = computeOdds(
      withParams({
        'audience.forgetDays': 1,
        'product.experienceDays': 1,
        'product.repeatDays': 3650,
        'product.lapseDays': 3650,
        'feedback.patienceDays': 0.1,
        'wom.grudgeDays': 1,
      }),
    );
    expectSegment(odds, OUTSIDER, {
      forget: 0.6321205588285577, // 1 − e^(−1)
      experience: 0.6321205588285577,
      repeat: 0.0002739350756734149, // 1 − e^(−1/3650)
      lapse: 0.0002739350756734149,
      lapseReferred: 0.0002361553891491175, // 1 − e^(−1/(3650 × 1.16))
      giveUp: 0.9999546000702375, // 1 − e^(−10)
      calm: 0.6321205588285577,
    });
  });

  it('writes into the table it is given, so the engine can reuse one each day', () => {
    const table = new Float64Array(2 * ODDS_COUNT).fill(7);
    const returned = computeOdds(defaultParameters(), table);
    expect(returned).toBe(table);
    expectSegment(table, OUTSIDER, { click: 0.0027, calm: 0.0327838995179941 });
  });
});
