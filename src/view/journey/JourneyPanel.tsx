/**
 * One customer's journey: the agent followed in the loop (a dot clicked, or a random buyer), its
 * state and flags on the day shown, and every move of its run with the channel it went through.
 * The journey comes from the worker, traced in the very run on screen (see store/controller.ts).
 */
import { AGENT_EVENTS, CHANNELS, STATES, STATE_META, COUNTERS } from '../../model/agent';
import { flagNames, journeyFlagsOn, journeyStateOn, type JourneyStep } from '../../engine/journey';
import { agentTransitions } from '../../engine/transitions';
import { JOURNEY_STRINGS } from '../../i18n/journey-strings';
import { EVENT_WORDS, GUARD_WORDS, STATE_WORDS } from '../../i18n/statechart-strings';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { CHANNEL_LABELS } from '../charts/labels';
import { useEffect, useRef, useState } from 'react';
import { useApp, useAppStore } from '../store-context';
import './journey.css';

const COUNTER = Object.fromEntries(COUNTERS.map((c, i) => [c, i])) as Record<
  (typeof COUNTERS)[number],
  number
>;

/** A step in words: the event, the decision taken, and what it counted that the decision does not say. */
function stepWords(step: JourneyStep, lang: Lang): string {
  const j = JOURNEY_STRINGS[lang];
  const guard = agentTransitions().list[step.transition]?.guard;
  const has = (c: keyof typeof COUNTER) => step.counters.includes(COUNTER[c]);
  const said: string[] = [];
  if (guard) said.push(GUARD_WORDS[guard][lang]);
  else if (has('purchase')) said.push(has('repeatPurchase') ? j.boughtAgain : j.bought);
  else if (has('churned')) said.push(j.churned);
  else if (step.from === UNAWARE) said.push(j.hearsOfBrand);
  else if (step.event === DAY && ON_SITE.includes(step.from)) said.push(j.leavesWithoutBuying);
  if (has('newCustomer')) said.push(j.firstPurchase);
  if (step.responseHours !== undefined) said.push(j.answeredAfter(formatCount(step.responseHours, lang)));
  const event = EVENT_WORDS[AGENT_EVENTS[step.event]!][lang];
  return said.length ? `${event}: ${said.join(', ')}` : event;
}

const UNAWARE = STATES.indexOf('unaware');
const ON_SITE = [STATES.indexOf('visitor'), STATES.indexOf('returning')];
const DAY = AGENT_EVENTS.indexOf('DAY');

function Swatch({ state }: { state: number }) {
  return <span className="journey-swatch" style={{ background: STATE_META[STATES[state]!].color }} />;
}

export function JourneyPanel() {
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const run = useApp((s) => s.run);
  const day = useApp((s) => s.day);
  const followed = useApp((s) => s.followed);
  const [noBuyer, setNoBuyer] = useState(false);
  const j = JOURNEY_STRINGS[lang];
  const journey = followed?.journey ?? null;
  const shown = run ? Math.min(day, run.days) : day;
  const timelineRef = useRef<HTMLOListElement>(null);

  // The timeline keeps the day shown in sight: its last step up to that day near the top.
  useEffect(() => {
    const ol = timelineRef.current;
    if (!ol) return;
    const done = [...ol.querySelectorAll<HTMLElement>('li[data-day]')].filter(
      (li) => Number(li.dataset.day) <= shown,
    );
    const last = done[done.length - 1];
    if (last) ol.scrollTop = Math.max(0, last.offsetTop - ol.offsetTop - ol.clientHeight / 3);
  }, [shown, journey]);

  return (
    <section className="journey" aria-label={j.followBuyer}>
      <div className="journey-bar">
        <button
          type="button"
          className="btn journey-follow"
          disabled={!run}
          onClick={() => {
            store.getState().followRandomBuyer();
            setNoBuyer(store.getState().followed === null);
          }}
        >
          {j.followBuyer}
        </button>
        <span className="journey-hint">{j.followHint}</span>
        {noBuyer && <span role="status">{j.nobodyBought}</span>}
      </div>
      {followed && (
        <div className="journey-card" role="region" aria-labelledby="journey-title" data-testid="journey">
          <div className="journey-head">
            <h3 id="journey-title">{j.title(formatCount(followed.agent + 1, lang))}</h3>
            <button
              type="button"
              className="journey-close"
              aria-label={j.close}
              title={j.close}
              onClick={() => store.getState().follow(null)}
            >
              ×
            </button>
          </div>
          {!journey ? (
            <p role="status">{j.tracing}</p>
          ) : (
            <>
              <p className="journey-now" data-testid="journey-state" aria-live="polite">
                <strong>{j.nowOn(formatCount(shown, lang))}:</strong>{' '}
                <Swatch state={journeyStateOn(journey, shown)} />
                <span data-state={STATES[journeyStateOn(journey, shown)]}>
                  {STATE_WORDS[STATES[journeyStateOn(journey, shown)]!][lang]}
                </span>
              </p>
              <p className="journey-flags" data-testid="journey-flags">
                <span className="journey-label">{j.flags}: </span>
                {flagNames(journeyFlagsOn(journey, shown))
                  .filter((f) => f !== 'inTouch')
                  .map((f) => j.flagWords[f])
                  .join('; ') || j.noFlags}
              </p>
              <h4 className="journey-label">{j.timeline}</h4>
              <ol
                ref={timelineRef}
                className="journey-timeline"
                data-testid="journey-timeline"
                tabIndex={0}
                aria-label={j.timeline}
              >
                <li data-day={0} data-to={STATES[journey.initialState]}>
                  {j.startedAs(STATE_WORDS[STATES[journey.initialState]!][lang])}
                </li>
                {journey.steps.map((s, k) => (
                  <li
                    key={k}
                    className={
                      s.day > shown ? 'journey-later' : s.day === shown ? 'journey-today' : undefined
                    }
                    data-day={s.day}
                    data-to={STATES[s.to]}
                    data-purchase={s.counters.includes(COUNTER.purchase) ? '' : undefined}
                  >
                    <span className="journey-day">{j.day(formatCount(s.day, lang))}</span>{' '}
                    <span className="journey-channel">{CHANNEL_LABELS[CHANNELS[s.channel]!][lang]}</span>{' '}
                    {stepWords(s, lang)}
                    {s.from !== s.to && (
                      <>
                        {' → '}
                        <Swatch state={s.to} />
                        {STATE_WORDS[STATES[s.to]!][lang]}
                      </>
                    )}
                  </li>
                ))}
                {journey.steps.length === 0 && <li>{j.noMoves}</li>}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
