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
import type { LinkIssue } from '../i18n/strings';
import { CURRENCIES, DAYS, DEFAULT_CURRENCY, SEED, isCurrency, type Currency } from '../model/scenario';

export interface UrlScenario {
  params: Partial<Parameters>;
  seed?: number;
  days?: number;
  preset?: string;
  lang?: 'en' | 'ru';
  /** the scenario's currency, when the link names one */
  currency?: Currency;
  /** what was ignored, and why, one English sentence each (as the command line says it) */
  problems: string[];
  /** the same, as data, for the page to say in its language */
  issues: LinkIssue[];
}

/** Reads `?ads.dailyBudget=200&seed=3&days=90&preset=full-loop&lang=ru&currency=RUB`. */
export function readUrl(search: string, presets: readonly string[]): UrlScenario {
  const out: UrlScenario = { params: {}, problems: [], issues: [] };
  const refuse = (issue: LinkIssue, problem: string) => {
    out.issues.push(issue);
    out.problems.push(`${issue.entry}: ${problem}`);
  };
  const query = new URLSearchParams(search);
  for (const [key, text] of query) {
    const entry = `${key}=${text}`;
    if (key === 'seed' || key === 'days') {
      const range = key === 'seed' ? SEED : DAYS;
      const read = parseNumber(text, { ...range, integer: true });
      if (read.ok) out[key] = read.value;
      else
        refuse(
          { entry, kind: 'number', integer: true, min: range.min, max: range.max },
          `must be a whole number from ${range.min} to ${range.max}`,
        );
    } else if (key === 'preset') {
      if (presets.includes(text)) out.preset = text;
      else refuse({ entry, kind: 'preset' }, 'no such scenario');
    } else if (key === 'lang') {
      if (text === 'en' || text === 'ru') out.lang = text;
      else refuse({ entry, kind: 'lang' }, 'must be en or ru');
    } else if (key === 'currency') {
      if (isCurrency(text)) out.currency = text;
      else refuse({ entry, kind: 'currency' }, `must be ${CURRENCIES.join(' or ')}`);
    } else if (isParameterName(key)) {
      const spec = parameterSpec(key)!;
      const read = parseNumber(text, spec);
      if (read.ok) out.params[key] = read.value;
      else {
        // The schema's own sentence for the value, without the name (already given) or the value.
        const problem = checkParameterValue(key, read.problem === 'not a number' ? NaN : read.value)!;
        refuse(
          { entry, kind: 'number', integer: Boolean(spec.integer), min: spec.min, max: spec.max },
          problem.replace(/, got .*$/, '').replace(`${key} `, ''),
        );
      }
    } else {
      refuse({ entry: key, kind: 'unknown' }, 'unknown setting');
    }
  }
  return out;
}

/** Writes the query string for a scenario: only what differs from the defaults (and the preset's values). */
export function writeUrl(
  params: Parameters,
  seed: number,
  days: number,
  options: { preset?: string; base?: Partial<Parameters>; lang?: 'en' | 'ru'; currency?: Currency } = {},
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
  // A link keeps its currency only when it is not the dollar, so links made before it stay the same.
  if (options.currency && options.currency !== DEFAULT_CURRENCY) query.set('currency', options.currency);
  return `?${query.toString()}`;
}
