import { describe, expect, it } from 'vitest';
import {
  GROUP_LABELS,
  PARAMETERS,
  PARAMETER_GROUPS,
  UNITS,
  checkParameterValue,
  defaultParameters,
  parameterSpec,
} from './parameters';

/** The public names the design promises; scenario files and `--set` rely on them. */
const DESIGN_NAMES = [
  'audience.size',
  'audience.targetShare',
  'audience.forgetDays',
  'research.valueFit',
  'research.targetingPrecision',
  'ads.dailyBudget',
  'ads.cpm',
  'ads.ctr',
  'ads.retargetingShare',
  'content.postsPerWeek',
  'content.quality',
  'content.purposefulShare',
  'content.organicReach',
  'feedback.responseHours',
  'feedback.answeredShare',
  'feedback.tone',
  'product.price',
  'product.margin',
  'product.satisfaction',
  'product.repeatDays',
  'product.lapseDays',
  'website.conversion',
  'wom.contactsPerDay',
  'wom.persuasion',
  'wom.negativeMultiplier',
];

describe('the parameter schema', () => {
  it('declares every parameter the design names, with the ranges it gives', () => {
    for (const name of DESIGN_NAMES) expect(parameterSpec(name), name).toBeDefined();
    expect(parameterSpec('audience.size')).toMatchObject({ min: 100, max: 1_000_000 });
    expect(parameterSpec('ads.dailyBudget')).toMatchObject({ min: 0, max: 1_000_000 });
    expect(parameterSpec('feedback.responseHours')).toMatchObject({ min: 0.1, max: 720 });
    expect(parameterSpec('product.lapseDays')).toMatchObject({ min: 1, max: 36_500 });
  });

  it('gives each parameter a unique name, a group, a unit and texts in both languages', () => {
    expect(new Set(PARAMETERS.map((p) => p.name)).size).toBe(PARAMETERS.length);
    for (const p of PARAMETERS) {
      expect(PARAMETER_GROUPS).toContain(p.group);
      expect(Object.keys(UNITS)).toContain(p.unit);
      for (const text of [p.label.en, p.label.ru, p.help.en, p.help.ru, p.source])
        expect(text.length).toBeGreaterThan(3);
      expect(p.help.ru).toMatch(/[а-яё]/i);
    }
    for (const g of PARAMETER_GROUPS) expect(PARAMETERS.some((p) => p.group === g)).toBe(true);
    for (const g of PARAMETER_GROUPS) expect(GROUP_LABELS[g].ru).toMatch(/[а-яё]/i);
  });

  it('keeps every default inside its range, on whole numbers where required, with a usable slider step', () => {
    for (const p of PARAMETERS) {
      expect(p.min).toBeLessThan(p.max);
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
      expect(p.step).toBeGreaterThan(0);
      expect(p.step).toBeLessThanOrEqual(p.max - p.min);
      if (p.integer) expect(Number.isInteger(p.default)).toBe(true);
      expect(checkParameterValue(p.name, p.default)).toBeNull();
    }
    expect(Object.keys(defaultParameters())).toHaveLength(PARAMETERS.length);
  });

  it('accepts any value within [min, max], not only slider steps', () => {
    expect(checkParameterValue('ads.ctr', 0.0123456)).toBeNull();
    expect(checkParameterValue('ads.ctr', 0)).toBeNull();
    expect(checkParameterValue('ads.ctr', 1)).toBeNull();
  });

  it('names the parameter, the value and the allowed range when a value is wrong', () => {
    expect(checkParameterValue('ads.ctr', 1.5)).toBe('ads.ctr must be a number from 0 to 1 (share), got 1.5');
    expect(checkParameterValue('audience.size', 100.5)).toMatch(/whole number from 100 to 1000000/);
    expect(checkParameterValue('ads.ctr', Number.NaN)).toMatch(/ads.ctr must be a number from 0 to 1/);
    expect(checkParameterValue('ads.ctr', '0.1')).toMatch(/got "0.1"/);
    expect(checkParameterValue('ads.clicks', 1)).toBe(
      'unknown parameter "ads.clicks"; the parameters are listed in docs/parameters.md',
    );
    expect(checkParameterValue('ads.budget', 1)).toBe(
      'unknown parameter "ads.budget"; did you mean ads.dailyBudget?',
    );
    // units in words, not their code names
    expect(checkParameterValue('ads.dailyBudget', -1)).toBe(
      "ads.dailyBudget must be a number from 0 to 1000000 (money per day, in the scenario's currency), got -1",
    );
    expect(checkParameterValue('audience.size', 50)).toMatch(/\(people\), got 50$/);
    expect(checkParameterValue('feedback.responseHours', 0)).toMatch(/\(hours\), got 0$/);
  });
});
