import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../engine/report';
import { simulate } from '../engine/run';
import { defaultParameters } from '../model/parameters';
import { createAppStore } from '../store/app-store';
import { simulateRun } from '../../test/support/run-data';
import { LATER_COLUMNS, MONEY_COLUMNS } from '../../test/support/columns';
import { Header } from './Header';
import { StoreContext } from './store-context';

afterEach(() => vi.restoreAllMocks());

describe('the page’s CSV export', () => {
  it('saves the run the page shows with the CLI’s columns, money included, byte for byte', async () => {
    const params = { ...defaultParameters(), 'audience.size': 1500 };
    const run = simulateRun(params, 3, 40);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:run';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <StoreContext.Provider value={createAppStore({ run, params })}>
        <Header />
      </StoreContext.Provider>,
    );
    await userEvent.click(screen.getByTestId('export'));
    expect(saved).toHaveLength(1);
    const text = await saved[0]!.text();
    const [header, ...rows] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    const money = columns.indexOf('contentCost');
    expect(columns.slice(money, money + MONEY_COLUMNS.length)).toEqual(MONEY_COLUMNS);
    expect(columns[money - 1]).toBe('totalAdSpend');
    const later = money + MONEY_COLUMNS.length;
    expect(columns.slice(later, later + LATER_COLUMNS.length + 1)).toEqual([...LATER_COLUMNS, 'n_unaware']);
    expect(rows).toHaveLength(40);
    // what the page saves is what the CLI prints for the same strategy and seed
    expect(text).toBe(toCsv(simulate(params, 3, 40)));
  });
});
