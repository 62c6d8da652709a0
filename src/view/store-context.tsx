/** The page's store, given to components through context so tests can pass their own. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore, AppStoreApi } from '../store/app-store';

export const StoreContext = createContext<AppStoreApi | null>(null);

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
