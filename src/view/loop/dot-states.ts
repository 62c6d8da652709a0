/**
 * Every dot's state at the end of any day of a run, rebuilt from day 0 and the moves. A copy of
 * every dot for every day would cost days × dots bytes (73 MB for 20,000 dots over 3,650 days) and
 * as much copying when a run arrives; instead a snapshot is kept every CHECKPOINT_DAYS days, made
 * when a day past it is first asked for, and a day is the snapshot before it with the days between
 * replayed. Playing forward replays one day per day.
 */
import type { RunData } from '../../store/run-data';

/** Days between two kept snapshots. */
export const CHECKPOINT_DAYS = 32;

/** The dots' states of a run: dot j stands for agent j × sample. */
export class DotStates {
  /** how many dots */
  readonly count: number;
  /** snapshots[k]: the states at the end of day k × CHECKPOINT_DAYS, made as they are needed */
  private readonly snapshots: Uint8Array[] = [];
  /** the day last asked for and its states (handed out by `at`, changed by its next call) */
  private day = 0;
  private readonly current: Uint8Array;

  constructor(
    private readonly run: Pick<RunData, 'days' | 'frames'>,
    initial: Uint8Array,
    private readonly sample: number,
  ) {
    this.count = Math.ceil(initial.length / sample);
    const first = new Uint8Array(this.count);
    for (let j = 0; j < this.count; j++) first[j] = initial[j * sample]!;
    this.snapshots.push(first);
    this.current = first.slice();
  }

  /**
   * The states at the end of `day` (0 … run.days, clamped): an array that stays valid until the
   * next call, which may change it.
   */
  at(day: number): Uint8Array {
    const d = Math.min(Math.max(0, Math.round(day)), this.run.days);
    if (d === this.day) return this.current;
    const k = Math.floor(d / CHECKPOINT_DAYS);
    // From where the states are now when that is on the way, else from the snapshot before the day.
    if (!(this.day < d && this.day >= k * CHECKPOINT_DAYS)) {
      while (this.snapshots.length <= k) {
        const last = this.snapshots.length - 1;
        const next = this.snapshots[last]!.slice();
        this.replay(next, last * CHECKPOINT_DAYS, (last + 1) * CHECKPOINT_DAYS);
        this.snapshots.push(next);
      }
      this.current.set(this.snapshots[k]!);
      this.day = k * CHECKPOINT_DAYS;
    }
    this.replay(this.current, this.day, d);
    this.day = d;
    return this.current;
  }

  /** Applies the moves of days from + 1 … to onto `states`. */
  private replay(states: Uint8Array, from: number, to: number): void {
    const { sample } = this;
    for (let d = from; d < Math.min(to, this.run.days); d++) {
      const { agent, to: into } = this.run.frames[d]!.moves;
      for (let m = 0; m < agent.length; m++) {
        const a = agent[m]!;
        if (a % sample === 0) states[a / sample] = into[m]!;
      }
    }
  }
}
