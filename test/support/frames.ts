/** A fake source of animation frames for the day clock: frames arrive when a test delivers them. */
import type { FrameDriver } from '../../src/store/clock';

export interface FakeFrames {
  driver: FrameDriver;
  /** frames asked for and not yet delivered */
  pending(): number;
  /** delivers one frame at `now` ms to everyone waiting */
  frame(now: number): void;
  /** delivers frames every `ms` from `from` to `to` ms, both included */
  run(from: number, to: number, ms: number): void;
}

export function fakeFrames(): FakeFrames {
  let waiting = new Map<number, (now: number) => void>();
  let next = 1;
  const frame = (now: number) => {
    const callbacks = [...waiting.values()];
    waiting = new Map();
    for (const callback of callbacks) callback(now);
  };
  return {
    driver: {
      request(callback) {
        waiting.set(next, callback);
        return next++;
      },
      cancel(handle) {
        waiting.delete(handle);
      },
    },
    pending: () => waiting.size,
    frame,
    run(from, to, ms) {
      for (let t = from; t <= to; t += ms) frame(t);
    },
  };
}
