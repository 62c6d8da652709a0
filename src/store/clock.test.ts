import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../model/parameters';
import { fakeFrames, type FakeFrames } from '../../test/support/frames';
import { simulateRun } from '../../test/support/run-data';
import { createAppStore, type AppStoreApi } from './app-store';
import { MAX_FRAME_SECONDS, createClock, type Clock } from './clock';

const RUN = simulateRun({ ...defaultParameters(), 'audience.size': 200 }, 1, 20);

function setUp(state: Parameters<typeof createAppStore>[0] = {}): {
  store: AppStoreApi;
  clock: Clock;
  frames: FakeFrames;
  run: FakeFrames['run'];
} {
  const store = createAppStore({ run: RUN, days: RUN.days, ...state });
  const frames = fakeFrames();
  const clock = createClock(store, frames.driver);
  clock.start();
  return { store, clock, frames, run: frames.run };
}

describe('the day clock', () => {
  it('advances `speed` days per second of frame time while playing', () => {
    const { store, clock, run } = setUp({ speed: 4 });
    store.getState().play();
    run(0, 1000, 125); // the first frame only sets the time; eight frames of 1/8 s follow
    expect(store.getState().day).toBe(4);
    store.getState().setSpeed(8);
    run(1125, 1500, 125); // four frames at 8 days/s
    expect(store.getState().day).toBe(8);
    expect(clock.progress()).toBe(0);
    store.getState().setSpeed(4);
    run(1625, 1625, 125);
    expect(store.getState().day).toBe(8);
    expect(clock.progress()).toBe(0.5);
  });

  it('stands still while paused, asking for no frames, and goes on where it was', () => {
    const { store, frames, run } = setUp({ speed: 8 });
    store.getState().play();
    run(0, 250, 125);
    expect(store.getState().day).toBe(2);
    store.getState().pause();
    expect(frames.pending()).toBe(0);
    run(375, 2000, 125);
    expect(store.getState().day).toBe(2);
    store.getState().play();
    run(5000, 5250, 125); // the time paused does not count
    expect(store.getState().day).toBe(4);
  });

  it('stops at the last day of the run and pauses there', () => {
    const { store, frames, run } = setUp({ speed: 8, day: RUN.days - 3 });
    store.getState().play();
    run(0, 2000, 125);
    expect(store.getState()).toMatchObject({ day: RUN.days, playing: false });
    expect(frames.pending()).toBe(0);
  });

  it('plays again from day 0 after a rewind at the end', () => {
    const { store, run } = setUp({ speed: 8, day: RUN.days });
    store.getState().rewind();
    store.getState().play();
    run(0, 375, 125);
    expect(store.getState()).toMatchObject({ day: 3, playing: true });
  });

  it('advances at most a quarter of a second at once (a tab back from the background)', () => {
    const { store, run } = setUp({ speed: 8 });
    store.getState().play();
    run(0, 0, 1);
    run(60_000, 60_000, 1);
    expect(store.getState().day).toBe(8 * MAX_FRAME_SECONDS);
  });

  it('starts a scrubbed day from its beginning', () => {
    const { store, clock, run } = setUp({ speed: 4 });
    store.getState().play();
    run(0, 125, 125);
    expect(clock.progress()).toBe(0.5);
    store.getState().scrub(10);
    expect(clock.progress()).toBe(0);
    run(250, 375, 125);
    expect(store.getState().day).toBe(11);
  });

  it('waits for a run before it counts days', () => {
    const { store, run } = setUp({ run: null, speed: 8 });
    store.getState().play();
    run(0, 1000, 125);
    expect(store.getState()).toMatchObject({ day: 0, playing: true });
    store.getState().receiveRun(RUN);
    run(1125, 1375, 125); // three frames of 1/8 s, the first one since the last frame without a run
    expect(store.getState().day).toBe(3);
  });

  it('tells its listeners after each frame, and stops ticking when stopped', () => {
    const { store, clock, frames, run } = setUp({ speed: 8 });
    const seen: number[] = [];
    const off = clock.onFrame(() => seen.push(store.getState().day));
    store.getState().play();
    run(0, 250, 125);
    expect(seen).toEqual([0, 1, 2]);
    off();
    run(375, 375, 125);
    expect(seen).toHaveLength(3);
    clock.stop();
    expect(frames.pending()).toBe(0);
    store.getState().play();
    expect(frames.pending()).toBe(0);
    clock.start();
    run(500, 625, 125);
    expect(store.getState().day).toBe(4);
  });
});
