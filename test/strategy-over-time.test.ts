/**
 * Strategy over time: a scenario may change parameters on given days. The run up to the day of
 * a change is byte-identical to the run without it, so a trainer can say "from day 90 we start
 * answering complaints" without rewriting the past.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_INDEX } from '../src/engine/metrics';
import { toCsv } from '../src/engine/report';
import { runScenario, simulate, type RunnerName } from '../src/engine/run';
import { Simulation } from '../src/engine/simulation';
import { tableStepper } from '../src/engine/compile';
import { parametersOn, parseScenario, scenarioParameters, type StrategyChange } from '../src/model/scenario';
import { params, seeds, SIMULATIONS_DIR } from './support/runs';
import type { DayFrame } from '../src/engine/simulation';

const impressions = (f: DayFrame) => f.metrics[METRIC_INDEX.impressions]!;

/** A flow summed over days `from` … `to` (1 for the first day). */
const sum = (frames: readonly DayFrame[], metric: keyof typeof METRIC_INDEX, from: number, to: number) =>
  frames.slice(from - 1, to).reduce((a, f) => a + f.metrics[METRIC_INDEX[metric]]!, 0);

describe('a change of strategy on a given day', () => {
  const strategy = params({ 'audience.size': 1000 });
  const cut: StrategyChange[] = [
    { day: 90, parameters: { 'ads.dailyBudget': strategy['ads.dailyBudget'] / 5 } },
  ];

  it.each(['fast', 'xstate'] as RunnerName[])(
    'leaves days 1–89 byte-identical to the run without it and changes the run from day 90 on (%s runner)',
    (runner) => {
      const without = simulate(strategy, 3, 110, { runner, recordMoves: true });
      const changed = simulate(strategy, 3, 110, { runner, recordMoves: true, changes: cut });
      expect(toCsv(changed.slice(0, 89))).toBe(toCsv(without.slice(0, 89)));
      expect(changed.slice(0, 89).map((f) => f.moves)).toEqual(without.slice(0, 89).map((f) => f.moves));
      // a budget cut to a fifth buys a fifth of the impressions from day 90 on
      for (let d = 89; d < 110; d++)
        expect(impressions(changed[d]!)).toBeLessThan(impressions(without[d]!) / 2);
      expect(toCsv(changed.slice(89))).not.toBe(toCsv(without.slice(89)));
    },
  );

  it('gives the same run with both runners', () => {
    const changes: StrategyChange[] = [
      { day: 30, parameters: { 'feedback.answeredShare': 1, 'feedback.responseHours': 1 } },
      { day: 60, parameters: { 'ads.dailyBudget': 120, 'content.postsPerWeek': 10 } },
    ];
    const run = (runner: RunnerName) =>
      toCsv(simulate(strategy, 8, 90, { runner, changes, countTransitions: false }));
    expect(run('fast')).toBe(run('xstate'));
    expect(run('fast')).not.toBe(toCsv(simulate(strategy, 8, 90)));
  });

  it('runs each day with the parameters in force on it (parametersOn)', () => {
    const scenario = {
      parameters: { 'audience.size': 1200 },
      changes: [
        { day: 20, parameters: { 'ads.dailyBudget': 0, 'content.quality': 0.9 } },
        { day: 35, parameters: { 'ads.dailyBudget': 80 } },
      ],
    };
    const sim = new Simulation(scenarioParameters(scenario), { seed: 4, stepper: tableStepper });
    const byHand: DayFrame[] = [];
    for (let day = 1; day <= 50; day++) {
      sim.setParameters(parametersOn(scenario, day));
      byHand.push(sim.step());
    }
    const scheduled = simulate(scenarioParameters(scenario), 4, 50, { changes: scenario.changes });
    expect(toCsv(scheduled)).toBe(toCsv(byHand));
    expect(scheduled.slice(19, 34).every((f) => impressions(f) === 0)).toBe(true);
    expect(impressions(scheduled[34]!)).toBeGreaterThan(0);
  });

  it('a change on day 1 is the same as starting with it', () => {
    const change = { 'ads.dailyBudget': 90, 'research.valueFit': 0.8 };
    expect(toCsv(simulate(strategy, 6, 40, { changes: [{ day: 1, parameters: change }] }))).toBe(
      toCsv(simulate({ ...strategy, ...change }, 6, 40)),
    );
  });

  it('refuses to change the audience size during a run', () => {
    expect(() =>
      simulate(strategy, 1, 10, { changes: [{ day: 5, parameters: { 'audience.size': 800 } }] }),
    ).toThrow(/audience\.size cannot change during a run/);
  });
});

describe('simulations/answer-from-day-90.json, paired with the default on 10 seeds', () => {
  const file = parseScenario(
    JSON.parse(readFileSync(join(SIMULATIONS_DIR, 'answer-from-day-90.json'), 'utf8')),
  );
  const runs = seeds(10).map((seed) => ({
    seed,
    base: simulate(scenarioParameters(file), seed, file.days),
    changed: runScenario({ ...file, seed }),
  }));

  it('is the default strategy until day 90, then answers every complaint within the hour', () => {
    expect(scenarioParameters(file)).toEqual(params());
    expect(file.changes).toEqual([
      { day: 90, parameters: { 'feedback.answeredShare': 1, 'feedback.responseHours': 1 } },
    ]);
  });

  it('repeats the default run exactly for days 1–89 on every seed', () => {
    for (const { base, changed } of runs) expect(toCsv(changed.slice(0, 89))).toBe(toCsv(base.slice(0, 89)));
  });

  it('answers every complaint made from day 90, by the next day, on every seed', () => {
    for (const { changed } of runs) {
      expect(sum(changed, 'complaintsAnswered', 91, file.days)).toBeGreaterThanOrEqual(
        sum(changed, 'complaints', 90, file.days - 1),
      );
    }
  });

  it('answers a larger share of complaints than the default from day 90, and keeps more of those who complain', () => {
    // Summed over the seeds: a single seed has only a handful of complaints after day 90.
    const total = (run: 'base' | 'changed', metric: keyof typeof METRIC_INDEX) =>
      runs.reduce((a, r) => a + sum(r[run], metric, 90, file.days), 0);
    const complaints = { base: total('base', 'complaints'), changed: total('changed', 'complaints') };
    expect(complaints.base).toBeGreaterThan(10);
    expect(complaints.changed).toBeGreaterThan(10);
    const answered = (run: 'base' | 'changed') => total(run, 'complaintsAnswered') / complaints[run];
    const kept = (run: 'base' | 'changed') => total(run, 'recovered') / complaints[run];
    expect(answered('changed')).toBeGreaterThan(answered('base'));
    expect(kept('changed')).toBeGreaterThan(kept('base'));
  });
});
