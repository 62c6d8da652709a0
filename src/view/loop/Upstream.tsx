/**
 * The upstream half of the article's loop, above the diagram: the product leads to research, the
 * research to a value proposition and a target audience, and those to the strategy (communication,
 * content plan, advertising), which sets the channels below. Each part says the current settings
 * in words, as they stand on the day shown (a change made during the run shows from its day).
 */
import { Fragment, useMemo } from 'react';
import { LOOP_STRINGS, fitWord, toneWord } from '../../i18n/loop-strings';
import { NOUNS, type Lang } from '../../i18n/strings';
import { formatCounted, formatMoney, formatPercent, formatRatio } from '../../i18n/format';
import type { Parameters } from '../../model/parameters';
import { platformOf, platformProfile } from '../../model/platforms';
import { strategyOn } from '../../store/app-store';
import { useApp } from '../store-context';
import { DEFAULT_CURRENCY, type Currency } from '../../model/scenario';

/** The strategy in force on the day shown. */
function useStrategyShown(): Parameters {
  const params = useApp((s) => s.params);
  const startParams = useApp((s) => s.startParams);
  const changes = useApp((s) => s.changes);
  // only the last change made by the day shown matters, not the day itself
  const inForce = useApp((s) => s.changes.filter((c) => c.day <= Math.max(1, s.day)).length);
  return useMemo(
    () => (startParams ? strategyOn(startParams, changes.slice(0, inForce), Infinity) : params),
    [params, startParams, changes, inForce],
  );
}

export function Upstream() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const p = useStrategyShown();
  const t = LOOP_STRINGS[lang];
  const lines = upstreamLines(p, lang, currency);
  // research on the right (above the product), the strategy on the left (above the channels)
  const parts = [
    { part: 'research', title: t.research },
    { part: 'results', title: t.results },
    { part: 'strategy', title: t.strategy },
  ] as const;
  return (
    <div className="upstream" role="group" aria-label={t.upstream} data-testid="upstream">
      {parts.map(({ part, title }, k) => (
        <Fragment key={part}>
          {k > 0 && (
            <span className="upstream-arrow" aria-hidden="true">
              ←
            </span>
          )}
          <section className={`upstream-card upstream-${part}`} data-part={part}>
            <h3>{title}</h3>
            {lines[part].map((line) => (
              <p key={line}>{line}</p>
            ))}
          </section>
        </Fragment>
      ))}
    </div>
  );
}

/** The upstream parts' lines for a strategy, in a language. */
export function upstreamLines(
  p: Parameters,
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): Record<'research' | 'results' | 'strategy', string[]> {
  const t = LOOP_STRINGS[lang];
  const platform = platformOf(p);
  const profile = platform ? platformProfile(platform) : undefined;
  const budget = p['ads.dailyBudget'];
  return {
    research: [t.researchObjects, profile ? t.platform(profile.label[lang]) : t.customPlatform],
    results: [
      t.fit(fitWord(p['research.valueFit']), formatRatio(p['research.valueFit'], lang)),
      t.audience(
        formatPercent(p['audience.targetShare'], lang),
        formatPercent(p['research.targetingPrecision'], lang),
      ),
    ],
    strategy: [
      t.communication(
        formatPercent(p['feedback.answeredShare'], lang),
        formatCounted(p['feedback.responseHours'], NOUNS.hour, lang),
        toneWord(p['feedback.tone']),
      ),
      t.contentPlan(
        formatCounted(p['content.postsPerWeek'], NOUNS.postPerWeek, lang),
        formatPercent(p['content.purposefulShare'], lang),
      ),
      budget > 0
        ? t.advertising(formatMoney(budget, lang, currency), formatPercent(p['ads.retargetingShare'], lang))
        : t.noAds,
    ],
  };
}
