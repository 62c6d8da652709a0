import { describe, expect, it } from 'vitest';
import { ScenarioError, parseScenario, scenarioParameters } from './scenario';
import { defaultParameters } from './parameters';

const valid = {
  version: 1,
  name: 'Test',
  description: 'A scenario',
  seed: 7,
  days: 30,
  parameters: { 'ads.dailyBudget': 120 },
};

function problem(data: unknown): string {
  try {
    parseScenario(data);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('expected a ScenarioError');
}

describe('scenario files', () => {
  it('keep the defaults for every parameter they do not name', () => {
    const s = parseScenario(valid);
    expect(scenarioParameters(s)).toEqual({ ...defaultParameters(), 'ads.dailyBudget': 120 });
  });

  it('accept a Russian name and description', () => {
    const s = parseScenario({ ...valid, ru: { name: 'Тест', description: 'Сценарий' } });
    expect(s.ru?.name).toBe('Тест');
  });

  it('name the field and what is allowed when something is wrong', () => {
    expect(problem([])).toBe('(file): must be a JSON object');
    expect(problem({ ...valid, version: 2 })).toBe('version: must be 1, got 2');
    expect(problem({ ...valid, seed: -1 })).toBe('seed: must be a whole number from 0 to 4294967295, got -1');
    expect(problem({ ...valid, days: 0 })).toBe('days: must be a whole number from 1 to 3650, got 0');
    expect(problem({ ...valid, days: '30' })).toMatch(/^days: must be a whole number/);
    expect(problem({ ...valid, name: 3 })).toBe('name: must be a string');
    expect(problem({ ...valid, budget: 3 })).toMatch(/^budget: unknown field; allowed: version, name/);
    expect(problem({ ...valid, parameters: { 'ads.ctr': 2 } })).toBe(
      'parameters.ads.ctr: ads.ctr must be a number from 0 to 1 (share), got 2',
    );
    expect(problem({ ...valid, parameters: { 'ads.ctr': null } })).toMatch(/^parameters.ads.ctr: .*got null/);
    expect(problem({ ...valid, parameters: { 'ad.ctr': 0.1 } })).toMatch(
      /^parameters.ad.ctr: unknown parameter/,
    );
    expect(problem({ ...valid, parameters: [] })).toMatch(/^parameters: must be an object/);
    expect(problem({ ...valid, ru: { name: 'x' } })).toMatch(/^ru: must be an object/);
  });
});
