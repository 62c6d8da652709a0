import { describe, expect, it } from 'vitest';
import {
  ScenarioError,
  mergeChanges,
  parseChanges,
  parametersOn,
  parseScenario,
  scenarioParameters,
} from './scenario';
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

  it('are in dollars unless they say roubles, and name a currency they do not know', () => {
    expect(parseScenario(valid).currency).toBeUndefined();
    expect(parseScenario({ ...valid, currency: 'RUB' }).currency).toBe('RUB');
    expect(parseScenario({ ...valid, currency: 'USD' }).currency).toBe('USD');
    expect(problem({ ...valid, currency: 'EUR' })).toBe(
      'currency: must be "USD" or "RUB", got the text "EUR"',
    );
    expect(problem({ ...valid, currency: 'rub' })).toBe(
      'currency: must be "USD" or "RUB", got the text "rub"',
    );
  });

  it('name the field and what is allowed when something is wrong', () => {
    expect(problem([])).toBe(
      '(file): must be an object with version, name, description, seed, days and parameters, got a list',
    );
    expect(problem({ ...valid, version: 0 })).toBe('version: must be 1 or 2, got 0');
    expect(problem({ ...valid, version: 3 })).toBe(
      'version: 3 is newer than this program reads (1 or 2); open the file in a newer SMM Loop',
    );
    expect(problem({ ...valid, version: '2' })).toBe(
      'version: must be 1 or 2, written without quotes; got the text "2" (write 2)',
    );
    expect(problem({ ...valid, seed: -1 })).toBe('seed: must be a whole number from 0 to 4294967295, got -1');
    expect(problem({ ...valid, days: 0 })).toBe('days: must be a whole number from 1 to 3650, got 0');
    expect(problem({ ...valid, days: '30' })).toBe(
      'days: must be a whole number from 1 to 3650, written without quotes; got the text "30" (write 30)',
    );
    // the number as JSON writes it
    expect(problem({ ...valid, days: ' +5 ' })).toMatch(/got the text " \+5 " \(write 5\)$/);
    expect(problem({ ...valid, parameters: { 'ads.ctr': '.5' } })).toMatch(
      /got the text "\.5" \(write 0\.5\)$/,
    );
    expect(problem({ ...valid, days: '1e999' })).toMatch(/got the text "1e999"$/);
    expect(problem({ ...valid, days: 'soon' })).toBe(
      'days: must be a whole number from 1 to 3650, got the text "soon"',
    );
    expect(problem({ ...valid, name: 3 })).toBe('name: must be a text in double quotes, got 3');
    expect(problem({ ...valid, budget: 3 })).toMatch(/^budget: unknown field; allowed: version, name/);
    expect(problem({ ...valid, budget: 3 })).toMatch(/parameters, changes, ru, currency$/);
    expect(problem({ ...valid, sead: 3 })).toBe('sead: unknown; did you mean seed?');
    expect(problem({ ...valid, parameters: { 'ads.ctr': 2 } })).toBe(
      'parameters.ads.ctr: must be a number from 0 to 1 (share), got 2',
    );
    expect(problem({ ...valid, parameters: { 'ads.ctr': null } })).toBe(
      'parameters.ads.ctr: must be a number from 0 to 1 (share), got null',
    );
    expect(problem({ ...valid, parameters: { 'ad.ctr': 0.1 } })).toBe(
      'parameters.ad.ctr: unknown; did you mean ads.ctr?',
    );
    expect(problem({ ...valid, parameters: { 'ads.clicks': 0.1 } })).toBe(
      'parameters.ads.clicks: unknown parameter; the parameters are listed in docs/parameters.md',
    );
    expect(problem({ ...valid, parameters: [] })).toMatch(
      /^parameters: must be an object of parameter names and numbers, such as \{ "ads\.dailyBudget": 20 \}, got a list$/,
    );
    expect(problem({ ...valid, ru: { name: 'x' } })).toBe('ru.description: missing; a text in double quotes');
    expect(problem({ ...valid, ru: 'x' })).toMatch(/^ru: must be an object with name and description/);
  });
});

describe('version 2: changes of strategy over time', () => {
  const v2 = {
    ...valid,
    version: 2,
    days: 180,
    changes: [
      { day: 120, parameters: { 'ads.dailyBudget': 0 } },
      { day: 90, parameters: { 'feedback.answeredShare': 1, 'ads.dailyBudget': 200 } },
    ],
  };

  it('load version 1 files as before: no changes, nothing added', () => {
    const s = parseScenario(valid);
    expect(s).toEqual({
      version: 1,
      name: 'Test',
      description: 'A scenario',
      seed: 7,
      days: 30,
      parameters: { 'ads.dailyBudget': 120 },
    });
    expect(parametersOn(s, 30)).toEqual(scenarioParameters(s));
  });

  it('keep the changes in order of day, each with its own parameters', () => {
    const s = parseScenario(v2);
    expect(s.version).toBe(2);
    expect(s.changes).toEqual([
      { day: 90, parameters: { 'feedback.answeredShare': 1, 'ads.dailyBudget': 200 } },
      { day: 120, parameters: { 'ads.dailyBudget': 0 } },
    ]);
    expect(parseScenario({ ...valid, version: 2 }).changes).toBeUndefined();
    expect(parseScenario({ ...v2, changes: [] }).changes).toEqual([]);
  });

  it('give the parameters in force on each day: the start, then every change made by that day', () => {
    const s = parseScenario(v2);
    const start = { ...defaultParameters(), 'ads.dailyBudget': 120 };
    expect(parametersOn(s, 0)).toEqual(start);
    expect(parametersOn(s, 1)).toEqual(start);
    expect(parametersOn(s, 89)).toEqual(start);
    const from90 = { ...start, 'feedback.answeredShare': 1, 'ads.dailyBudget': 200 };
    expect(parametersOn(s, 90)).toEqual(from90);
    expect(parametersOn(s, 119)).toEqual(from90);
    // a later change replaces only what it names; the earlier change's other values stay
    expect(parametersOn(s, 120)).toEqual({ ...from90, 'ads.dailyBudget': 0 });
    expect(parametersOn(s, 180)).toEqual({ ...from90, 'ads.dailyBudget': 0 });
    // unsorted changes (built in code rather than parsed) are applied in order of day all the same
    expect(parametersOn({ parameters: {}, changes: v2.changes }, 150)['ads.dailyBudget']).toBe(0);
  });

  it('allow a change on day 1 and on the last day, nothing outside the run', () => {
    const on = (day: unknown) => ({ ...v2, changes: [{ day, parameters: { 'ads.ctr': 0.02 } }] });
    expect(parseScenario(on(1)).changes![0]!.day).toBe(1);
    expect(parseScenario(on(180)).changes![0]!.day).toBe(180);
    expect(problem(on(0))).toBe(
      "changes[0].day: must be a whole number from 1 to 180, got 0 (the run's days)",
    );
    expect(problem(on(181))).toMatch(/^changes\[0\]\.day: must be a whole number from 1 to 180, got 181/);
    expect(problem(on(90.5))).toMatch(/^changes\[0\]\.day: .*got 90\.5/);
    expect(problem(on('90'))).toMatch(/^changes\[0\]\.day: .*without quotes; got the text "90"/);
    expect(problem(on(undefined))).toBe(
      "changes[0].day: missing; a whole number from 1 to 180 (the run's days)",
    );
  });

  it('name the entry, the field and what is allowed when a change is wrong', () => {
    const change = (...changes: unknown[]) => problem({ ...v2, changes });
    expect(problem({ ...valid, changes: [] })).toBe('changes: needs "version": 2 (version 1 has no changes)');
    expect(problem({ ...v2, changes: {} })).toMatch(
      /^changes: must be a list of changes, each \{ "day": 90, "parameters": \{ "ads\.dailyBudget": 20 \} \}, got an object$/,
    );
    expect(change(3)).toBe('changes[0]: must be an object with day and parameters, got 3');
    expect(change({ day: 5, parameters: { 'ads.ctr': 0.1 }, note: 'x' })).toBe(
      'changes[0].note: unknown field; allowed: day, parameters',
    );
    expect(change({ day: 5, parameters: { 'ads.ctr': 0.1 }, parameter: {} })).toBe(
      'changes[0].parameter: unknown; did you mean parameters?',
    );
    expect(change({ day: 5 })).toMatch(
      /^changes\[0\]\.parameters: missing; an object of parameter names and numbers, such as/,
    );
    expect(change({ day: 5, parameters: {} })).toBe(
      'changes[0].parameters: must name at least one parameter',
    );
    expect(change({ day: 5, parameters: { 'ads.ctr': 0.1 } }, { day: 6, parameters: { 'ads.ctr': 2 } })).toBe(
      'changes[1].parameters.ads.ctr: must be a number from 0 to 1 (share), got 2',
    );
    expect(change({ day: 5, parameters: { 'ad.ctr': 0.1 } })).toBe(
      'changes[0].parameters.ad.ctr: unknown; did you mean ads.ctr?',
    );
  });

  it('refuse two entries for one day, naming both', () => {
    expect(
      problem({
        ...v2,
        changes: [
          { day: 90, parameters: { 'ads.ctr': 0.02 } },
          { day: 100, parameters: { 'ads.ctr': 0.03 } },
          { day: 90, parameters: { 'ads.cpm': 8 } },
        ],
      }),
    ).toBe(
      "changes[2].day: day 90 already has a change (changes[0]); put all of a day's parameters in one entry",
    );
  });

  it('refuse to change the audience during a run, naming the field', () => {
    for (const name of ['audience.size', 'audience.targetShare', 'audience.initialFollowers'] as const) {
      const message = problem({
        ...v2,
        changes: [{ day: 90, parameters: { [name]: defaultParameters()[name] } }],
      });
      expect(message.startsWith(`changes[0].parameters.${name}: ${name} cannot change during a run`)).toBe(
        true,
      );
    }
    expect(problem({ ...v2, changes: [{ day: 90, parameters: { 'audience.size': 800 } }] })).toBe(
      'changes[0].parameters.audience.size: audience.size cannot change during a run (the audience is drawn on day 0); set it in "parameters"',
    );
    // other audience parameters may change: how much outsiders care, how long people remember
    expect(
      parseScenario({ ...v2, changes: [{ day: 90, parameters: { 'audience.forgetDays': 60 } }] }).changes,
    ).toHaveLength(1);
  });

  it('check changes from elsewhere (the page, the command line) with the same rules', () => {
    expect(parseChanges([{ day: 3, parameters: { 'ads.ctr': 0.1 } }], 3)).toHaveLength(1);
    expect(() => parseChanges([{ day: 4, parameters: { 'ads.ctr': 0.1 } }], 3)).toThrow(
      /^changes\[0\]\.day: must be a whole number from 1 to 3/,
    );
  });

  it('merge two lists by day, the later list winning for the parameters it names', () => {
    expect(
      mergeChanges(
        [
          { day: 90, parameters: { 'ads.ctr': 0.02, 'ads.cpm': 8 } },
          { day: 120, parameters: { 'ads.ctr': 0.03 } },
        ],
        [
          { day: 100, parameters: { 'ads.dailyBudget': 70 } },
          { day: 90, parameters: { 'ads.ctr': 0.05 } },
        ],
      ),
    ).toEqual([
      { day: 90, parameters: { 'ads.ctr': 0.05, 'ads.cpm': 8 } },
      { day: 100, parameters: { 'ads.dailyBudget': 70 } },
      { day: 120, parameters: { 'ads.ctr': 0.03 } },
    ]);
    expect(mergeChanges([], [])).toEqual([]);
  });
});
