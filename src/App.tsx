/** The page: strategy on the left, the loop in the middle, key figures on the right, charts below. */
import { memo, useEffect, useState } from 'react';
import { createAppStore, type AppStoreApi } from './store/app-store';
import { connectRuns } from './store/controller';
import { readUrl, writeUrl } from './store/url';
import { SimulationClient } from './worker/client';
import { STRINGS } from './i18n/strings';
import { ChartsPanel } from './view/charts/ChartsPanel';
import { StrategyControls } from './view/controls/StrategyControls';
import { Header } from './view/Header';
import { KpiCards } from './view/kpi/KpiCards';
import { LiveSummary } from './view/LiveSummary';
import { LoopView } from './view/loop/LoopView';
import { PlaybackBar } from './view/playback/PlaybackBar';
import { PRESETS } from './view/presets';
import { StoreContext, useApp } from './view/store-context';
import './view/app.css';

// Each part reads the store itself; memo keeps a page re-render from redrawing them all.
const HeaderPart = memo(Header);
const PlaybackPart = memo(PlaybackBar);
const StrategyPart = memo(StrategyControls);
const LoopPart = memo(LoopView);
const SummaryPart = memo(LiveSummary);
const KpiPart = memo(KpiCards);
const ChartsPart = memo(ChartsPanel);

/** A store set up from the page's URL: a preset, parameters, seed, days, language. */
export function storeFromUrl(search: string): AppStoreApi {
  const url = readUrl(
    search,
    PRESETS.map((p) => p.id),
  );
  const preset = PRESETS.find((p) => p.id === (url.preset ?? 'default')) ?? PRESETS[0]!;
  const store = createAppStore();
  store.getState().loadScenario(preset.id, preset.scenario);
  const s = store.getState();
  const changed = Object.keys(url.params).length > 0;
  store.setState({
    params: { ...s.params, ...url.params },
    seed: url.seed ?? s.seed,
    days: url.days ?? s.days,
    lang: url.lang ?? s.lang,
    presetId: changed && !url.preset ? null : preset.id,
    notice: url.problems.length ? STRINGS[url.lang ?? 'en'].invalidUrl(url.problems.join('; ')) : null,
  });
  return store;
}

function Page() {
  const lang = useApp((s) => s.lang);
  const notice = useApp((s) => s.notice);
  const presentation = useApp((s) => s.presentation);
  const run = useApp((s) => s.run);
  const ghost = useApp((s) => s.ghost);
  // While playing, the charts redraw about three times a second (every `speed / 3` days), not on
  // every day: at 30 days a second that would cost frames. Only this number re-renders the page.
  const chartDay = useApp((s) => {
    const every = s.playing ? Math.max(1, Math.round(s.speed / 3)) : 1;
    return Math.max(1, s.day - (s.day % every));
  });
  const setNotice = useApp((s) => s.setNotice);
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
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <main className="layout">
        <aside className="layout-strategy">
          <StrategyPart />
        </aside>
        <section className="layout-loop" aria-label={STRINGS[lang].theLoop}>
          <LoopPart />
          <SummaryPart />
        </section>
        <aside className="layout-kpis">
          <KpiPart />
        </aside>
      </main>
      <section className="layout-charts" aria-label={STRINGS[lang].charts}>
        <ChartsPart run={run} ghost={ghost} day={chartDay} lang={lang} />
      </section>
    </div>
  );
}

/** The simulator. The store is built from the URL; the worker computes every run. */
export function App() {
  const [store] = useState(() => storeFromUrl(location.search));
  useEffect(() => {
    const client = new SimulationClient();
    const stop = connectRuns(store, client);
    return () => {
      stop();
      client.terminate();
    };
  }, [store]);
  useEffect(
    // The URL follows the scenario, so a link reproduces what is on screen.
    () =>
      store.subscribe((s, prev) => {
        if (s.params === prev.params && s.seed === prev.seed && s.days === prev.days && s.lang === prev.lang)
          return;
        const preset = PRESETS.find((p) => p.id === s.presetId);
        history.replaceState(
          null,
          '',
          writeUrl(s.params, s.seed, s.days, {
            lang: s.lang,
            ...(preset ? { preset: preset.id, base: preset.scenario.parameters } : {}),
          }),
        );
      }),
    [store],
  );
  return (
    <StoreContext.Provider value={store}>
      <Page />
    </StoreContext.Provider>
  );
}
