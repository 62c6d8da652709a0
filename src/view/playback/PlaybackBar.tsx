/** Play, pause, step, speed, back to day 0, the day and the horizon, a timeline to scrub, and the seed. */
import { useState } from 'react';
import { parseNumber } from '../../model/number';
import { SEED } from '../../model/scenario';
import { NOUNS, STRINGS } from '../../i18n/strings';
import { formatQuantity } from '../../i18n/format';
import { SPEED } from '../../store/app-store';
import { useActions, useApp } from '../store-context';
import { HorizonControl } from './HorizonControl';

export function PlaybackBar() {
  const lang = useApp((s) => s.lang);
  const playing = useApp((s) => s.playing);
  const day = useApp((s) => s.day);
  const days = useApp((s) => s.days);
  const speed = useApp((s) => s.speed);
  const seed = useApp((s) => s.seed);
  const computing = useApp((s) => s.computing);
  const { togglePlay, stepDay, rewind, scrub, setSpeed, setSeed, setDays } = useActions();
  const t = STRINGS[lang];
  // What the user is typing; null shows the store's seed.
  const [draft, setDraft] = useState<string | null>(null);
  const [seedError, setSeedError] = useState<string | null>(null);
  const seedText = draft ?? String(seed);

  const speedText = formatQuantity(speed, NOUNS.dayPerSecond, lang);

  const commitSeed = () => {
    const read = parseNumber(seedText, { ...SEED, integer: true });
    if (read.ok) {
      setSeedError(null);
      setDraft(null);
      setSeed(read.value);
    } else {
      setSeedError(t.seedProblem(read.problem, SEED.max));
    }
  };

  return (
    <div className="playback" role="group" aria-label={t.timeline}>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="play"
        onClick={togglePlay}
        aria-pressed={playing}
      >
        {playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
      </button>
      <button type="button" className="btn" data-testid="step" onClick={stepDay} disabled={day >= days}>
        {t.step}
      </button>
      <button type="button" className="btn" data-testid="reset" onClick={rewind}>
        |◀ {t.reset}
      </button>
      <label className="playback-speed">
        {t.speed}
        <input
          type="range"
          min={SPEED.min}
          max={SPEED.max}
          value={speed}
          data-testid="speed"
          aria-valuetext={speedText}
          onChange={(e) => setSpeed(Number(e.currentTarget.value))}
        />
        <output>{speedText}</output>
      </label>
      <span className="playback-day" data-testid="day" aria-live="off">
        {t.day} {day} {t.of} <HorizonControl days={days} lang={lang} onChange={setDays} />
        {/* Laid over the bar's lower edge, so a run starting or ending moves nothing. */}
        {computing && <span className="playback-computing">{t.computing}</span>}
      </span>
      <label className="playback-timeline">
        <span className="visually-hidden">{t.timeline}</span>
        <input
          type="range"
          min={0}
          max={days}
          value={day}
          data-testid="timeline"
          aria-valuetext={`${t.day} ${day} ${t.of} ${days}`}
          onChange={(e) => scrub(Number(e.currentTarget.value))}
        />
      </label>
      <label className="playback-seed" title={t.seedAbout}>
        {t.seed}
        <input
          type="text"
          inputMode="numeric"
          value={seedText}
          size={6}
          data-testid="seed"
          aria-invalid={seedError !== null}
          aria-describedby={seedError ? 'seed-error' : undefined}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commitSeed}
          onKeyDown={(e) => e.key === 'Enter' && commitSeed()}
        />
      </label>
      {seedError && (
        <span id="seed-error" className="field-error" role="alert">
          {seedError}
        </span>
      )}
    </div>
  );
}
