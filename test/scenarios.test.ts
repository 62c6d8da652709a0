/** Every scenario file shipped in simulations/ loads, validates and runs to its horizon. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../src/engine/run';
import { scenarioParameters } from '../src/model/scenario';
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

  it('the default shows a visible loop: buyers, a growing community, complaints', () => {
    const frames = runScenario(files.find((f) => f.file === 'default.json')!.scenario);
    expect(last(frames, 'buyers')).toBeGreaterThan(20);
    expect(last(frames, 'followers')).toBeGreaterThan(2 * series(frames, 'followers')[0]!);
    expect(total(frames, 'complaints')).toBeGreaterThan(0);
    expect(total(frames, 'repeatPurchases')).toBeGreaterThan(0);
  });
});
