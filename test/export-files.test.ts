/**
 * Taking a run home: the names of exported files (slug and settings hash), the scenario file the
 * page saves and reads back, and the command that reproduces the run headless.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { toCsv } from '../src/engine/report';
import { runScenario, simulate } from '../src/engine/run';
import { defaultParameters, type Parameters } from '../src/model/parameters';
import { mergeChanges, parseScenario, type Scenario } from '../src/model/scenario';
import { initialState } from '../src/store/app-store';
import { cliCommand } from '../src/view/export/command';
import { exportBaseName, settingsHash, slug } from '../src/view/export/names';
import {
  currentBaseName,
  currentScenario,
  readScenario,
  scenarioText,
  type ScenarioState,
} from '../src/view/export/scenario-file';
import { PRESETS } from '../src/view/presets';

const ROOT = join(import.meta.dirname, '..');

describe('slug', () => {
  it('keeps Latin letters and digits, joins the rest with single hyphens', () => {
    expect(slug('Default strategy')).toBe('default-strategy');
    expect(slug('  Ads only!! (v2) ')).toBe('ads-only-v2');
    expect(slug('Café — 90 days')).toBe('cafe-90-days');
  });
  it('writes Russian in Latin letters, and says "scenario" when nothing is left', () => {
    expect(slug('Малый бизнес')).toBe('malyy-biznes');
    expect(slug('★★★')).toBe('scenario');
    expect(slug('a'.repeat(100))).toHaveLength(40);
  });
});

describe('settingsHash and the base name', () => {
  const base = { seed: 1, days: 180, parameters: {}, currency: 'USD' as const };
  it('is six hex digits, the same whatever the order of the parameters', () => {
    const a = settingsHash({ parameters: { 'ads.ctr': 0.02, 'ads.dailyBudget': 50 } });
    const b = settingsHash({ parameters: { 'ads.dailyBudget': 50, 'ads.ctr': 0.02 } });
    expect(a).toMatch(/^[0-9a-f]{6}$/);
    expect(a).toBe(b);
  });
  it('differs when a parameter, a change or the currency differs; seed and days are in the name', () => {
    const hashes = new Set([
      settingsHash(base),
      settingsHash({ ...base, parameters: { 'ads.dailyBudget': 50 } }),
      settingsHash({ ...base, parameters: { 'ads.dailyBudget': 51 } }),
      settingsHash({ ...base, changes: [{ day: 9, parameters: { 'ads.dailyBudget': 50 } }] }),
      settingsHash({ ...base, currency: 'RUB' }),
    ]);
    expect(hashes.size).toBe(5);
    expect(settingsHash({ ...base, changes: [] })).toBe(settingsHash(base));
    expect(settingsHash({ parameters: {} })).toBe(settingsHash(base));
  });
  it('names the files smm-loop-<slug>-seed<N>-<days>d-<hash>', () => {
    expect(exportBaseName('default', base)).toMatch(/^smm-loop-default-seed1-180d-[0-9a-f]{6}$/);
    const state: ScenarioState = initialState();
    expect(currentBaseName(state)).toBe(`smm-loop-default-seed1-180d-${settingsHash(base)}`);
    expect(currentBaseName({ ...state, presetId: null, seed: 7, days: 30 })).toMatch(
      /^smm-loop-custom-seed7-30d-/,
    );
    expect(currentBaseName({ ...state, presetId: null }, { name: 'Мой план', description: '' })).toMatch(
      /^smm-loop-moy-plan-seed1-180d-/,
    );
  });
});

/** The page's state for a preset, as the store loads it. */
function presetState(id: string): ScenarioState {
  const s = PRESETS.find((p) => p.id === id)!.scenario;
  const start = { ...defaultParameters(), ...s.parameters };
  let params = start;
  for (const c of s.changes ?? []) params = { ...params, ...c.parameters } as Parameters;
  return {
    ...initialState(),
    presetId: id,
    params,
    startParams: s.changes?.length ? start : null,
    changes: [...(s.changes ?? [])],
    seed: s.seed,
    days: s.days,
    currency: s.currency ?? 'USD',
  };
}

/** The CSV of the page's state: its strategy on day 1 with its changes, on its seed and horizon. */
const pageCsv = (s: ScenarioState) =>
  toCsv(simulate(s.startParams ?? s.params, s.seed, s.days, { changes: s.changes, countTransitions: false }));

/** What `npm run simulate` runs for a command line (as src/cli/simulate.ts builds it). */
function commandScenario(command: string): Scenario {
  const words = command.split(' ');
  expect(words.slice(0, 5)).toEqual(['npm', 'run', '-s', 'simulate', '--']);
  const options = parseArgs(words.slice(5));
  const base = parseScenario(JSON.parse(readFileSync(join(ROOT, options.file), 'utf8')));
  return {
    ...base,
    seed: options.seed ?? base.seed,
    days: options.days ?? base.days,
    parameters: { ...base.parameters, ...options.set },
    changes: mergeChanges(base.changes ?? [], options.changes),
  };
}

const custom: ScenarioState = {
  ...initialState(),
  presetId: null,
  seed: 11,
  days: 60,
  startParams: { ...defaultParameters(), 'audience.size': 1200, 'ads.dailyBudget': 35.5 },
  params: {
    ...defaultParameters(),
    'audience.size': 1200,
    'ads.dailyBudget': 20,
    'feedback.answeredShare': 1,
  },
  changes: [
    { day: 20, parameters: { 'ads.dailyBudget': 20 } },
    { day: 40, parameters: { 'feedback.answeredShare': 1 } },
  ],
};

const states: [string, ScenarioState][] = [
  ['the default preset', presetState('default')],
  ['a preset with a change during the run', { ...presetState('answer-from-day-90'), days: 120, seed: 4 }],
  [
    'a preset edited on day 1',
    { ...presetState('ads-only'), params: { ...presetState('ads-only').params, 'ads.ctr': 0.03 } },
  ],
  [
    'a preset whose own change was dropped',
    { ...presetState('answer-from-day-90'), startParams: null, changes: [], days: 100 },
  ],
  ['a strategy of no preset, with changes', custom],
];

describe('cliCommand', () => {
  it('starts from the preset’s file, else from simulations/default.json', () => {
    expect(cliCommand(presetState('default'))).toBe(
      'npm run -s simulate -- simulations/default.json --seed 1 --days 180',
    );
    expect(cliCommand(custom)).toBe(
      'npm run -s simulate -- simulations/default.json --seed 11 --days 60 --set audience.size=1200 ' +
        '--set ads.dailyBudget=35.5 --change 20:ads.dailyBudget=20 --change 40:feedback.answeredShare=1',
    );
    // the preset's change cannot be taken back on the command line: the default file it is
    expect(cliCommand(states[3]![1])).toMatch(/simulations\/default\.json/);
    expect(cliCommand(states[1]![1])).toMatch(/simulations\/answer-from-day-90\.json --seed 4 --days 120/);
  });

  it.each(states)('runs %s as the page does, CSV byte for byte', (_, state) => {
    const scenario = commandScenario(cliCommand(state));
    expect(toCsv(runScenario(scenario, { countTransitions: false }))).toBe(pageCsv(state));
  });
});

describe('the scenario file the page saves', () => {
  it.each(states)('of %s reads back valid and runs as the page does', (_, state) => {
    const saved = currentScenario(state);
    const read = readScenario(scenarioText(saved));
    expect(read).toEqual({ ok: true, scenario: saved });
    expect(toCsv(runScenario(saved, { countTransitions: false }))).toBe(pageCsv(state));
  });

  it('keeps a preset’s names in both languages, and says when it was edited', () => {
    expect(currentScenario(presetState('default'))).toMatchObject({
      version: 2,
      name: 'Default strategy',
      parameters: {},
      currency: 'USD',
      ru: { name: 'Стратегия по умолчанию' },
    });
    expect(currentScenario(states[2]![1]).name).toMatch(/\(modified\)$/);
    expect(currentScenario(states[2]![1]).ru?.name).toMatch(/\(изменённая\)$/);
  });

  it('refuses what is not a scenario, in the validator’s words', () => {
    expect(readScenario('{ nope')).toMatchObject({ ok: false, json: false });
    expect(readScenario('{"version": 2, "name": "x"}')).toMatchObject({
      ok: false,
      json: true,
      problem: [
        'description: missing; a text in double quotes',
        'seed: missing; a whole number from 0 to 4294967295',
        'days: missing; a whole number from 1 to 3650',
        'parameters: missing; an object of parameter names and numbers, such as { "ads.dailyBudget": 20 }',
      ].join('\n'),
    });
  });

  it('runs unchanged in the CLI, giving the page’s CSV', () => {
    const state = custom;
    const file = join(ROOT, 'test-results', `${currentBaseName(state)}.json`);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(file, scenarioText(currentScenario(state)));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(pageCsv(state));
  });
});
