/**
 * A lesson on the page: its question, the step on screen with what it changes, what to notice
 * once it has run, the claims it makes against the step before (checked over audiences on
 * demand), and the answer after the last step. Each step runs beside the step before, pinned as
 * A, on the same audience, so the comparison below shows what the step did.
 */
import { useState } from 'react';
import { claimHolds, type Lesson, type LessonClaim } from '../../engine/lesson';
import { LESSON_STRINGS } from '../../i18n/lesson-strings';
import { METRIC_NAMES, metricName } from '../../i18n/metric-names';
import type { Lang } from '../../i18n/strings';
import { CHECK_SEEDS, seedCheckDone, seedRunsDone, seedRunsTotal } from '../../store/app-store';
import { useActions, useApp } from '../store-context';
import { LESSONS } from './lessons';
import './lessons.css';

/** A claim in words: "Likes over the run: lower". */
export function claimText(claim: LessonClaim, lang: Lang): string {
  const t = LESSON_STRINGS[lang];
  const over =
    claim.fromDay !== undefined
      ? t.overFrom(claim.fromDay)
      : { last: t.overLast, sum: t.overSum, mean: t.overMean }[claim.over];
  // Russian says «больше/меньше» of counts and «выше/ниже» of rates
  const rate = METRIC_NAMES[claim.metric]?.rate === true;
  const direction =
    lang === 'ru' && !rate
      ? claim.direction === 'higher'
        ? 'больше'
        : 'меньше'
      : claim.direction === 'higher'
        ? t.higher
        : t.lower;
  return `${metricName(claim.metric, lang)} ${over}: ${direction}`;
}

/** The lesson chooser, for the header. */
export function LessonChooser() {
  const lang = useApp((s) => s.lang);
  const lessonId = useApp((s) => s.lesson?.id ?? '');
  const { goToLessonStep } = useActions();
  const t = LESSON_STRINGS[lang];
  return (
    <label className="header-lesson" title={t.lessonAbout}>
      {t.lessons}
      <select
        value={lessonId}
        data-testid="lessons"
        onChange={(e) => {
          const found = LESSONS.find((l) => l.id === e.currentTarget.value);
          if (found) goToLessonStep(found.id, found.lesson, 0);
        }}
      >
        <option value="" disabled>
          {t.chooseLesson}
        </option>
        {LESSONS.map(({ id, lesson }, k) => (
          <option key={id} value={id}>
            {`${k + 1}. ${lesson[lang].title}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The open lesson, or nothing. */
export function LessonBar() {
  const at = useApp((s) => s.lesson);
  const found = at && LESSONS.find((l) => l.id === at.id);
  if (!at || !found) return null;
  // keyed by the step, so what it has shown starts hidden again at every step
  return <LessonCard key={`${found.id}:${at.step}`} id={found.id} lesson={found.lesson} step={at.step} />;
}

function LessonCard({ id, lesson, step }: { id: string; lesson: Lesson; step: number }) {
  const lang = useApp((s) => s.lang);
  const ended = useApp((s) => s.run !== null && s.day >= s.days);
  const { goToLessonStep, closeLesson } = useActions();
  const [shown, setShown] = useState(false);
  const [answered, setAnswered] = useState(false);
  const t = LESSON_STRINGS[lang];
  const texts = lesson[lang];
  const current = step > 0 ? lesson.steps[step - 1]! : null;
  const last = step === lesson.steps.length;
  const noticeVisible = current !== null && (shown || ended);

  return (
    <section className="lesson" aria-label={`${t.lessons}: ${texts.title}`} data-testid="lesson-bar">
      <header className="lesson-head">
        <h2 className="lesson-title">{texts.title}</h2>
        <span className="lesson-step" data-testid="lesson-step">
          {current ? t.stepOf(step, lesson.steps.length) : t.start}
        </span>
        <button type="button" className="link-button lesson-close" onClick={closeLesson} aria-label={t.close}>
          ×
        </button>
      </header>
      <div className="lesson-body">
        {current ? (
          <div className={`lesson-now${noticeVisible ? ' lesson-now-noticed' : ''}`}>
            <h3>{current[lang].title}</h3>
            <p data-testid="lesson-change">
              {current[lang].change}
              {!noticeVisible && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => setShown(true)}>
                    {t.showNotice}
                  </button>
                </>
              )}
            </p>
            {noticeVisible && (
              <p className="lesson-notice" data-testid="lesson-notice">
                <strong>{t.notice}: </strong>
                {current[lang].notice}
              </p>
            )}
          </div>
        ) : (
          <div className="lesson-now">
            <p className="lesson-question">
              <strong>{t.question}: </strong>
              {texts.question}
            </p>
            <p>{texts.start}</p>
          </div>
        )}
        {current && <Claims claims={current.claims} lang={lang} />}
        {answered && (
          <p className="lesson-answer" data-testid="lesson-answer">
            <strong>{t.answer}: </strong>
            {texts.answer}
          </p>
        )}
      </div>
      <nav className="lesson-nav">
        <button
          type="button"
          className="btn"
          disabled={step === 0}
          onClick={() => goToLessonStep(id, lesson, step - 1)}
          data-testid="lesson-previous"
        >
          {t.previous}
        </button>
        {last ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={answered}
            onClick={() => setAnswered(true)}
            data-testid="lesson-show-answer"
          >
            {t.answerButton}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => goToLessonStep(id, lesson, step + 1)}
            data-testid="lesson-next"
          >
            {step === 0 ? t.first : t.next}
          </button>
        )}
      </nav>
    </section>
  );
}

/** The step's claims, with what the check over audiences says of each once it has run. */
function Claims({ claims, lang }: { claims: readonly LessonClaim[]; lang: Lang }) {
  const check = useApp((s) => s.seedCheck);
  const { checkSeeds } = useActions();
  const t = LESSON_STRINGS[lang];
  const done = check !== null && seedCheckDone(check);
  const held = (claim: LessonClaim) => {
    if (!check || !done) return null;
    const a = check.runs.a ?? [];
    const b = check.runs.b ?? [];
    return check.seeds.filter((_, k) => claimHolds(claim, a[k]!, b[k]!)).length;
  };
  return (
    <div className="lesson-claims">
      <p className="lesson-claims-title">
        {t.claims}
        {done && ` (${t.heldAbout(check.seeds.length)})`}
      </p>
      <ul data-testid="lesson-claims">
        {claims.map((claim, k) => {
          const n = held(claim);
          return (
            <li key={k}>
              {claimText(claim, lang)}
              {n !== null && (
                <span className={`lesson-held ${n >= 9 ? 'lesson-held-yes' : 'lesson-held-no'}`}>
                  {' '}
                  {n >= 9 ? '✓' : '✗'} {t.held(n, check!.seeds.length)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!check && (
        <button type="button" className="link-button" onClick={checkSeeds} data-testid="lesson-check">
          {t.check(CHECK_SEEDS)}
        </button>
      )}
      {check && !done && (
        <span className="lesson-checking" role="status">
          {seedRunsDone(check)} / {seedRunsTotal(check)}
        </span>
      )}
    </div>
  );
}
