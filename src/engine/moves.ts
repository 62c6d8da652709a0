/** The day's moves between states, kept in growable typed arrays (transferable to a worker's page). */

/** Moves as parallel arrays of equal length: agent index, from state, to state, channel. */
export interface Moves {
  agent: Int32Array;
  from: Uint8Array;
  to: Uint8Array;
  channel: Uint8Array;
}

/** An append-only log of moves, reset each day. */
export class MoveLog {
  private agent = new Int32Array(1024);
  private from = new Uint8Array(1024);
  private to = new Uint8Array(1024);
  private channel = new Uint8Array(1024);
  private length = 0;

  reset(): void {
    this.length = 0;
  }

  push(agent: number, from: number, to: number, channel: number): void {
    if (this.length === this.agent.length) this.grow();
    const k = this.length++;
    this.agent[k] = agent;
    this.from[k] = from;
    this.to[k] = to;
    this.channel[k] = channel;
  }

  /** Copies of the moves logged since the last reset. */
  snapshot(): Moves {
    const n = this.length;
    return {
      agent: this.agent.slice(0, n),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      channel: this.channel.slice(0, n),
    };
  }

  private grow(): void {
    const size = this.agent.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.agent = grow(this.agent, new Int32Array(size));
    this.from = grow(this.from, new Uint8Array(size));
    this.to = grow(this.to, new Uint8Array(size));
    this.channel = grow(this.channel, new Uint8Array(size));
  }
}
