import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/scenario';
import { ReportWriter, toCsv, toRecords } from './report';
import { runScenario, scenarioDays } from './run';

const scenario = parseScenario({
  version: 2,
  name: 'Stream',
  description: 'A run written day by day',
  seed: 11,
  days: 45,
  parameters: { 'audience.size': 400 },
  changes: [{ day: 20, parameters: { 'ads.dailyBudget': 0 } }],
});

describe('a run one day at a time', () => {
  it('gives the frames of the whole run, in order, with its changes of strategy', () => {
    const days = [...scenarioDays(scenario, { countTransitions: false })];
    expect(toCsv(days)).toBe(toCsv(runScenario(scenario, { countTransitions: false })));
  });

  it('computes a day only when it is asked for', () => {
    const days = scenarioDays({ ...scenario, days: 3650 });
    const first = days.next();
    expect(first.done).toBe(false);
    expect(first.value && first.value.day).toBe(1);
    days.return(undefined);
    expect(days.next().done).toBe(true);
  });

  it('writes, piece by piece, the CSV and the JSON the CLI has always printed', () => {
    const frames = runScenario(scenario, { countTransitions: false });
    for (const format of ['csv', 'json'] as const) {
      const pieces: string[] = [];
      const writer = new ReportWriter(format, (text) => pieces.push(text));
      for (const f of frames) writer.day(f);
      writer.end();
      const whole =
        format === 'csv'
          ? toCsv(frames)
          : `[\n${toRecords(frames)
              .map((r) => JSON.stringify(r))
              .join(',\n')}\n]\n`;
      expect(pieces.join('')).toBe(whole);
    }
  });
});
