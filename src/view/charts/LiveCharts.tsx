/**
 * The charts panel at the store's day. While playing, the charts redraw about three times a
 * second (every `speed / 3` days), not on every day: at 30 days a second that would cost frames.
 * Only the day it shows re-renders this component, never the page around it. A new run is drawn
 * in a render of its own, after the one that shows it everywhere else (React's deferred value),
 * so that the task that receives a long run does not also draw every chart of it.
 */
import { useDeferredValue, useMemo } from 'react';
import { OTHER_RUN_IDS, seedCheckDone } from '../../store/app-store';
import { useApp } from '../store-context';
import { ChartsPanel, OTHER_RUN_COLORS, type Spread } from './ChartsPanel';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';

/** Redraws of the charts per second of playing, at most. */
const REDRAWS_PER_SECOND = 3;

/** The day the charts show: the store's day, rounded down to a multiple of `speed / 3` while playing. */
export function chartDay(day: number, playing: boolean, speed: number): number {
  const every = playing ? Math.max(1, Math.round(speed / REDRAWS_PER_SECOND)) : 1;
  return day - (day % every);
}

export function LiveCharts() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const run = useDeferredValue(useApp((s) => s.run));
  const ghost = useDeferredValue(useApp((s) => s.ghost));
  const pinned = useApp((s) => s.baseline !== null);
  const check = useApp((s) => s.seedCheck);
  const day = useApp((s) => chartDay(s.day, s.playing, s.speed));
  // While A is pinned, the faint curves are A's.
  const ghostLabel = pinned ? COMPARE_STRINGS[lang].a : undefined;
  // Once every run has come back from every audience of the check, their spread is drawn as
  // bands: A's and B's in the series' colours, C's and D's each in its own.
  const complete = check !== null && seedCheckDone(check);
  const spread = useMemo((): Spread | null => {
    if (!complete || !check) return null;
    const t = COMPARE_STRINGS[lang];
    const n = check.seeds.length;
    return {
      a: check.runs.a!,
      b: check.runs.b!,
      label: t.band(n),
      others: OTHER_RUN_IDS.flatMap((id, k) => {
        const runs = check.runs[id];
        return runs ? [{ runs, color: OTHER_RUN_COLORS[k]!, label: t.bandOf(id.toUpperCase(), n) }] : [];
      }),
    };
  }, [complete, check, lang]);
  return (
    <ChartsPanel
      run={run}
      ghost={ghost}
      ghostLabel={ghostLabel}
      spread={spread}
      day={day}
      lang={lang}
      currency={currency}
    />
  );
}
