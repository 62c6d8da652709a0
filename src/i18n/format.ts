/**
 * Numbers for people: one function per kind of figure, so that a kind looks the same wherever it
 * appears (key figures, charts, the summary line, the sliders) and in both languages.
 *
 * The rules, one per kind:
 * - counts: whole, grouped (1,234 · 1 234); from 100,000 compact with one decimal (124.5K · 124,5 тыс.);
 * - money: in the scenario's one currency, in both languages (dollars by default: a Russian page
 *   shows "40 $", never relabels dollars as roubles; a scenario in roubles shows "₽" in English
 *   too): cents below 10 ($7.45 · 7,45 ₽), whole units from 10 ($74, 371 ₽), compact from 10,000
 *   ($12.4K · 12,4 тыс. $ · 12,4 тыс. ₽); zero is "$0";
 * - percentages (of a share 0–1): one decimal below 10 % (1.8%), whole from 10 % (81%); zero is "0%";
 * - percentage-point changes: the percentages' rule on the change, signed; a change that rounds
 *   to nothing is "0 pp", never "−0.0 pp";
 * - ratios (ROMI, scores): always two decimals (1.80 · −0.55 · 0.00), as in the CSV export;
 * - durations and other counted units: the number, then the noun in the form that number takes
 *   (1 hour · 2 hours · 21 час · 0,5 часа), chosen by `Intl.PluralRules` on the number as shown;
 * - a strategy setting beside its slider: its unit's kind, to the precision of the slider's step
 *   (a CPM of $10.50 keeps its cents), never compact.
 *
 * A minus is always "−" (U+2212), a sign on zero never appears, and a number that is not finite
 * shows as "–".
 */
import type { ParameterSpec } from '../model/parameters';
import { DEFAULT_CURRENCY, type Currency } from '../model/scenario';
import { NOUNS, STRINGS, type Lang, type Noun } from './strings';

/** Shown for a figure that does not exist yet (CAC before the first customer). */
export const MISSING = '–';
/** The minus sign of printed numbers (Intl prints a hyphen). */
const MINUS = '\u2212';
const NBSP = '\u00a0';
const LOCALE: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU' };

/** Counts switch to compact notation from here. */
const COUNT_COMPACT = 100_000;
/** Money: cents below this many dollars, whole dollars from it. */
const MONEY_CENTS_BELOW = 10;
/** Money switches to compact notation from here. */
const MONEY_COMPACT = 10_000;
/** Percentages: one decimal below this many percent, whole from it. */
const PERCENT_DECIMAL_BELOW = 10;
/** Durations and counted settings: one decimal below this, whole from it. */
const UNIT_DECIMAL_BELOW = 10;

const formats = new Map<string, Intl.NumberFormat>();
const rules = new Map<string, Intl.PluralRules>();

/** Intl formatters are slow to build and the charts format on every frame: build each once. */
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/**
 * `signDisplay: 'negative'` (Intl.NumberFormat v3, ES2023: Chrome 106, Firefox 116, Safari 15.4,
 * Node 19) signs negatives only, so a value that rounds to zero prints without "−"; TypeScript's
 * ES2022 library does not list it yet.
 */
const NEGATIVE_ONLY = 'negative' as Intl.NumberFormatOptions['signDisplay'];

/** Formats with Intl, a true minus sign and no sign on a zero ("−0.00" cannot appear). */
function format(x: number, lang: Lang, options: Intl.NumberFormatOptions): string {
  return numberFormat(lang, { signDisplay: NEGATIVE_ONLY, ...options })
    .format(x)
    .replace('-', MINUS);
}

/** Digits after the point that `x` needs (0.005 → 3, 2.5 → 1, 100 → 0), at most 6. */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const scaled = Math.abs(x) * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return 6;
}

/** `x` rounded to `digits` decimals, as a formatter would show it. */
const rounded = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The noun's form for `x` as shown with these fraction digits (1 → "hour", 1.5 → "hours"). */
export function nounFor(
  x: number,
  noun: Noun,
  lang: Lang,
  digits: { minimumFractionDigits?: number; maximumFractionDigits?: number } = {},
): string {
  const key = `${lang}${JSON.stringify(digits)}`;
  let r = rules.get(key);
  if (!r) rules.set(key, (r = new Intl.PluralRules(LOCALE[lang], digits)));
  const forms: Record<string, string> = noun[lang];
  return forms[r.select(Math.abs(x))] ?? forms.other!;
}

// ---- counts -------------------------------------------------------------------------------

function countOptions(x: number): Intl.NumberFormatOptions {
  return Math.abs(x) >= COUNT_COMPACT
    ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : { minimumFractionDigits: 0, maximumFractionDigits: 0 };
}

/** A count of people or events: 1,234 · 124.5K (1 234 · 124,5 тыс.). */
export function formatCount(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return MISSING;
  return format(x, lang, countOptions(x));
}

/** A count with its noun in the right form: "1 customer", "57 клиентов", "42 визита за день". */
export function formatCounted(x: number, noun: Noun, lang: Lang): string {
  if (!Number.isFinite(x)) return MISSING;
  return `${formatCount(x, lang)} ${nounFor(Math.round(x), noun, lang)}`;
}

// ---- money --------------------------------------------------------------------------------

/** The sign of each currency, for a label that names the unit ("money, $"). */
export const CURRENCY_SYMBOL: Record<Currency, string> = { USD: '$', RUB: '₽' };

/** Intl's options for an amount in `currency`: its narrow symbol ("$", "₽") in either language. */
function currencyOptions(currency: Currency): Intl.NumberFormatOptions {
  return { style: 'currency', currency, currencyDisplay: 'narrowSymbol' };
}

function moneyOptions(x: number, currency: Currency): Intl.NumberFormatOptions {
  const abs = Math.abs(x);
  const base = currencyOptions(currency);
  // Both digit limits always given: older engines throw when the maximum is below the currency's
  // default minimum (2 for the dollar).
  if (abs >= MONEY_COMPACT)
    return { ...base, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
  const cents = rounded(abs, 2);
  if (cents === 0 || cents >= MONEY_CENTS_BELOW)
    return { ...base, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  return { ...base, minimumFractionDigits: 2, maximumFractionDigits: 2 };
}

/**
 * An amount of money in the scenario's currency, the same in both languages: $7.45 · $371 · $12.4K
 * (7,45 $ · 371 $ · 12,4 тыс. $); in roubles ₽371 · 371 ₽.
 */
export function formatMoney(x: number, lang: Lang, currency: Currency = DEFAULT_CURRENCY): string {
  if (!Number.isFinite(x)) return MISSING;
  return format(x, lang, moneyOptions(x, currency));
}

// ---- percentages --------------------------------------------------------------------------

/** Fraction digits of a percentage: one below 10 %, none from 10 % or when it rounds to zero. */
function percentDigits(percent: number): number {
  const shown = Math.abs(rounded(percent, 1));
  return shown === 0 || shown >= PERCENT_DECIMAL_BELOW ? 0 : 1;
}

/** A share (0–1) as a percentage: 81% · 1.8% · 0% (81 % · 1,8 %). */
export function formatPercent(share: number, lang: Lang): string {
  if (!Number.isFinite(share)) return MISSING;
  const digits = percentDigits(share * 100);
  return format(share, lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** The unit of a percentage-point change. */
const POINTS: Record<Lang, string> = { en: 'pp', ru: `п.${NBSP}п.` };

/** A change of a share, in percentage points: +1.2 pp · −12 pp · 0 pp (+1,2 п. п.). */
export function formatPointChange(change: number, lang: Lang): string {
  if (!Number.isFinite(change)) return MISSING;
  const points = change * 100;
  const digits = percentDigits(points);
  const shown = rounded(points, digits);
  const number =
    shown === 0
      ? '0'
      : format(points, lang, {
          signDisplay: 'exceptZero',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
  return `${number}${NBSP}${POINTS[lang]}`;
}

// ---- ratios -------------------------------------------------------------------------------

const RATIO_DIGITS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** A ratio such as ROMI, always to two decimals: 1.80 · −0.55 · 0.00 (1,80 · −0,55). */
export function formatRatio(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return MISSING;
  return format(x, lang, RATIO_DIGITS);
}

// ---- changes ------------------------------------------------------------------------------

/** The kinds of figure that the key figures and the charts show. */
export type FigureKind = 'count' | 'money' | 'percent' | 'ratio';

/** A figure in its kind's format (money in `currency`). */
export function formatFigure(
  kind: FigureKind,
  x: number,
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): string {
  switch (kind) {
    case 'count':
      return formatCount(x, lang);
    case 'money':
      return formatMoney(x, lang, currency);
    case 'percent':
      return formatPercent(x, lang);
    case 'ratio':
      return formatRatio(x, lang);
  }
}

/** A change as it will be shown, rounded the way its kind is printed (so its sign is the shown one). */
function shownChange(kind: FigureKind, change: number): number {
  const abs = Math.abs(change);
  switch (kind) {
    case 'count':
      return abs >= COUNT_COMPACT ? change : Math.round(change);
    case 'money':
      return abs >= MONEY_COMPACT ? change : rounded(change, rounded(abs, 2) >= MONEY_CENTS_BELOW ? 0 : 2);
    case 'percent':
      return rounded(change * 100, percentDigits(change * 100)) / 100;
    case 'ratio':
      return rounded(change, 2);
  }
}

/** The sign of a change as shown: 0 when it rounds to nothing, so it is neither good nor bad news. */
export function changeSign(kind: FigureKind, change: number): -1 | 0 | 1 {
  const shown = shownChange(kind, change);
  return shown > 0 ? 1 : shown < 0 ? -1 : 0;
}

/**
 * A change between two values of one kind, signed, in the kind's format: +12 · −$3 · +$0.45 ·
 * +1.2 pp (percentages change by points) · +0.40. A change that rounds to nothing has no sign.
 */
export function formatChange(
  kind: FigureKind,
  change: number,
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): string {
  if (!Number.isFinite(change)) return MISSING;
  if (kind === 'percent') return formatPointChange(change, lang);
  const shown = shownChange(kind, change);
  const options =
    kind === 'count' ? countOptions(change) : kind === 'money' ? moneyOptions(shown, currency) : RATIO_DIGITS;
  return format(shown, lang, { ...options, signDisplay: 'exceptZero' });
}

// ---- durations and counted units ----------------------------------------------------------

/** Fraction digits of a counted unit: `digits` when given, else one below 10 and none from 10. */
function unitDigits(x: number, digits?: number) {
  const d = digits ?? (Math.abs(rounded(x, 1)) >= UNIT_DECIMAL_BELOW ? 0 : 1);
  return { minimumFractionDigits: 0, maximumFractionDigits: d };
}

/**
 * A number of something with its noun: "1 hour", "2.5 hours", "21 час", "0,2 упоминания/день".
 * `digits` caps the decimals (a setting passes its slider step's); trailing zeros are dropped.
 */
export function formatQuantity(x: number, noun: Noun, lang: Lang, digits?: number): string {
  if (!Number.isFinite(x)) return MISSING;
  const options = unitDigits(x, digits);
  return `${format(x, lang, options)} ${nounFor(x, noun, lang, options)}`;
}

/** A duration in hours or days: "1 hour", "10 hours", "1 день", "5 дней", "0,5 часа". */
export function formatDuration(x: number, unit: 'hours' | 'days', lang: Lang, digits?: number): string {
  return formatQuantity(x, unit === 'hours' ? NOUNS.hour : NOUNS.day, lang, digits);
}

// ---- axis ticks ---------------------------------------------------------------------------

/** Kinds of figure a chart's y axis can show. */
export type AxisKind = Exclude<FigureKind, 'ratio'>;

/**
 * The format of one axis's ticks: every tick with the decimals the tick step needs and no more
 * (0%, 2.5%, 5.0% … ; $0, $500, $1,000; $0, $2.5K, $5K), never "0,00 $"-style noise.
 */
export function tickFormat(
  kind: AxisKind,
  ticks: readonly number[],
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): (x: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const top = Math.max(0, ...ticks.map(Math.abs));
  switch (kind) {
    case 'count':
      return (x) => formatCount(x, lang);
    case 'percent': {
      const digits = decimalsOf(step * 100);
      return (x) =>
        format(x, lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    case 'money': {
      const cents = decimalsOf(step) > 0 ? 2 : 0;
      const options: Intl.NumberFormatOptions =
        top >= MONEY_COMPACT
          ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
          : { minimumFractionDigits: cents, maximumFractionDigits: cents };
      return (x) => format(x, lang, { ...currencyOptions(currency), ...options });
    }
  }
}

// ---- strategy settings --------------------------------------------------------------------

/** Money to the slider step's precision: cents when the step has them, else whole units. */
function settingMoney(x: number, step: number, lang: Lang, currency: Currency): string {
  const digits = decimalsOf(step) > 0 ? 2 : 0;
  return format(x, lang, {
    ...currencyOptions(currency),
    minimumFractionDigits: digits,
    maximumFractionDigits: 2,
  });
}

/**
 * A parameter's value as shown beside its slider, in its unit's kind and to the precision of
 * its step: 30% · 0.9% · 0.70 · $10.50 · $50/day · 10 hours · 1 hour · 5,000 people · 2×; money in
 * the scenario's currency.
 */
export function formatSetting(
  spec: Pick<ParameterSpec, 'unit' | 'step'>,
  x: number,
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): string {
  if (!Number.isFinite(x)) return MISSING;
  const digits = decimalsOf(spec.step);
  switch (spec.unit) {
    case 'share': {
      const percent = Math.max(0, digits - 2);
      return format(x, lang, {
        style: 'percent',
        minimumFractionDigits: percent,
        maximumFractionDigits: percent,
      });
    }
    case 'score':
      return formatRatio(x, lang);
    case 'money':
      return settingMoney(x, spec.step, lang, currency);
    case 'moneyPerDay':
      return `${settingMoney(x, spec.step, lang, currency)}${STRINGS[lang].perDay}`;
    case 'times':
      return `${format(x, lang, { maximumFractionDigits: digits })}×`;
    case 'hours':
    case 'days':
      return formatDuration(x, spec.unit, lang, digits);
    case 'agents':
    case 'people':
      return formatQuantity(x, NOUNS.person, lang, digits);
    case 'impressions':
      return formatQuantity(x, NOUNS.impressionPerDay, lang, digits);
    case 'mentionsPerDay':
      return formatQuantity(x, NOUNS.mentionPerDay, lang, digits);
    case 'postsPerWeek':
      return formatQuantity(x, NOUNS.postPerWeek, lang, digits);
  }
}
