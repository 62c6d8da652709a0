/** A short spoken summary of the state for screen readers, updated at a human pace. */
import { STATES } from '../model/agent';
import { STRINGS } from '../i18n/strings';
import { countsAt } from './run-data';
import { useApp } from './store-context';

const FOLLOWER = STATES.indexOf('follower');
const CUSTOMER = STATES.indexOf('customer');
const ADVOCATE = STATES.indexOf('advocate');
const COMPLAINING = STATES.indexOf('complaining');

export function LiveSummary() {
  const lang = useApp((s) => s.lang);
  const run = useApp((s) => s.run);
  const day = useApp((s) => s.day);
  const playing = useApp((s) => s.playing);
  // While playing, speak every 10th day only, so the reader is not flooded.
  const spoken = playing ? day - (day % 10) : day;
  if (!run) return <p className="summary" aria-live="polite" />;
  const c = countsAt(run, Math.max(spoken, 1));
  const text = STRINGS[lang].summary(spoken, c[FOLLOWER]!, c[CUSTOMER]! + c[ADVOCATE]!, c[COMPLAINING]!);
  return (
    <p className="summary" aria-live="polite" data-testid="summary">
      {text}
    </p>
  );
}
