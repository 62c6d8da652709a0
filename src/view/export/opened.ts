/**
 * The scenario opened from a file that is no preset, per page store: its name and words, kept so
 * that saving it again, and every export's file name, carry its name. Forgotten as soon as a preset
 * or a lesson is on screen.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppStoreApi } from '../../store/app-store';
import { currentBaseName, type OpenedScenario } from './scenario-file';

const opened = new WeakMap<AppStoreApi, StoreApi<{ opened: OpenedScenario | null }>>();

/** The opened scenario's store for a page store (created on first use). */
export function openedStore(app: AppStoreApi): StoreApi<{ opened: OpenedScenario | null }> {
  let store = opened.get(app);
  if (!store) {
    const created = createStore<{ opened: OpenedScenario | null }>()(() => ({ opened: null }));
    app.subscribe((s, before) => {
      if ((s.presetId && s.presetId !== before.presetId) || (s.lesson && !before.lesson))
        created.setState({ opened: null });
    });
    opened.set(app, created);
    store = created;
  }
  return store;
}

/** The base name of the files exported for what the page shows now. */
export function baseNameNow(app: AppStoreApi): string {
  return currentBaseName(app.getState(), openedStore(app).getState().opened);
}

/** Saves `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
