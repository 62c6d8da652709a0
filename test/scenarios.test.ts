/** Every scenario file shipped in simulations/ loads, validates and runs to its horizon. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/engine/report';
import { runScenario, simulate } from '../src/engine/run';
import { parametersOn, scenarioParameters } from '../src/model/scenario';
import { last, scenarioFiles, series, total } from './support/runs';

const files = scenarioFiles();

describe('shipped scenarios', () => {
  it('include the default, the Bass check and at least five teaching presets', () => {
    const names = files.map((f) => f.file);
    expect(names).toContain('default.json');
    expect(names).toContain('bass-diffusion.json');
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const { scenario } of files) {
      expect(scenario.description.length).toBeGreaterThan(40);
      expect(scenario.ru?.name).toMatch(/[а-яё]/i);
      expect(scenario.ru?.description).toMatch(/[а-яё]/i);
    }
  });

  it.each(files.map((f) => [f.file, f.scenario] as const))('%s runs to its horizon', (_, scenario) => {
    const frames = runScenario(scenario);
    const size = scenarioParameters(scenario)['audience.size'];
    expect(frames).toHaveLength(scenario.days);
    for (const f of frames) expect(f.counts.reduce((a, b) => a + b, 0)).toBe(size);
    expect(last(frames, 'buyers')).toBeGreaterThan(0);
  });

  it('include at least one that changes its strategy on a given day (version 2)', () => {
    const changing = files.filter((f) => f.scenario.changes?.length);
    expect(changing.map((f) => f.file)).toContain('answer-from-day-90.json');
    for (const { scenario } of changing) expect(scenario.version).toBe(2);
  });

  it.each(files.filter((f) => f.scenario.changes?.length).map((f) => [f.file, f.scenario] as const))(
    '%s runs its starting strategy until its first change, and another from then on',
    (_, scenario) => {
      const first = scenario.changes![0]!.day;
      const frames = runScenario(scenario);
      const unchanged = simulate(scenarioParameters(scenario), scenario.seed, scenario.days);
      expect(toCsv(frames.slice(0, first - 1))).toBe(toCsv(unchanged.slice(0, first - 1)));
      expect(parametersOn(scenario, first)).not.toEqual(parametersOn(scenario, first - 1));
    },
  );

  it('the default shows a visible loop: buyers, a growing community, complaints', () => {
    const frames = runScenario(files.find((f) => f.file === 'default.json')!.scenario);
    expect(last(frames, 'buyers')).toBeGreaterThan(20);
    expect(last(frames, 'followers')).toBeGreaterThan(2 * series(frames, 'followers')[0]!);
    expect(total(frames, 'complaints')).toBeGreaterThan(0);
    expect(total(frames, 'repeatPurchases')).toBeGreaterThan(0);
  });
});
