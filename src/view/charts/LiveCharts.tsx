/**
 * The charts panel at the store's day. While playing, the charts redraw about three times a
 * second (every `speed / 3` days), not on every day: at 30 days a second that would cost frames.
 * Only the day it shows re-renders this component, never the page around it.
 */
import { useMemo } from 'react';
import { seedRunsDone } from '../../store/app-store';
import { useApp } from '../store-context';
import { ChartsPanel } from './ChartsPanel';
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
  const run = useApp((s) => s.run);
  const ghost = useApp((s) => s.ghost);
  const pinned = useApp((s) => s.baseline !== null);
  const check = useApp((s) => s.seedCheck);
  const day = useApp((s) => chartDay(s.day, s.playing, s.speed));
  // While A is pinned, the faint curves are A's.
  const ghostLabel = pinned ? COMPARE_STRINGS[lang].a : undefined;
  // Once A and B have run on every audience of the check, their spread is drawn as bands.
  const complete = check && seedRunsDone(check) === 2 * check.seeds.length;
  const spread = useMemo(
    () =>
      complete && check
        ? { a: check.a, b: check.b, label: COMPARE_STRINGS[lang].band(check.seeds.length) }
        : null,
    [complete, check, lang],
  );
  return (
    <ChartsPanel run={run} ghost={ghost} ghostLabel={ghostLabel} spread={spread} day={day} lang={lang} />
  );
}
