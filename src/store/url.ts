/**
 * The scenario in the page's URL: parameters that differ from the defaults, the seed and the
 * horizon, so a link reproduces exactly what the sender saw. Reading never throws: anything
 * invalid is left out and reported in one sentence per entry.
 */
import {
  PARAMETERS,
  checkParameterValue,
  defaultParameters,
  isParameterName,
  parameterSpec,
  type Parameters,
} from '../model/parameters';
import { parseNumber } from '../model/number';
import { DAYS, SEED } from '../model/scenario';

export interface UrlScenario {
  params: Partial<Parameters>;
  seed?: number;
  days?: number;
  preset?: string;
  lang?: 'en' | 'ru';
  /** what was ignored, and why */
  problems: string[];
}

/** Reads `?ads.dailyBudget=200&seed=3&days=90&preset=full-loop&lang=ru`. */
export function readUrl(search: string, presets: readonly string[]): UrlScenario {
  const out: UrlScenario = { params: {}, problems: [] };
  const query = new URLSearchParams(search);
  for (const [key, text] of query) {
    if (key === 'seed' || key === 'days') {
      const range = key === 'seed' ? SEED : DAYS;
      const read = parseNumber(text, { ...range, integer: true });
      if (read.ok) out[key] = read.value;
      else out.problems.push(`${key}=${text}: must be a whole number from ${range.min} to ${range.max}`);
    } else if (key === 'preset') {
      if (presets.includes(text)) out.preset = text;
      else out.problems.push(`preset=${text}: no such scenario`);
    } else if (key === 'lang') {
      if (text === 'en' || text === 'ru') out.lang = text;
      else out.problems.push(`lang=${text}: must be en or ru`);
    } else if (isParameterName(key)) {
      const read = parseNumber(text, parameterSpec(key)!);
      if (read.ok) out.params[key] = read.value;
      else {
        // The schema's own sentence for the value, without the name (already given) or the value.
        const problem = checkParameterValue(key, read.problem === 'not a number' ? NaN : read.value)!;
        out.problems.push(`${key}=${text}: ${problem.replace(/, got .*$/, '').replace(`${key} `, '')}`);
      }
    } else {
      out.problems.push(`${key}: unknown setting`);
    }
  }
  return out;
}

/** Writes the query string for a scenario: only what differs from the defaults (and the preset's values). */
export function writeUrl(
  params: Parameters,
  seed: number,
  days: number,
  options: { preset?: string; base?: Partial<Parameters>; lang?: 'en' | 'ru' } = {},
): string {
  const defaults = { ...defaultParameters(), ...options.base };
  const query = new URLSearchParams();
  if (options.preset) query.set('preset', options.preset);
  for (const p of PARAMETERS) {
    if (params[p.name] !== defaults[p.name]) query.set(p.name, String(params[p.name]));
  }
  query.set('seed', String(seed));
  query.set('days', String(days));
  if (options.lang && options.lang !== 'en') query.set('lang', options.lang);
  return `?${query.toString()}`;
}
