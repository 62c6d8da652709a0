/**
 * A one-line summary of the state: shown for everyone at the current day, and announced to
 * screen readers at a human pace (every tenth day while playing) so they are not flooded.
 */
import { STATES } from '../model/agent';
import { NOUNS, STRINGS, type Lang } from '../i18n/strings';
import { formatCounted } from '../i18n/format';
import { countsAt, type RunData } from '../store/run-data';
import { useApp } from './store-context';

const FOLLOWER = STATES.indexOf('follower');
const CUSTOMER = STATES.indexOf('customer');
const ADVOCATE = STATES.indexOf('advocate');
const COMPLAINING = STATES.indexOf('complaining');

function summary(run: RunData, day: number, lang: Lang): string {
  const c = countsAt(run, day);
  return STRINGS[lang].summary(
    day,
    formatCounted(c[FOLLOWER]!, NOUNS.person, lang),
    formatCounted(c[CUSTOMER]! + c[ADVOCATE]!, NOUNS.customer, lang),
    formatCounted(c[COMPLAINING]!, NOUNS.complaintWaiting, lang),
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
