/**
 * A parameter's exact value, typed. The field speaks the units its slider shows (a share as a
 * percentage: 30 for 0.3) and the page's language (a decimal comma in Russian, thousands
 * separators in either), and reads through the shared `parseNumber`, so a typed value is checked
 * against the schema exactly as a scenario file, a link or `--set` is. Any value in range is
 * taken as typed: the slider's round grid is for dragging and keys only.
 */
import { parseNumber } from '../../model/number';
import type { ParameterSpec } from '../../model/parameters';
import { STRINGS, type Lang } from '../../i18n/strings';

/** Shown value = stored value × factor (shares are typed in percent). */
const factor = (s: ParameterSpec): number => (s.unit === 'share' ? 100 : 1);

/** Clean float noise from a unit conversion (0.07 × 100 = 7.000000000000001). */
const clean = (x: number): number => Number(x.toPrecision(12));

const locale = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-US');

/** The text a field starts with: the exact value in the shown unit, without grouping ("5000", "0,9"). */
export function fieldText(s: ParameterSpec, value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { useGrouping: false, maximumFractionDigits: 10 }).format(
    clean(value * factor(s)),
  );
}

/** The unit written after the field ("%" for a share, else none: the label says the unit). */
export function fieldUnit(s: ParameterSpec): string {
  return s.unit === 'share' ? '%' : '';
}

/**
 * What people type, made plain for `parseNumber`: spaces inside the number dropped, a trailing
 * "%" dropped, English thousands commas ("100,000") dropped, a Russian decimal comma ("0,5")
 * made a point. An English comma anywhere else is left, so "0,5" in English is refused rather than
 * read as five.
 */
export function normalizeTyped(text: string, lang: Lang): string {
  let t = text.trim().replace(/\s*%$/, '');
  t = t.replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
  if (lang === 'ru') return t.replace(/^([+-]?\d*),(\d*)$/, '$1.$2');
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t) ? t.replace(/,/g, '') : t;
}

/** A typed value read for a parameter: the stored value, or one message saying what is allowed. */
export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

/** Reads a typed value in the field's unit and checks it against the parameter's range. */
export function readTyped(s: ParameterSpec, text: string, lang: Lang): TypedValue {
  const f = factor(s);
  const shown = { min: clean(s.min * f), max: clean(s.max * f), integer: s.integer };
  const parsed = parseNumber(normalizeTyped(text, lang), shown);
  if (parsed.ok) return { ok: true, value: clean(parsed.value / f) };
  const format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 10 });
  const unit = fieldUnit(s) ? ` ${fieldUnit(s)}` : '';
  return {
    ok: false,
    message: STRINGS[lang].typedRange(
      Boolean(s.integer),
      `${format.format(shown.min)}${unit}`,
      `${format.format(shown.max)}${unit}`,
    ),
  };
}
