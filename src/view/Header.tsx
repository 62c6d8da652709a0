/** The top bar: the title, the scenario, the language, a link and an export for afterwards. */
import { useState } from 'react';
import { STRINGS } from '../i18n/strings';
import { toCsv } from '../engine/report';
import { LessonChooser } from './lessons/LessonBar';
import { PageTools, toggleFullscreen } from './presentation/Presentation';
import { ShareDialog } from './share/ShareDialog';
import { PRESETS, isPresetModified } from './presets';
import { useActions, useApp, useAppStore } from './store-context';
import { ExportMenu } from './export/ExportMenu';
import { baseNameNow } from './export/opened';

export function Header() {
  const lang = useApp((s) => s.lang);
  const presetId = useApp((s) => s.presetId);
  // A boolean, so that a dragged slider re-renders the header only when the label changes.
  const modified = useApp((s) => isPresetModified(s.presetId, s, s.days));
  const presentation = useApp((s) => s.presentation);
  const run = useApp((s) => s.run);
  const { setLang, loadScenario, togglePresentation } = useActions();
  const store = useAppStore();
  // The share dialog: the link, a button to copy it and its QR code.
  const [sharing, setSharing] = useState(false);
  const t = STRINGS[lang];
  const preset = PRESETS.find((p) => p.id === presetId);
  const presetName = (p: (typeof PRESETS)[number]) =>
    lang === 'ru' && p.scenario.ru ? p.scenario.ru.name : p.scenario.name;

  const exportCsv = () => {
    if (!run) return;
    const blob = new Blob([toCsv(run.frames)], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${baseNameNow(store)}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <header className="header">
      <h1>
        {t.appTitle}{' '}
        <span className="header-tagline" title={t.tagline}>
          {t.tagline}
        </span>
      </h1>
      <label className="header-scenario">
        {t.scenario}
        {/* An edited preset, or a link without one, is an entry of its own: choosing a preset,
            the one edited included, loads it as its file has it. */}
        <select
          value={preset && !modified ? preset.id : ''}
          data-testid="scenario"
          onChange={(e) => {
            const p = PRESETS.find((x) => x.id === e.currentTarget.value);
            if (p) loadScenario(p.id, p.scenario);
          }}
        >
          {!preset && <option value="">{t.customStrategy}</option>}
          {preset && modified && <option value="">{`${presetName(preset)} (${t.modified})`}</option>}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {presetName(p)}
            </option>
          ))}
        </select>
      </label>
      <LessonChooser />
      <div className="header-actions">
        <button
          type="button"
          className="btn header-take-home"
          aria-haspopup="dialog"
          onClick={() => setSharing(true)}
          data-testid="share"
        >
          {t.shareLink}
        </button>
        {sharing && <ShareDialog onClose={() => setSharing(false)} />}
        <button
          type="button"
          className="btn header-take-home"
          onClick={exportCsv}
          disabled={!run}
          data-testid="export"
        >
          {t.exportCsv}
        </button>
        <ExportMenu />
        <button
          type="button"
          className="btn"
          aria-pressed={presentation}
          data-testid="presentation"
          onClick={() => {
            toggleFullscreen(!presentation);
            togglePresentation();
          }}
        >
          {t.presentation}
        </button>
        <button
          type="button"
          className="btn"
          lang={lang === 'en' ? 'ru' : 'en'}
          data-testid="lang"
          onClick={() => setLang(lang === 'en' ? 'ru' : 'en')}
        >
          {lang === 'en' ? 'RU' : 'EN'}
          <span className="visually-hidden"> {t.language}</span>
        </button>
        <PageTools />
      </div>
      {preset && (
        <p className="header-story">
          {modified && <span className="header-story-before">{t.beforeChanges}: </span>}
          {lang === 'ru' && preset.scenario.ru ? preset.scenario.ru.description : preset.scenario.description}
        </p>
      )}
    </header>
  );
}
