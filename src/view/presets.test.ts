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
  it('offer every scenario file, default first, those that change their strategy during the run too', () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual(files.map((f) => f.id).sort());
    expect(PRESETS[0]!.id).toBe('default');
    expect(PRESETS.find((p) => p.id === 'answer-from-day-90')!.scenario.changes).toHaveLength(1);
  });
});
