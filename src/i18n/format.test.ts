import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec, type ParameterSpec } from '../model/parameters';
import {
  changeSign,
  decimalsOf,
  formatChange,
  formatCount,
  formatCounted,
  formatDuration,
  formatMoney,
  formatPercent,
  formatPointChange,
  formatQuantity,
  formatRatio,
  formatSetting,
  tickFormat,
  type FigureKind,
} from './format';
import { LANGS, NOUNS, STRINGS } from './strings';

/** Intl separates with no-break spaces; the expectations are written with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const spec = (name: string): ParameterSpec => parameterSpec(name)!;

describe('one format per kind of figure', () => {
  it('counts: whole and grouped, compact from 100,000', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(plain(formatCount(1234, 'ru'))).toBe('1 234');
    expect(formatCount(124_500, 'en')).toBe('124.5K');
    expect(plain(formatCount(124_500, 'ru'))).toBe('124,5 тыс.');
    expect(formatCount(NaN, 'en')).toBe('–');
  });

  it('money: never "$74.54" beside "$371": whole dollars from $10, cents below', () => {
    expect(formatMoney(74.54, 'en')).toBe('$75');
    expect(formatMoney(371, 'en')).toBe('$371');
    expect(formatMoney(7.454, 'en')).toBe('$7.45');
    expect(formatMoney(9.996, 'en')).toBe('$10');
    expect(formatMoney(12_400, 'en')).toBe('$12.4K');
    expect(formatMoney(12_000, 'en')).toBe('$12K');
    expect(formatMoney(0, 'en')).toBe('$0');
    expect(formatMoney(-3.2, 'en')).toBe('−$3.20');
  });

  it('money stays in dollars in Russian, never relabelled as roubles', () => {
    expect(plain(formatMoney(74.54, 'ru'))).toBe('75 $');
    expect(plain(formatMoney(7.454, 'ru'))).toBe('7,45 $');
    expect(plain(formatMoney(12_400, 'ru'))).toBe('12,4 тыс. $');
    for (const x of [0, 5, 40, 999, 1e6]) expect(formatMoney(x, 'ru')).not.toMatch(/₽|руб/);
  });

  it('money in a scenario in roubles is in roubles in both languages, in every kind of figure', () => {
    expect(plain(formatMoney(3700, 'ru', 'RUB'))).toBe('3 700 ₽');
    expect(formatMoney(3700, 'en', 'RUB')).toBe('₽3,700');
    expect(plain(formatMoney(7.454, 'ru', 'RUB'))).toBe('7,45 ₽');
    expect(plain(formatMoney(450_000, 'ru', 'RUB'))).toBe('450 тыс. ₽');
    expect(plain(formatChange('money', -1500, 'ru', 'RUB'))).toBe('−1 500 ₽');
    expect(plain(formatSetting(spec('ads.dailyBudget'), 300, 'ru', 'RUB'))).toBe('300 ₽ в день');
    expect(formatSetting(spec('ads.cpm'), 150, 'en', 'RUB')).toBe('₽150.00');
    const ticks = [0, 250_000, 500_000];
    expect(ticks.map(tickFormat('money', ticks, 'ru', 'RUB')).map(plain)).toEqual([
      '0 ₽',
      '250 тыс. ₽',
      '500 тыс. ₽',
    ]);
    for (const x of [0, 5, 40, 999, 1e6]) expect(formatMoney(x, 'en', 'RUB')).not.toContain('$');
  });

  it('percentages: one decimal below 10 %, whole from 10 %', () => {
    expect(formatPercent(0.018, 'en')).toBe('1.8%');
    expect(formatPercent(0.81, 'en')).toBe('81%');
    expect(formatPercent(0.0996, 'en')).toBe('10%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(plain(formatPercent(0.018, 'ru'))).toBe('1,8 %');
    expect(plain(formatPercent(0.81, 'ru'))).toBe('81 %');
  });

  it('percentage points: no "−0.0 pp"; a change that rounds to nothing is "0 pp", unsigned', () => {
    expect(plain(formatPointChange(-0.0004, 'en'))).toBe('0 pp');
    expect(plain(formatPointChange(0.0004, 'en'))).toBe('0 pp');
    expect(plain(formatPointChange(0, 'en'))).toBe('0 pp');
    expect(plain(formatPointChange(-0.0004, 'ru'))).toBe('0 п. п.');
    expect(plain(formatPointChange(0.012, 'en'))).toBe('+1.2 pp');
    expect(plain(formatPointChange(-0.15, 'en'))).toBe('−15 pp');
    expect(plain(formatPointChange(0.012, 'ru'))).toBe('+1,2 п. п.');
  });

  it('ratios (ROMI): always two decimals, no "+0", no "−0.00"', () => {
    expect(formatRatio(1.8, 'en')).toBe('1.80');
    expect(formatRatio(-0.55, 'en')).toBe('−0.55');
    expect(formatRatio(0, 'en')).toBe('0.00');
    expect(formatRatio(-0.001, 'en')).toBe('0.00');
    expect(formatRatio(-0.55, 'ru')).toBe('−0,55');
    expect(formatChange('ratio', 0.001, 'en')).toBe('0.00');
    expect(formatChange('ratio', 0.4, 'en')).toBe('+0.40');
    expect(formatChange('ratio', -0.4, 'ru')).toBe('−0,40');
  });

  it('changes are signed in their kind’s format, and unsigned when they round to nothing', () => {
    expect(formatChange('count', 12, 'en')).toBe('+12');
    expect(formatChange('count', 0.3, 'en')).toBe('0');
    expect(formatChange('money', -3.2, 'en')).toBe('−$3.20');
    expect(formatChange('money', 45.6, 'en')).toBe('+$46');
    expect(formatChange('money', -0.001, 'en')).toBe('$0');
    expect(plain(formatChange('percent', 0.012, 'en'))).toBe('+1.2 pp');
    const kinds: FigureKind[] = ['count', 'money', 'percent', 'ratio'];
    for (const kind of kinds)
      for (const lang of LANGS) {
        expect(changeSign(kind, -1e-7)).toBe(0);
        expect(formatChange(kind, -1e-7, lang)).not.toMatch(/[−+-]/);
        expect(changeSign(kind, 5)).toBe(1);
        expect(changeSign(kind, -5)).toBe(-1);
      }
  });

  it('no figure of any kind prints a signed zero', () => {
    for (const lang of LANGS)
      for (const x of [-1e-9, -0.00004, -0])
        for (const text of [
          formatCount(x, lang),
          formatMoney(x, lang),
          formatPercent(x, lang),
          formatRatio(x, lang),
        ])
          expect(text).not.toMatch(/[−-]/);
  });
});

describe('counted nouns take the form their number needs (Intl.PluralRules)', () => {
  it('durations: "1 hour", never "1 hours"', () => {
    expect(formatDuration(1, 'hours', 'en')).toBe('1 hour');
    expect(formatDuration(2, 'hours', 'en')).toBe('2 hours');
    expect(formatDuration(0.5, 'hours', 'en')).toBe('0.5 hours');
    expect(formatDuration(1, 'days', 'en')).toBe('1 day');
    expect(formatSetting(spec('feedback.responseHours'), 1, 'en')).toBe('1 hour');
  });

  it('Russian durations: 1 час, 2 часа, 5 часов, 21 час, 0,5 часа', () => {
    expect(formatDuration(1, 'hours', 'ru')).toBe('1 час');
    expect(formatDuration(2, 'hours', 'ru')).toBe('2 часа');
    expect(formatDuration(5, 'hours', 'ru')).toBe('5 часов');
    expect(formatDuration(11, 'hours', 'ru')).toBe('11 часов');
    expect(formatDuration(21, 'hours', 'ru')).toBe('21 час');
    expect(formatDuration(0.5, 'hours', 'ru')).toBe('0,5 часа');
    expect(formatDuration(1, 'days', 'ru')).toBe('1 день');
    expect(formatDuration(3, 'days', 'ru')).toBe('3 дня');
    expect(formatDuration(365, 'days', 'ru')).toBe('365 дней');
  });

  it('fractions take the "other" form in Russian: 0,2 упоминания/день', () => {
    expect(new Intl.PluralRules('ru-RU').select(0.2)).toBe('other');
    expect(formatSetting(spec('wom.contactsPerDay'), 0.2, 'ru')).toBe('0,2 упоминания/день');
    expect(formatSetting(spec('wom.contactsPerDay'), 1, 'ru')).toBe('1 упоминание/день');
    expect(formatSetting(spec('wom.contactsPerDay'), 5, 'ru')).toBe('5 упоминаний/день');
    expect(formatSetting(spec('wom.contactsPerDay'), 1, 'en')).toBe('1 mention/day');
  });

  it('a number shown rounded takes the form of what is shown', () => {
    expect(formatQuantity(0.999, NOUNS.hour, 'en', 0)).toBe('1 hour');
    expect(formatQuantity(1.04, NOUNS.hour, 'ru', 1)).toBe('1 час');
  });

  it('counts in the interface: 42 визита, 1 visit, 0 visits', () => {
    expect(formatCounted(42, NOUNS.visitToday, 'ru')).toBe('42 визита за день');
    expect(formatCounted(1, NOUNS.visitToday, 'en')).toBe('1 visit today');
    expect(formatCounted(0, NOUNS.visitToday, 'en')).toBe('0 visits today');
    expect(formatCounted(1, NOUNS.complaintWaiting, 'ru')).toBe('1 жалоба ждёт ответа');
    expect(formatCounted(3, NOUNS.complaintWaiting, 'ru')).toBe('3 жалобы ждут ответа');
    expect(formatCounted(1, NOUNS.move, 'ru')).toBe('1 переход');
    expect(plain(formatCounted(1234, NOUNS.person, 'ru'))).toBe('1 234 человека');
  });

  it('the summary line reads naturally in both languages', () => {
    const line = (lang: 'en' | 'ru', people: number, customers: number, waiting: number) =>
      STRINGS[lang].summary(
        42,
        formatCounted(people, NOUNS.person, lang),
        formatCounted(customers, NOUNS.customer, lang),
        formatCounted(waiting, NOUNS.complaintWaiting, lang),
      );
    expect(line('en', 312, 1, 1)).toBe(
      'Day 42: 312 people in the community, 1 customer, 1 complaint waiting.',
    );
    expect(line('ru', 312, 57, 3)).toBe(
      'День 42: в сообществе 312 человек, 57 клиентов, 3 жалобы ждут ответа.',
    );
    expect(line('ru', 21, 1, 5)).toBe('День 42: в сообществе 21 человек, 1 клиент, 5 жалоб ждут ответа.');
  });
});

describe('axis ticks', () => {
  it('money ticks have no needless decimals: no "0,00 ₽"', () => {
    const ru = tickFormat('money', [0, 100, 200, 300], 'ru');
    expect(plain(ru(0))).toBe('0 $');
    expect(plain(ru(300))).toBe('300 $');
    expect(tickFormat('money', [0, 100, 200], 'en')(0)).toBe('$0');
    expect(tickFormat('money', [0, 5000, 10_000, 15_000], 'en')(15_000)).toBe('$15K');
    expect(tickFormat('money', [0, 2500, 5000], 'en')(2500)).toBe('$2,500');
  });

  it('ticks below a dollar keep cents, all alike', () => {
    const en = tickFormat('money', [0, 0.5, 1], 'en');
    expect([0, 0.5, 1].map(en)).toEqual(['$0.00', '$0.50', '$1.00']);
  });

  it('percentage ticks take the decimals of their step', () => {
    const coarse = tickFormat('percent', [0, 0.2, 0.4], 'en');
    expect([0, 0.2].map(coarse)).toEqual(['0%', '20%']);
    const fine = tickFormat('percent', [0, 0.025, 0.05], 'en');
    expect([0, 0.025, 0.05].map(fine)).toEqual(['0.0%', '2.5%', '5.0%']);
  });

  it('count ticks are whole', () => {
    expect(plain(tickFormat('count', [0, 500, 1000], 'ru')(1000))).toBe('1 000');
    expect(tickFormat('count', [0, 1, 2], 'en')(2)).toBe('2');
  });
});

describe('strategy settings beside their sliders', () => {
  it('keep the precision of their step', () => {
    expect(formatSetting(spec('ads.ctr'), 0.009, 'en')).toBe('0.9%');
    expect(formatSetting(spec('audience.initialFollowers'), 0.015, 'en')).toBe('1.5%');
    expect(formatSetting(spec('ads.retargetingShare'), 0.2, 'en')).toBe('20%');
    expect(formatSetting(spec('ads.cpm'), 10.5, 'en')).toBe('$10.50');
    expect(formatSetting(spec('product.price'), 40, 'en')).toBe('$40');
    expect(formatSetting(spec('feedback.tone'), 0.7, 'en')).toBe('0.70');
    expect(formatSetting(spec('wom.negativeMultiplier'), 2.5, 'en')).toBe('2.5×');
  });

  it('money per day in dollars in both languages', () => {
    expect(formatSetting(spec('ads.dailyBudget'), 50, 'en')).toBe('$50/day');
    expect(plain(formatSetting(spec('ads.dailyBudget'), 50, 'ru'))).toBe('50 $ в день');
    expect(formatSetting(spec('ads.dailyBudget'), 100_000, 'en')).toBe('$100,000/day');
  });

  it('counted units agree with their number', () => {
    expect(formatSetting(spec('audience.size'), 5000, 'en')).toBe('5,000 people');
    expect(plain(formatSetting(spec('audience.size'), 5000, 'ru'))).toBe('5 000 человек');
    expect(formatSetting(spec('content.shareReach'), 1, 'en')).toBe('1 person');
    expect(formatSetting(spec('content.shareReach'), 3, 'ru')).toBe('3 человека');
    expect(formatSetting(spec('content.postsPerWeek'), 1, 'en')).toBe('1 post/week');
    expect(formatSetting(spec('content.postsPerWeek'), 2, 'ru')).toBe('2 поста/нед.');
    expect(formatSetting(spec('ads.frequencyCap'), 1, 'en')).toBe('1 impression/day');
  });

  it('every parameter’s default shows a unit, with no float noise and no placeholder', () => {
    for (const lang of LANGS)
      for (const p of PARAMETERS) {
        const text = formatSetting(p, p.default, lang);
        expect(text).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|undefined|\d{5,}[.,]\d|[.,]\d{4,}|money|ден\. ед\./);
      }
  });
});

describe('decimalsOf', () => {
  it('counts the digits a step needs', () => {
    expect([1, 100, 0.5, 2.5, 0.01, 0.005, 0.001].map(decimalsOf)).toEqual([0, 0, 1, 1, 2, 3, 3]);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
  });
});
