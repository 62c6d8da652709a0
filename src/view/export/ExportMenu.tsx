/**
 * "Save / Open": the scenario on screen saved as a scenario file (the format of `simulations/`),
 * a scenario file opened by the file picker or dropped anywhere on the page, the command that
 * runs it headless, pictures of the loop and the charts, and the printed summary. A file the page
 * cannot read leaves the run on screen as it was and says what is wrong in the page's notice.
 */
import { useEffect, useRef, useState } from 'react';
import './export.css';
import { useStore } from 'zustand';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import type { AppStoreApi } from '../../store/app-store';
import { useApp, useAppStore } from '../store-context';
import { cliCommand } from './command';
import { baseNameNow, download, openedStore } from './opened';
import { ImageItems } from './ImageItems';
import { PrintSummary } from './PrintSummary';
import { currentScenario, openedFile, presetOf, scenarioText } from './scenario-file';

/** True when a drag carries files (text or links dragged about the page are left alone). */
const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Opens a scenario file on the page: its strategy, seed, horizon and currency on screen (as its
 * preset when it has a preset's name). A file that is not a scenario leaves the page as it was and
 * says why in the notice, in the page's language. True when the file was opened.
 */
export async function openScenarioFile(app: AppStoreApi, file: File): Promise<boolean> {
  const { loadScenario, setNotice } = app.getState();
  const read = await openedFile(file, app.getState().lang);
  if (!read.ok) {
    setNotice(read.notice);
    return false;
  }
  const s = read.scenario;
  const id = presetOf(s);
  openedStore(app).setState({
    opened: id ? null : { name: s.name, description: s.description, ...(s.ru ? { ru: s.ru } : {}) },
  });
  loadScenario(id, s);
  setNotice(null);
  return true;
}

export function ExportMenu() {
  const app = useAppStore();
  const lang = useApp((s) => s.lang);
  const opened = useStore(openedStore(app), (s) => s.opened);
  const [command, setCommand] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const t = EXPORT_STRINGS[lang];

  const openFile = async (file: File) => {
    if ((await openScenarioFile(app, file)) && menu.current) menu.current.open = false;
  };

  // A scenario file dropped anywhere on the page opens as if picked.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void openScenarioFile(app, file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [app]);

  const save = () => {
    const scenario = currentScenario(app.getState(), opened);
    download(new Blob([scenarioText(scenario)], { type: 'application/json' }), `${baseNameNow(app)}.json`);
  };

  const copyCommand = async () => {
    const line = cliCommand(app.getState());
    setCommand(line);
    try {
      await navigator.clipboard.writeText(line);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // no clipboard (an insecure page, a refused permission): the line stays shown to copy by hand
    }
  };

  return (
    <>
      <details
        className="export-menu"
        ref={menu}
        data-testid="export-menu"
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="btn header-take-home" title={t.menuAbout}>
          {t.menu}
        </summary>
        <div className="export-menu-items">
          <button type="button" className="btn" onClick={save} data-testid="save-scenario">
            {t.saveScenario}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => input.current?.click()}
            data-testid="open-scenario"
          >
            {t.openScenario}
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="scenario-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void openFile(file);
            }}
          />
          <span className="export-menu-hint">{t.dropHint}</span>
          <button type="button" className="btn" onClick={copyCommand} data-testid="copy-command">
            {copied ? t.commandCopied : t.copyCommand}
          </button>
          {command && (
            <div className="export-menu-command">
              <span>{t.commandLabel}</span>
              <code data-testid="cli-command">{command}</code>
            </div>
          )}
          {open && <ImageItems />}
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (menu.current) menu.current.open = false;
              setPrinting(true);
            }}
            data-testid="print-summary"
          >
            {t.printSummary}
          </button>
        </div>
      </details>
      {printing && <PrintSummary onClose={() => setPrinting(false)} />}
    </>
  );
}
