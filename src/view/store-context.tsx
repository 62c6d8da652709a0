/** The page's store and day clock, given to components through context so tests can pass their own. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppStore, AppStoreApi } from '../store/app-store';
import type { Clock } from '../store/clock';

export const StoreContext = createContext<AppStoreApi | null>(null);

/** The day clock, when one runs (the page starts it; a component test may not). */
export const ClockContext = createContext<Clock | null>(null);

/** The store itself, for transient reads and subscriptions (animation). */
export function useAppStore(): AppStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

/** A slice of the store's state; the component re-renders when it changes. */
export function useApp<T>(selector: (s: AppStore) => T): T {
  return useStore(useAppStore(), selector);
}

/**
 * The store's actions, without subscribing: they are created once with the store and never
 * change, so a component that only acts (buttons) does not re-render when the state does.
 */
export function useActions(): AppActions {
  return useAppStore().getState();
}

/** The day clock, or null when none runs: the view then shows each day without travel. */
export function useClock(): Clock | null {
  return useContext(ClockContext);
}
