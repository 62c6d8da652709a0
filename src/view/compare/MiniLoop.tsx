/**
 * A small loop diagram for one run of a comparison: the six places with how many people are in
 * each on the day shown, circles sized by their share, so that A and B can play in step side by side.
 */
import { PLACES, STATES, STATE_META, type Place } from '../../model/agent';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { countsAt, type RunData } from '../../store/run-data';
import { PLACE_LABELS } from '../charts/labels';
import { PLACE_COLOR } from '../charts/FlowSankey';

/** Where each place sits, in the big loop's order: the audience left, the product right, the lost below. */
const AT: Record<Place, [number, number]> = {
  audience: [70, 95],
  community: [200, 45],
  website: [200, 145],
  product: [330, 95],
  feedback: [330, 195],
  lost: [460, 145],
};
const PLACE_OF = STATES.map((s) => STATE_META[s].place);

/** People in each place at the end of `day` (day 0: before anyone moved). */
export function placeCounts(run: RunData, day: number): Record<Place, number> {
  const counts = countsAt(run, day);
  const out = Object.fromEntries(PLACES.map((p) => [p, 0])) as Record<Place, number>;
  counts.forEach((n, s) => (out[PLACE_OF[s]!] += n));
  return out;
}

export function MiniLoop({ run, day, lang, name }: { run: RunData; day: number; lang: Lang; name: string }) {
  const counts = placeCounts(run, day);
  const total = Math.max(
    1,
    PLACES.reduce((sum, p) => sum + counts[p], 0),
  );
  const summary = PLACES.map((p) => `${PLACE_LABELS[p][lang]} ${formatCount(counts[p], lang)}`).join(', ');
  return (
    <figure className="mini-loop" data-testid={`mini-loop-${name}`}>
      <figcaption>{name}</figcaption>
      <svg viewBox="0 0 530 250" role="img" aria-label={`${name}: ${summary}`}>
        <path
          d="M70 95 L200 45 L330 95 L460 145 L200 145 Z M330 95 L330 195 L200 145"
          className="mini-loop-path"
        />
        {PLACES.map((p) => {
          const [x, y] = AT[p];
          const r = 6 + 34 * Math.sqrt(counts[p] / total);
          return (
            <g key={p} data-place={p}>
              <circle cx={x} cy={y} r={r} fill={PLACE_COLOR[p]} fillOpacity={0.25} stroke={PLACE_COLOR[p]} />
              <text x={x} y={y - r - 6} textAnchor="middle">
                {PLACE_LABELS[p][lang]}
              </text>
              <text x={x} y={y + 6} textAnchor="middle" className="mini-loop-count">
                {formatCount(counts[p], lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
