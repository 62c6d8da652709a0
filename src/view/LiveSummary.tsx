/**
 * A one-line summary of the state: shown for everyone at the current day, and announced to
 * screen readers at a human pace (every tenth day while playing) so they are not flooded.
 */
import { STATES } from '../model/agent';
import { STRINGS, formatCount, type Lang } from '../i18n/strings';
import { countsAt, type RunData } from '../store/run-data';
import { useApp } from './store-context';

const FOLLOWER = STATES.indexOf('follower');
const CUSTOMER = STATES.indexOf('customer');
const ADVOCATE = STATES.indexOf('advocate');
const COMPLAINING = STATES.indexOf('complaining');

function summary(run: RunData, day: number, lang: Lang): string {
  const c = countsAt(run, day);
  const n = (x: number) => formatCount(x, lang);
  const customers = c[CUSTOMER]! + c[ADVOCATE]!;
  return STRINGS[lang].summary(
    day,
    n(c[FOLLOWER]!),
    n(customers),
    n(c[COMPLAINING]!),
    customers,
    c[COMPLAINING]!,
  );
}

export function LiveSummary() {
  const lang = useApp((s) => s.lang);
  const run = useApp((s) => s.run);
  const day = useApp((s) => s.day);
  const playing = useApp((s) => s.playing);
  const spoken = playing ? day - (day % 10) : day;
  return (
    <>
      <p className="summary" data-testid="summary" aria-hidden="true">
        {run ? summary(run, day, lang) : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {run ? summary(run, spoken, lang) : ''}
      </p>
    </>
  );
}
