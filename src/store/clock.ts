/**
 * The day clock: one ticker outside React that advances the store's `day` while it plays, so
 * every panel (the loop, the key figures, the charts, the summary) only subscribes to the day and
 * time goes on whichever panels are mounted. The frames come from an injected driver
 * (requestAnimationFrame on the page, a fake with chosen timestamps in tests); between two days
 * the clock keeps the fraction of the day gone by, for the dots' travel, outside the store so
 * that it changes sixty times a second without re-rendering anything.
 */
import type { AppStore, AppStoreApi } from './app-store';

/** A source of animation frames; `now` is a timestamp in milliseconds. */
export interface FrameDriver {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

/** The page's driver: the browser's animation frames (paused by the browser in hidden tabs). */
export const animationFrames: FrameDriver = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface Clock {
  /** How far the shown day's moves have gone, 0 … 1 (0 when paused). */
  progress(): number;
  /** Calls `listener` after each frame in which the clock ran; returns a function that stops it. */
  onFrame(listener: () => void): () => void;
  /** Starts following the store (and ticking while it plays); again after `stop`, too. */
  start(): void;
  /** Stops ticking and following the store; the day stays where it is. */
  stop(): void;
}

/** The longest time one frame may advance, s: a tab back from the background does not skip weeks. */
export const MAX_FRAME_SECONDS = 0.25;

/**
 * A clock on `store`, started by `start()` (so that a React effect can start and stop it and
 * start it again). While `playing` and a run is there, each frame advances the day by `speed`
 * days per second of frame time, up to the run's last day, where it pauses. A day set from
 * outside (step, scrub, rewind, a new scenario) starts that day's travel afresh.
 */
export function createClock(store: AppStoreApi, driver: FrameDriver): Clock {
  let progress = 0;
  let last: number | null = null;
  let handle: number | null = null;
  /** the clock is setting the day itself (not a scrub from outside) */
  let advancing = false;
  const listeners = new Set<() => void>();

  const schedule = () => {
    if (handle === null) handle = driver.request(frame);
  };
  const halt = () => {
    if (handle !== null) driver.cancel(handle);
    handle = null;
    last = null;
    progress = 0;
  };

  function frame(now: number) {
    handle = null;
    const s = store.getState();
    if (!s.playing) return halt();
    if (s.run && last !== null) {
      progress += Math.min(MAX_FRAME_SECONDS, Math.max(0, (now - last) / 1000)) * s.speed;
      const whole = Math.floor(progress);
      progress -= whole;
      const day = Math.min(s.run.days, s.day + whole);
      advancing = true;
      if (day !== s.day) s.scrub(day);
      if (day >= s.run.days) s.pause();
      advancing = false;
    }
    last = now;
    for (const listener of listeners) listener();
    if (store.getState().playing) schedule();
  }

  const follow = (s: AppStore, prev: AppStore) => {
    if (s.playing && !prev.playing) {
      last = null;
      progress = 0;
      schedule();
    } else if (!s.playing && prev.playing) {
      halt();
    } else if (s.day !== prev.day && !advancing) {
      progress = 0;
    }
  };
  let unsubscribe: (() => void) | null = null;

  return {
    progress: () => progress,
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (unsubscribe) return;
      unsubscribe = store.subscribe(follow);
      if (store.getState().playing) schedule();
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
      halt();
    },
  };
}
