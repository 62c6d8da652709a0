/**
 * One reader for numbers that people type: the CLI's flags, the page's URL and the seed field all
 * read text with `parseNumber`, so "1e3" means the same thing everywhere and every refusal has
 * the same reason.
 *
 * What is accepted: an optionally signed decimal with an optional fraction and an optional
 * exponent ("42", "-3", "+0.5", ".5", "5.", "2.5e-3", "1E6"), with surrounding white space
 * ignored. Exponents are accepted because JavaScript itself writes very small and very large
 * numbers that way (`String(1e-7)` is "1e-7"), and the page writes its URL with `String`, so a
 * link must read back what it wrote. Refused: the empty string, "12abc", "0x10" and other
 * prefixes (binary, octal, hex), "1_000", "1,5" (a comma is a thousands separator in English and
 * a decimal point in Russian, so it cannot be read either way safely), "Infinity" and "NaN".
 */

/** What a number must be: within [min, max], and whole when `integer` is set. */
export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** Why a text was refused, in the order it is checked. */
export type NumberProblem = 'not a number' | 'not a whole number' | 'out of range';

/**
 * The outcome of reading a number: its value, or the problem. A refused whole or ranged number
 * keeps its value, so that a message can quote it.
 */
export type ParsedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: 'not a number' }
  | { readonly ok: false; readonly problem: 'not a whole number' | 'out of range'; readonly value: number };

/**
 * A signed decimal with optional fraction and exponent; nothing else. Each digit can be matched
 * one way only, so a long text that fails is refused in time linear in its length.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Reads `text` as a number that `spec` allows (see the module's comment for the syntax). */
export function parseNumber(text: string, spec: NumberSpec): ParsedNumber {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return { ok: false, problem: 'not a number' };
  // "-0" reads as 0: a sign on zero means nothing to a person.
  const value = Number(trimmed) + 0;
  // "1e999" matches the syntax but is not a finite number.
  if (!Number.isFinite(value)) return { ok: false, problem: 'not a number' };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, problem: 'not a whole number', value };
  if (value < spec.min || value > spec.max) return { ok: false, problem: 'out of range', value };
  return { ok: true, value };
}
