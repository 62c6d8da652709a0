/**
 * The money of the default strategy after a year, the median over ten seeds: return on ad spend
 * (revenue ÷ ad spend), ROMI on the marketing cost, ROMI with customer equity and LTV:CAC, against
 * the ranges DESIGN.md asks of the defaults (ROAS 1–5, LTV:CAC 1–6). A check, not a tuning:
 * `npx tsx scripts/money-calibration.ts [days] [seeds]`.
 */
import { METRIC_INDEX, type Metric } from '../src/engine/metrics';
import { median } from '../src/engine/experiment';
import { simulate } from '../src/engine/run';
import { defaultParameters } from '../src/model/parameters';

const days = Number(process.argv[2] ?? 365);
const seedCount = Number(process.argv[3] ?? 10);
const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);

const rows = seeds.map((seed) => {
  const last = simulate(defaultParameters(), seed, days).at(-1)!.metrics;
  const at = (m: Metric) => last[METRIC_INDEX[m]]!;
  return {
    seed,
    roas: at('totalRevenue') / at('totalAdSpend'),
    romi: at('romi'),
    romiWithEquity: at('romiWithEquity'),
    ltv: at('ltv'),
    cac: at('cac'),
    ltvToCac: at('ltvToCac'),
  };
});

const columns = ['roas', 'romi', 'romiWithEquity', 'ltv', 'cac', 'ltvToCac'] as const;
console.log(['seed', ...columns].join('\t'));
for (const r of rows) console.log([r.seed, ...columns.map((c) => r[c].toFixed(3))].join('\t'));
console.log(['median', ...columns.map((c) => median(rows.map((r) => r[c])).toFixed(3))].join('\t'));
const roas = median(rows.map((r) => r.roas));
const ltvToCac = median(rows.map((r) => r.ltvToCac));
console.log(
  `\nDay ${days}, ${seedCount} seeds: ROAS ${roas.toFixed(2)} (DESIGN: 1–5) ${roas >= 1 && roas <= 5 ? 'in range' : 'OUT of range'}; ` +
    `LTV:CAC ${ltvToCac.toFixed(2)} (DESIGN: 1–6) ${ltvToCac >= 1 && ltvToCac <= 6 ? 'in range' : 'OUT of range'}`,
);
