/** The page: strategy on the left, the loop in the middle, key figures on the right, charts below. */
import { memo, useEffect, useState } from 'react';
import type { AppStoreApi } from './store/app-store';
import { animationFrames, createClock } from './store/clock';
import { connectSimulation } from './store/controller';
import { linkNotice, linkOf, storeFromLink } from './store/link';
import { pageStorage, preferredLang, rememberLang } from './store/lang-choice';
import { keepScenario, startingStore } from './store/saved-state';
import { SimulationClient } from './worker/client';
import { STRINGS, type Lang } from './i18n/strings';
import { LiveCharts } from './view/charts/LiveCharts';
import { Compare } from './view/compare/ComparePanel';
import { FaultNotice } from './view/fault/FaultNotice';
import { Glossary } from './view/glossary/Glossary';
import { Sensitivity } from './view/sensitivity/SensitivityPanel';
import { Challenge } from './view/challenge/ChallengePanel';
import { LessonBar } from './view/lessons/LessonBar';
import { LESSONS } from './view/lessons/lessons';
import { StrategyControls } from './view/controls/StrategyControls';
import { Header } from './view/Header';
import { KpiCards } from './view/kpi/KpiCards';
import { LiveSummary } from './view/LiveSummary';
import { dotSample } from './view/loop/dot-sample';
import { LoopView } from './view/loop/LoopView';
import { PlaybackBar } from './view/playback/PlaybackBar';
import { PRESETS } from './view/presets';
import { StatechartPanel } from './view/statechart/StatechartPanel';
import { ClockContext, StoreContext, useApp } from './view/store-context';
import './view/app.css';

// Each part reads the store itself; memo keeps a page re-render from redrawing them all.
const HeaderPart = memo(Header);
const PlaybackPart = memo(PlaybackBar);
const StrategyPart = memo(StrategyControls);
const LoopPart = memo(LoopView);
const SummaryPart = memo(LiveSummary);
const KpiPart = memo(KpiCards);
const ChartsPart = memo(LiveCharts);
const ComparePart = memo(Compare);
const GlossaryPart = memo(Glossary);
const LessonPart = memo(LessonBar);
const StatechartPart = memo(StatechartPanel);
const FaultPart = memo(FaultNotice);

/**
 * A store set up from the page's URL (see store/link.ts): a preset, the strategy and its changes,
 * seed, days, language, currency, a lesson's step, the runs compared and the day shown. `lang` is
 * the language when the link names none (the user's last choice or the browser's).
 */
export function storeFromUrl(search: string, lang: Lang = 'en'): AppStoreApi {
  return storeFromLink(search, { presets: PRESETS, lessons: LESSONS }, lang);
}

/**
 * The page's layout. It reads only what changes its frame (language, notice, presentation mode):
 * the day never re-renders it; each panel subscribes to the slices it shows.
 */
export function Page() {
  const lang = useApp((s) => s.lang);
  const failure = useApp((s) => s.notice);
  const linkIssues = useApp((s) => s.linkIssues);
  const presentation = useApp((s) => s.presentation);
  const clearNotice = useApp((s) => s.clearNotice);
  const t = STRINGS[lang];
  // What a link could not apply is said in the language on screen, and again after a switch.
  const notice = failure ?? linkNotice(linkIssues, lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className={`app${presentation ? ' app-presentation' : ''}`}>
      <HeaderPart />
      <PlaybackPart />
      {notice && (
        <div className="notice" role="alert">
          {notice}{' '}
          <button type="button" className="link-button" aria-label={t.closeNotice} onClick={clearNotice}>
            ×
          </button>
        </div>
      )}
      <FaultPart />
      <LessonPart />
      <main className="layout">
        <aside className="layout-strategy">
          <StrategyPart />
        </aside>
        <section className="layout-loop" aria-label={t.theLoop}>
          <LoopPart />
          <SummaryPart />
        </section>
        <aside className="layout-kpis">
          <KpiPart />
        </aside>
      </main>
      <ComparePart />
      <Sensitivity />
      <Challenge />
      <section className="layout-charts" aria-label={t.charts}>
        <ChartsPart />
      </section>
      <StatechartPart />
      <GlossaryPart />
    </div>
  );
}

/**
 * The simulator. The store is built from the URL; the worker computes every run, with the moves
 * of the agents the loop draws; the day clock runs on the browser's animation frames.
 */
export function App() {
  // The link's scenario, else the one saved by the last visit, else the defaults.
  const [store] = useState(() =>
    startingStore(
      location.search,
      pageStorage(),
      { presets: PRESETS, lessons: LESSONS },
      preferredLang(pageStorage(), navigator.languages ?? [navigator.language]),
    ),
  );
  const [clock] = useState(() => createClock(store, animationFrames));
  // A worker of its own computes every run; after a fault, "Restart the simulation" starts another.
  useEffect(() => connectSimulation(store, () => new SimulationClient(), { moveSample: dotSample }), [store]);
  // The scenario on screen is the one the next visit without a link starts from.
  useEffect(() => keepScenario(store, pageStorage(), PRESETS), [store]);
  useEffect(() => {
    clock.start();
    return () => clock.stop();
  }, [clock]);
  useEffect(
    // The language the user switches to is the one the next visit starts in.
    () =>
      store.subscribe((s, prev) => {
        if (s.lang !== prev.lang) rememberLang(pageStorage(), s.lang);
      }),
    [store],
  );
  useEffect(
    // The URL follows the scenario, so a link reproduces what is on screen.
    () =>
      store.subscribe((s, prev) => {
        if (
          s.params === prev.params &&
          s.startParams === prev.startParams &&
          s.changes === prev.changes &&
          s.seed === prev.seed &&
          s.days === prev.days &&
          s.lang === prev.lang &&
          s.currency === prev.currency &&
          s.presetId === prev.presetId &&
          s.baseline === prev.baseline &&
          s.others === prev.others &&
          s.lesson === prev.lesson
        )
          return;
        history.replaceState(null, '', linkOf(s, PRESETS));
      }),
    [store],
  );
  return (
    <StoreContext.Provider value={store}>
      <ClockContext.Provider value={clock}>
        <Page />
      </ClockContext.Provider>
    </StoreContext.Provider>
  );
}
