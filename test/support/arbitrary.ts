/**
 * fast-check arbitraries over the parameter schema: every parameter drawn within its [min, max],
 * on a log scale where the schema marks it `log`, whole where it is an integer, with both ends
 * drawn often (where edge cases live); and strategies over time (random changes on random days).
 */
import fc from 'fast-check';
import {
  PARAMETERS,
  defaultParameters,
  type ParameterName,
  type ParameterSpec,
  type Parameters,
} from '../../src/model/parameters';
import { FIXED_DURING_RUN, type StrategyChange } from '../../src/model/scenario';

/**
 * One parameter's values. A log range drawn log-uniformly; one that starts at 0 (a budget, a
 * price) from its step up to the max, with 0 itself drawn as an end. `range` narrows the draw
 * (the audience's size, kept small so that each case is quick).
 */
export function parameterValue(
  s: ParameterSpec,
  range: { min?: number; max?: number } = {},
): fc.Arbitrary<number> {
  const min = Math.max(s.min, range.min ?? s.min);
  const max = Math.min(s.max, range.max ?? s.max);
  const whole = (x: number) => (s.integer ? Math.min(max, Math.max(min, Math.round(x))) : x);
  let inside: fc.Arbitrary<number>;
  if (s.log) {
    const low = min > 0 ? min : Math.min(s.step, max);
    inside = fc
      .double({ min: Math.log(low), max: Math.log(max), noNaN: true })
      .map((x) => whole(Math.min(max, Math.max(min, Math.exp(x)))));
  } else if (s.integer) {
    inside = fc.integer({ min, max });
  } else {
    // + 0 turns a drawn −0 into 0
    inside = fc.double({ min, max, noNaN: true }).map((x) => x + 0);
  }
  return fc.oneof({ arbitrary: inside, weight: 8 }, { arbitrary: fc.constantFrom(min, max), weight: 2 });
}

/** A full parameter set, each value drawn over its whole range except where `ranges` narrows it. */
export function parametersArbitrary(
  ranges: Partial<Record<ParameterName, { min?: number; max?: number }>> = {},
): fc.Arbitrary<Parameters> {
  const drawn = Object.fromEntries(
    PARAMETERS.map((s) => [s.name, parameterValue(s, ranges[s.name as ParameterName])]),
  ) as Record<ParameterName, fc.Arbitrary<number>>;
  return fc.record(drawn).map((p) => ({ ...defaultParameters(), ...p }));
}

/** The parameters a strategy may change during a run. */
export const CHANGEABLE = PARAMETERS.filter(
  (s) => !(FIXED_DURING_RUN as readonly string[]).includes(s.name),
) as readonly ParameterSpec[];

/** Up to `max` changes of strategy on distinct days from 1 to `days`, each of a random subset of the changeable parameters. */
export function changesArbitrary(days: number, max = 3): fc.Arbitrary<StrategyChange[]> {
  const change = fc.record(
    Object.fromEntries(CHANGEABLE.map((s) => [s.name, parameterValue(s)])) as Record<
      ParameterName,
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  );
  return fc
    .uniqueArray(fc.integer({ min: 1, max: days }), { maxLength: max })
    .chain((dayList) =>
      fc
        .tuple(...dayList.map(() => change))
        .map((changes) =>
          dayList
            .map((day, k) => ({ day, parameters: changes[k] as Partial<Parameters> }))
            .sort((a, b) => a.day - b.day),
        ),
    );
}

/** One case of a run: parameters, seed, horizon and changes of strategy. */
export interface RunCase {
  params: Parameters;
  seed: number;
  days: number;
  changes: StrategyChange[];
}

/** Runs over the whole schema with an audience from `size.min` to `size.max` people and 1 to `maxDays` days. */
export function runCaseArbitrary(
  size: { min?: number; max: number },
  maxDays: number,
): fc.Arbitrary<RunCase> {
  return fc
    .record({
      params: parametersArbitrary({ 'audience.size': size }),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      days: fc.integer({ min: 1, max: maxDays }),
    })
    .chain((c) => changesArbitrary(c.days).map((changes) => ({ ...c, changes })));
}
