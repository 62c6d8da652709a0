/**
 * The plain-language sentence that leads the "why": how many more customers a run (B, C or D)
 * ends with than A, and the main reasons.
 */
import { mainReasons, type Why, type WhyStepId } from '../../engine/compare';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { formatChange, formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';

/** Steps that lose customers: their own count moved the other way from their step. */
const LOSSES: ReadonlySet<WhyStepId> = new Set(['lapsed', 'leftAfterComplaint', 'leftDisappointed']);

/** How much a step's own flow changed, B − A (a loss step's delta is the negative of its flow's change). */
export function flowChange(id: WhyStepId, delta: number): number {
  return LOSSES.has(id) ? -delta : delta;
}

/**
 * "B ends with 41 more customers than A: new by word of mouth +29, new by content +15, left after
 * complaining +3." `name` is the run explained against A: B, C or D.
 */
export function whySentence(why: Why, lang: Lang, name: string, reasons = 3): string {
  const t = COMPARE_STRINGS[lang];
  const change = why.to - why.from;
  const n = formatCount(Math.abs(change), lang);
  const lead =
    change > 0 ? t.whyMore(name, n, change) : change < 0 ? t.whyFewer(name, n, -change) : t.whySame(name);
  const main = mainReasons(why).slice(0, reasons);
  if (main.length === 0) return `${lead}.`;
  const parts = main.map((s) => `${t.steps[s.id]} ${formatChange('count', flowChange(s.id, s.delta), lang)}`);
  return `${lead}: ${parts.join(', ')}.`;
}
