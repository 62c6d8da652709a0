import { describe, expect, it } from 'vitest';
import { handlerClient } from '../../test/support/pool-client';
import { KEY_FIGURES, keyFigure } from '../engine/compare';
import { simulate } from '../engine/run';
import { defaultParameters, type Parameters } from '../model/parameters';
import type { Scenario } from '../model/scenario';
import { WorkerPool } from '../worker/pool';
import {
  pastedLinks,
  queryOf,
  runChallenge,
  teamFromLink,
  teamFromScenario,
  uniqueName,
  type Market,
  type Team,
} from './challenge';
import { writeUrl } from './url';

const defaults = defaultParameters();
const catalogue = { presets: [{ id: 'default', scenario: minimalScenario() }], lessons: [] };
const market: Market = { params: { ...defaults, 'audience.size': 400 }, changes: [], currency: 'USD' };

function minimalScenario(parameters: Partial<Parameters> = {}): Scenario {
  return { version: 2, name: 'Default', description: '', seed: 1, days: 180, parameters };
}

const isTeam = (x: Team | { kind: string }): x is Team => !('kind' in x);

describe('pasted links', () => {
  it('reads one link per line, with the team’s name before it, and refuses a line without a link', () => {
    const text = [
      'Red team https://example.org/smm/?v=1&ads.dailyBudget=30&seed=4',
      '',
      '  ?v=1&content.postsPerWeek=7  ',
      'Blue: v=1&feedback.responseHours=1',
      'we forgot our link',
    ].join('\r\n');
    const { links, refused } = pastedLinks(text);
    expect(links).toEqual([
      { line: 1, name: 'Red team', link: 'https://example.org/smm/?v=1&ads.dailyBudget=30&seed=4' },
      { line: 3, name: null, link: '?v=1&content.postsPerWeek=7' },
      { line: 4, name: 'Blue', link: 'v=1&feedback.responseHours=1' },
    ]);
    expect(refused).toEqual([{ kind: 'noLink', line: 5, text: 'we forgot our link' }]);
  });

  it('takes the query of a full link, a bare query, and drops a fragment', () => {
    expect(queryOf('https://x.org/a/?v=1&seed=2#top')).toBe('?v=1&seed=2');
    expect(queryOf('v=1&seed=2')).toBe('?v=1&seed=2');
  });
});

describe('a team on the market', () => {
  it('plays its levers on the market’s parameters and sets aside the market it changed', () => {
    const team = { ...defaults, 'ads.dailyBudget': 40, 'content.postsPerWeek': 9, 'product.price': 99 };
    const link = writeUrl(team, 7, 90, {
      changes: [{ day: 30, parameters: { 'feedback.responseHours': 1, 'ads.cpm': 3 } }],
    });
    const t = teamFromLink('Red', `https://x.org/${link}`, catalogue, market);
    if (!isTeam(t)) throw new Error('refused');
    expect(t.params['ads.dailyBudget']).toBe(40);
    expect(t.params['content.postsPerWeek']).toBe(9);
    // the market's: the price and the audience the team did not choose
    expect(t.params['product.price']).toBe(defaults['product.price']);
    expect(t.params['audience.size']).toBe(400);
    expect(t.changes).toEqual([{ day: 30, parameters: { 'feedback.responseHours': 1 } }]);
    expect(t.setAside.market).toEqual(['audience.size', 'product.price', 'ads.cpm']);
    expect(t.setAside.link).toEqual([]);
  });

  it('keeps the market’s own changes beside the team’s', () => {
    const m: Market = {
      ...market,
      changes: [{ day: 10, parameters: { 'ads.cpm': 20, 'ads.dailyBudget': 5 } }],
    };
    const t = teamFromScenario(
      'Green',
      {
        ...minimalScenario({ 'ads.dailyBudget': 25 }),
        changes: [{ day: 10, parameters: { 'content.quality': 0.9 } }],
      },
      m,
    );
    if (!isTeam(t)) throw new Error('refused');
    // the market's change of a lever (the page's own budget) is not the team's: left out
    expect(t.changes).toEqual([{ day: 10, parameters: { 'ads.cpm': 20, 'content.quality': 0.9 } }]);
    expect(t.params['ads.dailyBudget']).toBe(25);
  });

  it('says which entries of a team’s link could not be read', () => {
    const t = teamFromLink('Odd', '?v=1&ads.dailyBudget=lots&content.quality=0.8', catalogue, market);
    if (!isTeam(t)) throw new Error('refused');
    expect(t.params['content.quality']).toBe(0.8);
    expect(t.setAside.link.map((i) => i.entry)).toEqual(['ads.dailyBudget=lots']);
  });

  it('refuses a team whose money is in another currency', () => {
    expect(teamFromLink('Rub', '?v=1&currency=RUB', catalogue, market)).toEqual({
      kind: 'currency',
      name: 'Rub',
      team: 'RUB',
      market: 'USD',
    });
    expect(teamFromScenario('Rub', { ...minimalScenario(), currency: 'RUB' }, market)).toMatchObject({
      kind: 'currency',
    });
  });

  it('names a second team of the same name apart', () => {
    expect(uniqueName('Red', ['Blue'])).toBe('Red');
    expect(uniqueName('Red', ['Red', 'Red (2)'])).toBe('Red (3)');
  });
});

describe('running a challenge on the pool', () => {
  const figure = KEY_FIGURES.find((f) => f.id === 'buyers')!;
  const teams = [
    { params: market.params, changes: [] },
    { params: { ...market.params, 'ads.dailyBudget': 60 }, changes: [] },
    {
      params: { ...market.params, 'ads.dailyBudget': 0 },
      changes: [{ day: 5, parameters: { 'ads.dailyBudget': 30 } }],
    },
  ];

  it('runs every team on the same seeds, ranks them, and gives each one’s curve by day', async () => {
    const pool = new WorkerPool(2, () => handlerClient());
    const progress: number[] = [];
    const r = await runChallenge(pool, teams, { figure, seeds: [1, 2, 3], days: 20 }, (d) =>
      progress.push(d),
    );
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // each figure is the run's own, on its seed, with its changes
    for (const [t, team] of teams.entries())
      for (const [k, seed] of [1, 2, 3].entries()) {
        const frames = simulate(team.params, seed, 20, { changes: team.changes, countTransitions: false });
        expect(r.figures[t]![k]).toBe(keyFigure({ params: team.params, frames }, figure));
      }
    expect(r.standings.map((s) => s.team)[0]).toBe(1);
    expect(r.standings.map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(r.curves).toHaveLength(3);
    for (const [t, curve] of r.curves.entries()) {
      expect(curve.middle).toHaveLength(20);
      expect(curve.middle[19]).toBe(r.standings.find((s) => s.team === t)!.median);
    }
  });
});
