/**
 * A workshop challenge with no server: the teams' strategies, from their links or scenario files,
 * each run on the page's market and on the same audiences (seeds) on the worker pool, ranked by a
 * key figure with its spread, with each team's curve of that figure by day.
 *
 * The market is the page's scenario: who the audience is, how word of mouth travels, what ads
 * cost, what the product is. A team brings its strategy: the levers (research, targeting, ads
 * budget and retargeting, the content plan, the answers to feedback), from day 1 and as changed
 * during the run. Whatever else a team's link or file sets is set aside and said so, so that every
 * team plays the same market.
 */
import { bandOfSeries, keyFigure, type Band, type KeyFigure } from '../engine/compare';
import { keyFigureSeries, standings, type Standing } from '../engine/challenge';
import { LEVERS } from '../model/levers';
import type { ParameterName, Parameters } from '../model/parameters';
import {
  DEFAULT_CURRENCY,
  mergeChanges,
  scenarioParameters,
  type Currency,
  type Scenario,
  type StrategyChange,
} from '../model/scenario';
import { storeFromLink, type LinkCatalogue } from './link';
import type { LinkIssue } from '../i18n/strings';
import { framesOfResult, type WorkerPool } from './sweep';

/** The parameters a team chooses: the strategy's levers, each once. */
export const TEAM_PARAMETERS: readonly ParameterName[] = [...new Set(LEVERS.map((l) => l.parameter))];
const isTeamParameter = (name: string) => (TEAM_PARAMETERS as readonly string[]).includes(name);

/** At most this many teams in one challenge. */
export const MAX_TEAMS = 40;

/** The market every team plays: the page's scenario, from day 1 with its own changes. */
export interface Market {
  params: Parameters;
  changes: readonly StrategyChange[];
  currency: Currency;
}

/** A team's strategy as it will run: the market with the team's levers. */
export interface Team {
  name: string;
  from: 'link' | 'file';
  params: Parameters;
  changes: StrategyChange[];
  /** what of the team's link or file was not used, for the page to say */
  setAside: {
    /** parameters of the market the team's link or file set differently (the market's are used) */
    market: ParameterName[];
    /** entries of the team's link that could not be read */
    link: LinkIssue[];
  };
}

/** Why a team could not join. */
export type Refusal =
  | { kind: 'noLink'; line: number; text: string }
  | { kind: 'currency'; name: string; team: Currency; market: Currency }
  | { kind: 'tooMany'; name: string; max: number };

/** A line of the pasted text: a team's name (optional) and its link. */
export interface PastedLink {
  line: number;
  name: string | null;
  link: string;
}

/**
 * The links in pasted text, one per line, each optionally after a team's name ("Red team
 * https://…/?v=1&…"). A link is a word with a query ("…?…") or a bare query ("v=1&…"); a
 * line without one is refused, blank lines skipped.
 */
export function pastedLinks(text: string): { links: PastedLink[]; refused: Refusal[] } {
  const links: PastedLink[] = [];
  const refused: Refusal[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const words = line.split(/\s+/);
    const at = words.findIndex((w) => w.includes('?') || /^[\w.]+=/.test(w));
    if (at < 0) {
      refused.push({ kind: 'noLink', line: i + 1, text: line });
      return;
    }
    const name = words
      .slice(0, at)
      .join(' ')
      .replace(/[\s:–—-]+$/, '');
    links.push({ line: i + 1, name: name || null, link: words[at]! });
  });
  return { links, refused };
}

/** The query of a link: what follows its "?", or the whole text for a bare query. */
export function queryOf(link: string): string {
  const q = link.indexOf('?');
  const query = q >= 0 ? link.slice(q) : `?${link}`;
  const hash = query.indexOf('#');
  return hash >= 0 ? query.slice(0, hash) : query;
}

/** A strategy (start and changes) played on the market: the team's levers over the market's parameters. */
function onMarket(
  market: Market,
  start: Parameters,
  changes: readonly StrategyChange[],
): Pick<Team, 'params' | 'changes'> & { market: ParameterName[] } {
  const params = { ...market.params };
  const differing: ParameterName[] = [];
  for (const name of Object.keys(start) as ParameterName[]) {
    if (isTeamParameter(name)) params[name] = start[name];
    else if (start[name] !== market.params[name]) differing.push(name);
  }
  const teamChanges: StrategyChange[] = [];
  for (const change of changes) {
    const levers: Partial<Parameters> = {};
    for (const [name, value] of Object.entries(change.parameters) as [ParameterName, number][]) {
      if (isTeamParameter(name)) levers[name] = value;
      else if (!differing.includes(name)) differing.push(name);
    }
    if (Object.keys(levers).length) teamChanges.push({ day: change.day, parameters: levers });
  }
  // the market's own changes (of anything but the levers) come on their days, with the team's
  const marketChanges = market.changes
    .map((c) => ({
      day: c.day,
      parameters: Object.fromEntries(Object.entries(c.parameters).filter(([n]) => !isTeamParameter(n))),
    }))
    .filter((c) => Object.keys(c.parameters).length > 0);
  return { params, changes: mergeChanges(marketChanges, teamChanges), market: differing };
}

/** A team from a link, on the market; refused when its money is in another currency. */
export function teamFromLink(
  name: string,
  link: string,
  catalogue: LinkCatalogue,
  market: Market,
): Team | Refusal {
  const s = storeFromLink(queryOf(link), catalogue).getState();
  if (s.currency !== market.currency)
    return { kind: 'currency', name, team: s.currency, market: market.currency };
  const start = s.startParams ?? s.params;
  const played = onMarket(market, start, s.changes);
  return {
    name,
    from: 'link',
    params: played.params,
    changes: played.changes,
    setAside: { market: played.market, link: s.linkIssues },
  };
}

/** A team from a scenario file, on the market; refused when its money is in another currency. */
export function teamFromScenario(name: string, scenario: Scenario, market: Market): Team | Refusal {
  const currency = scenario.currency ?? DEFAULT_CURRENCY;
  if (currency !== market.currency)
    return { kind: 'currency', name, team: currency, market: market.currency };
  const played = onMarket(market, scenarioParameters(scenario), scenario.changes ?? []);
  return {
    name,
    from: 'file',
    params: played.params,
    changes: played.changes,
    setAside: { market: played.market, link: [] },
  };
}

/** `name`, or `name (2)`, `name (3)`… when a team already has it. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  let k = 2;
  while (taken.includes(`${name} (${k})`)) k++;
  return `${name} (${k})`;
}

/** A finished challenge: the standings, and each team's figure by day over the audiences. */
export interface ChallengeResult {
  figure: KeyFigure;
  seeds: readonly number[];
  days: number;
  /** figures[team][seed] */
  figures: number[][];
  standings: Standing[];
  /** per team, the figure by day: median and 10–90 % band over the audiences */
  curves: Band[];
}

/**
 * Runs every team on every seed for `days` days on the pool and ranks them. `progress` is told
 * runs done of runs asked as each arrives; cancelling the pool rejects with `Cancelled`.
 */
export async function runChallenge(
  pool: WorkerPool,
  teams: readonly Pick<Team, 'params' | 'changes'>[],
  options: { figure: KeyFigure; seeds: readonly number[]; days: number },
  progress: (done: number, total: number) => void = () => {},
): Promise<ChallengeResult> {
  const { figure, seeds, days } = options;
  const n = seeds.length;
  const jobs = teams.flatMap((t) =>
    seeds.map((seed) => ({ params: t.params, changes: t.changes, seed, days })),
  );
  const figures = teams.map(() => seeds.map(() => NaN));
  const series: number[][][] = teams.map(() => seeds.map(() => []));
  let done = 0;
  progress(0, jobs.length);
  await pool.run(jobs, (i, result) => {
    const team = Math.floor(i / n);
    const run = { params: teams[team]!.params, frames: framesOfResult(result) };
    figures[team]![i % n] = keyFigure(run, figure);
    series[team]![i % n] = keyFigureSeries(run, figure);
    progress(++done, jobs.length);
  });
  return {
    figure,
    seeds,
    days,
    figures,
    standings: standings(figures, figure.better),
    curves: series.map((s) => bandOfSeries(s)),
  };
}
