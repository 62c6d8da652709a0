/** Which scenario files the page offers as presets. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/scenario';
import { PRESETS } from './presets';

const dir = join(import.meta.dirname, '..', '..', 'simulations');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.slice(0, -'.json'.length),
    scenario: parseScenario(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  }));

describe('PRESETS', () => {
  it('offer every scenario file that keeps one strategy, default first', () => {
    const single = files.filter((f) => !f.scenario.changes?.length).map((f) => f.id);
    expect(PRESETS.map((p) => p.id).sort()).toEqual(single.sort());
    expect(PRESETS[0]!.id).toBe('default');
  });

  it('leave out the files that change their strategy on given days, which the page cannot apply yet', () => {
    const changing = files.filter((f) => f.scenario.changes?.length).map((f) => f.id);
    expect(changing).toContain('answer-from-day-90');
    for (const id of changing) expect(PRESETS.map((p) => p.id)).not.toContain(id);
  });
});
