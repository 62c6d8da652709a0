/**
 * Presentation mode's parts: the keyboard shortcuts the page answers wherever the focus is, full
 * screen, and the list of shortcuts (`?`).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { PRESENTATION_STRINGS } from '../../i18n/presentation-strings';
import { useApp, useAppStore } from '../store-context';
import { LESSONS } from '../lessons/lessons';
import { PRESETS } from '../presets';
import { SHORTCUTS, shortcutOf, type Shortcut } from './shortcuts';

/** Full screen on or off; a browser that refuses (no user gesture, an iframe) leaves the page as it is. */
export function toggleFullscreen(on = !document.fullscreenElement): void {
  if (on === Boolean(document.fullscreenElement)) return;
  const request = on ? document.documentElement.requestFullscreen?.() : document.exitFullscreen?.();
  request?.catch(() => undefined);
}

export interface PageUi {
  controlsHidden: boolean;
  setControlsHidden(hidden: boolean): void;
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
}

/** Answers the page's shortcuts (see ./shortcuts) for as long as the page is mounted. */
export function usePageShortcuts(ui: PageUi): void {
  const store = useAppStore();
  const latest = useRef(ui);
  useEffect(() => {
    latest.current = ui;
  });
  useEffect(() => {
    const run = (s: Shortcut) => {
      const state = store.getState();
      const { controlsHidden, setControlsHidden, helpOpen, setHelpOpen } = latest.current;
      const lesson = state.lesson && LESSONS.find((l) => l.id === state.lesson!.id);
      switch (s.action) {
        case 'togglePlay':
          return state.togglePlay();
        case 'stepForward':
          return state.stepDay();
        case 'stepBack':
          state.pause();
          return state.scrub(state.day - 1);
        case 'next':
          if (lesson) return state.goToLessonStep(lesson.id, lesson.lesson, state.lesson!.step + 1);
          return state.stepDay();
        case 'previous':
          if (lesson) return state.goToLessonStep(lesson.id, lesson.lesson, state.lesson!.step - 1);
          state.pause();
          return state.scrub(state.day - 1);
        case 'preset': {
          const preset = PRESETS[s.n! - 1];
          if (preset) state.loadScenario(preset.id, preset.scenario);
          return;
        }
        case 'fullscreen':
          return toggleFullscreen();
        case 'compare':
          return state.baseline ? state.clearBaseline() : state.pinBaseline();
        case 'lessons':
          setControlsHidden(false);
          // after the controls are back on screen
          return requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('[data-testid="lessons"]')?.focus(),
          );
        case 'presentation':
          toggleFullscreen(!state.presentation);
          return state.togglePresentation();
        case 'controls':
          return setControlsHidden(!controlsHidden);
        case 'help':
          return setHelpOpen(!helpOpen);
      }
    };
    // A key the page takes is taken before the focused control sees it, on the way down and up:
    // a focused button would otherwise click on Space's release.
    const taken = new Set<string>();
    const onKeyDown = (e: KeyboardEvent) => {
      if (latest.current.helpOpen && e.key !== '?') return; // the open list has the keys (Escape closes it)
      const s = shortcutOf(e, store.getState().presentation);
      if (!s) return;
      e.preventDefault();
      e.stopPropagation();
      taken.add(e.key);
      run(s);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (!taken.delete(e.key)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
    };
  }, [store]);
}

/** The list of shortcuts, as a modal dialog. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const lang = useApp((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const t = PRESENTATION_STRINGS[lang];
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const keyName = (k: string) =>
    ({
      ' ': t.keys.space,
      ArrowRight: t.keys.right,
      ArrowLeft: t.keys.left,
      PageDown: t.keys.pageDown,
      PageUp: t.keys.pageUp,
    })[k] ?? k.toUpperCase();
  return (
    <dialog
      ref={ref}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      data-testid="shortcuts"
    >
      <h2 id="shortcuts-title">{t.shortcuts}</h2>
      <p>{t.about}</p>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <kbd>{s.action === 'preset' ? t.keys.digits : keyName(s.keys[0]!)}</kbd>
              </th>
              <td>{t.actions[s.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="btn btn-primary">
          {t.close}
        </button>
      </form>
    </dialog>
  );
}

/**
 * The page's tools, for the header: the shortcuts (answered wherever the focus is), their list,
 * and in presentation mode the controls hidden on demand — the header and the playback bar leave
 * the loop and the key figures alone on screen, with one button (and H) to bring them back.
 */
export function PageTools() {
  const lang = useApp((s) => s.lang);
  const presentation = useApp((s) => s.presentation);
  const [controlsHidden, setControlsHidden] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  usePageShortcuts({ controlsHidden, setControlsHidden, helpOpen, setHelpOpen });
  const hidden = presentation && controlsHidden;
  useEffect(() => {
    document.documentElement.toggleAttribute('data-controls-hidden', hidden);
    return () => document.documentElement.removeAttribute('data-controls-hidden');
  }, [hidden]);
  const t = PRESENTATION_STRINGS[lang];
  return (
    <>
      {presentation && (
        <button
          type="button"
          className="btn"
          data-testid="controls-toggle"
          aria-pressed={false}
          onClick={() => setControlsHidden(true)}
        >
          {t.hideControls}
        </button>
      )}
      <button
        type="button"
        className="btn"
        data-testid="shortcuts-button"
        aria-label={t.shortcuts}
        title={t.shortcuts}
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
      {/* outside the header, which hides with the controls */}
      {createPortal(<ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />, document.body)}
      {hidden &&
        createPortal(
          <button
            type="button"
            className="btn page-show-controls"
            data-testid="controls-show"
            onClick={() => setControlsHidden(false)}
          >
            {t.showControls}
          </button>,
          document.body,
        )}
    </>
  );
}
