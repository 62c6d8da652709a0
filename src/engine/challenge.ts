/**
 * A workshop challenge: several teams' strategies run on the same audiences (the same seeds, so
 * common random numbers), ranked by one key figure. Each team's standing carries its spread over
 * the audiences and, seed by seed, how often it beat the team ranked just below it, so a room can
 * tell a lead from luck. Pure functions: the runs themselves are computed elsewhere.
 */
import { keyFigure, seedVerdict, type ComparedRun, type KeyFigure, type SeedVerdict } from './compare';
import { median } from './experiment';
import type { DayFrame } from './simulation';

/** A team's place in the ranking. */
export interface Standing {
  /** the team's index in the list given */
  team: number;
  /** 1 for the first; teams whose figure is undefined on every audience share the last place */
  rank: number;
  /** the figure's median over the audiences (NaN when undefined on all of them) */
  median: number;
  /** the 10th and the 90th percentile over the audiences */
  low: number;
  high: number;
  /** audiences on which the figure is defined */
  defined: number;
  /**
   * Against the team ranked just below, seed by seed: on how many audiences this team did better
   * (`above`, in the figure's better direction), worse (`below`), and whether that many agreeing
   * is unlikely by luck. Absent for the last team and for undefined figures.
   */
  overNext?: SeedVerdict;
}

/** The value at quantile q of sorted values (nearest rank, as the comparison's bands). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.round(q * (sorted.length - 1))]! : NaN;
}

/**
 * The standings of teams from their figures, `figures[team][seed]` (every team on the same
 * seeds, in the same order). Best first in the figure's better direction (higher for a figure
 * that is neither better high nor low, as likes); ties keep the order given.
 */
export function standings(figures: readonly (readonly number[])[], better: 1 | -1 | 0): Standing[] {
  const sign = better === -1 ? -1 : 1;
  const rows = figures.map((values, team) => {
    const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    return {
      team,
      median: median(sorted),
      low: quantile(sorted, 0.1),
      high: quantile(sorted, 0.9),
      defined: sorted.length,
    };
  });
  const order = [...rows].sort((x, y) => {
    const xu = Number.isNaN(x.median);
    const yu = Number.isNaN(y.median);
    if (xu || yu) return Number(xu) - Number(yu) || x.team - y.team;
    return sign * (y.median - x.median) || x.team - y.team;
  });
  const lastPlace = order.filter((r) => !Number.isNaN(r.median)).length + 1;
  return order.map((row, i): Standing => {
    const next = order[i + 1];
    const defined = !Number.isNaN(row.median);
    const standing: Standing = { ...row, rank: defined ? i + 1 : lastPlace };
    if (defined && next && !Number.isNaN(next.median)) {
      // B against A with B this team, A the next one: "above" is this team doing better
      const mine = figures[row.team]!.map((v) => sign * v);
      const theirs = figures[next.team]!.map((v) => sign * v);
      const pairs = mine.map((v, s) => [theirs[s]!, v] as const).filter(([a, b]) => !Number.isNaN(a - b));
      standing.overNext = seedVerdict(
        pairs.map(([a]) => a),
        pairs.map(([, b]) => b),
      );
    }
    return standing;
  });
}

/**
 * A key figure day by day over a run: what the comparison would read had the run ended that day
 * (a figure summed over the run, as likes, accumulates).
 */
export function keyFigureSeries(
  run: Pick<ComparedRun, 'params'> & { frames: readonly DayFrame[] },
  figure: KeyFigure,
): number[] {
  return run.frames.map((_, d) =>
    keyFigure({ params: run.params, frames: run.frames.slice(0, d + 1) }, figure),
  );
}
