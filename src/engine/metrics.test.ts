import { describe, expect, it } from 'vitest';
import { COUNTERS } from '../model/agent';
import { COUNTER_TO_METRIC, METRICS, METRIC_INDEX, Totals, type Metric } from './metrics';
import { COLUMNS } from './report';
import {
  CONTRACT_COLUMNS as CONTRACT,
  LATER_COLUMNS as LATER,
  MONEY_COLUMNS as MONEY,
} from '../../test/support/columns';

describe('the metrics', () => {
  it('come in the CSV order: the contract first, then the money columns, then the people doubting the brand and why customers left, before the state counts', () => {
    expect(METRICS.slice(0, CONTRACT.length)).toEqual(CONTRACT);
    expect(METRICS.slice(-MONEY.length - LATER.length)).toEqual([...MONEY, ...LATER]);
    expect(METRICS[METRICS.length - MONEY.length - LATER.length - 1]).toBe('totalAdSpend');
    expect(new Set(METRICS).size).toBe(METRICS.length);
    expect(COLUMNS.slice(0, METRICS.length + 1)).toEqual(['day', ...METRICS]);
    expect(COLUMNS.slice(METRICS.length + 1).every((c) => c.startsWith('n_'))).toBe(true);
  });

  it('give every statechart counter a metric of its own', () => {
    expect(new Set(COUNTER_TO_METRIC).size).toBe(COUNTERS.length);
  });

  it('close each day with ratios cumulative from day 1', () => {
    const totals = new Totals();
    const day = (flows: Partial<Record<Metric, number>>) => {
      const m = new Float64Array(METRICS.length);
      for (const [k, v] of Object.entries(flows)) m[METRIC_INDEX[k as Metric]] = v;
      return m;
    };
    const first = day({ visits: 10, newCustomers: 0, adSpend: 50 });
    totals.close(first, 0);
    expect(Number.isNaN(first[METRIC_INDEX.retention])).toBe(true);
    expect(Number.isNaN(first[METRIC_INDEX.cac])).toBe(true);
    expect(first[METRIC_INDEX.conversionRate]).toBe(0);
    const second = day({ visits: 30, newCustomers: 4, wonBack: 1, revenue: 200, adSpend: 30 });
    totals.close(second, 3);
    expect(second[METRIC_INDEX.retention]).toBe(3 / 4);
    expect(second[METRIC_INDEX.conversionRate]).toBe(5 / 40);
    expect(second[METRIC_INDEX.cac]).toBe(80 / 4);
    expect(second[METRIC_INDEX.buyers]).toBe(4);
    expect(second[METRIC_INDEX.totalRevenue]).toBe(200);
    expect(second[METRIC_INDEX.totalAdSpend]).toBe(80);
  });
});
