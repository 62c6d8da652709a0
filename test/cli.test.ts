/** The command-line runner, run as a real process, as a user would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATES } from '../src/model/agent';
import { CONTRACT_COLUMNS, LATER_COLUMNS, MONEY_COLUMNS } from './support/columns';

const ROOT = join(import.meta.dirname, '..');
const NAMED_COLUMNS = ['day', ...CONTRACT_COLUMNS];

function simulate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function parseCsv(text: string) {
  const [header, ...rows] = text.trimEnd().split('\n');
  const columns = header!.split(',');
  return { columns, rows: rows.map((r) => r.split(',')) };
}

describe('npm run simulate', () => {
  it('prints one CSV row per day of the default scenario, with the named columns and state counts', () => {
    const r = simulate('simulations/default.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { columns, rows } = parseCsv(r.stdout);
    expect(rows).toHaveLength(180);
    expect(columns.slice(0, NAMED_COLUMNS.length)).toEqual(NAMED_COLUMNS);
    const later = -STATES.length - LATER_COLUMNS.length;
    expect(columns.slice(later - MONEY_COLUMNS.length, later)).toEqual(MONEY_COLUMNS);
    expect(columns.slice(later, -STATES.length)).toEqual(LATER_COLUMNS);
    expect(columns.slice(-STATES.length)).toEqual(STATES.map((s) => `n_${s}`));
    expect(rows[0]![0]).toBe('1');
    expect(rows[179]![0]).toBe('180');
    const stateCols = columns.map((c, i) => (c.startsWith('n_') ? i : -1)).filter((i) => i >= 0);
    for (const row of rows) expect(stateCols.reduce((a, i) => a + Number(row[i]), 0)).toBe(5000);
  });

  it('takes --seed, --days, --set and --format json', () => {
    const r = simulate(
      'simulations/default.json',
      '--days',
      '7',
      '--seed',
      '9',
      '--set',
      'audience.size=800',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, number>[];
    expect(rows).toHaveLength(7);
    expect(STATES.reduce((a, s) => a + rows[6]![`n_${s}`]!, 0)).toBe(800);
  });

  it('writes --out instead of standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smm-'));
    const out = join(dir, 'run.csv');
    const r = simulate('simulations/default.json', '--days', '3', '--set=audience.size=500', `--out=${out}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseCsv(readFileSync(out, 'utf8')).rows).toHaveLength(3);
  });

  it('takes --change DAY:name=value: the days before are the run without it, the strategy changes from that day', () => {
    const base = ['simulations/default.json', '--days', '40', '--set', 'audience.size=1000'];
    const without = simulate(...base);
    const changed = simulate(...base, '--change', '25:ads.dailyBudget=0');
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    const a = parseCsv(without.stdout).rows;
    const { columns, rows: b } = parseCsv(changed.stdout);
    expect(b).toHaveLength(40);
    expect(b.slice(0, 24)).toEqual(a.slice(0, 24));
    const impressions = b.map((row) => Number(row[columns.indexOf('impressions')]));
    expect(impressions.slice(0, 24).every((n) => n > 0)).toBe(true);
    expect(impressions.slice(24).every((n) => n === 0)).toBe(true);
  });

  it("runs a version 2 file's changes, and --change adds to them, winning on the same day", () => {
    const dir = mkdtempSync(join(tmpdir(), 'smm-v2-'));
    const file = join(dir, 'v2.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 2,
        name: 'x',
        description: 'y',
        seed: 4,
        days: 30,
        parameters: { 'audience.size': 1000 },
        changes: [{ day: 10, parameters: { 'ads.dailyBudget': 0 } }],
      }),
    );
    const impressions = (r: ReturnType<typeof simulate>) => {
      expect(r.stderr).toBe('');
      const { columns, rows } = parseCsv(r.stdout);
      return rows.map((row) => Number(row[columns.indexOf('impressions')]));
    };
    const fromFile = impressions(simulate(file));
    expect(fromFile.slice(0, 9).every((n) => n > 0)).toBe(true);
    expect(fromFile.slice(9).every((n) => n === 0)).toBe(true);
    const restarted = impressions(simulate(file, '--change', '20:ads.dailyBudget=50'));
    expect(restarted.slice(0, 19)).toEqual(fromFile.slice(0, 19));
    expect(restarted.slice(19).every((n) => n > 0)).toBe(true);
    const overridden = impressions(simulate(file, '--change', '10:ads.dailyBudget=50'));
    expect(overridden.every((n) => n > 0)).toBe(true);
    // a shorter --days ends the run before the file's change: the days it has are the file's own
    expect(impressions(simulate(file, '--days', '5'))).toEqual(fromFile.slice(0, 5));
  });

  describe('refuses bad input with one line naming what was wrong and what is allowed, exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smm-bad-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": 1, ');
    const outOfRange = join(dir, 'range.json');
    writeFileSync(
      outOfRange,
      JSON.stringify({
        version: 1,
        name: 'x',
        description: 'y',
        seed: 1,
        days: 10,
        parameters: { 'ads.ctr': 3 },
      }),
    );
    const badChange = join(dir, 'change.json');
    writeFileSync(
      badChange,
      JSON.stringify({
        version: 2,
        name: 'x',
        description: 'y',
        seed: 1,
        days: 100,
        parameters: {},
        changes: [{ day: 90, parameters: { 'audience.size': 800 } }],
      }),
    );
    const changesInVersion1 = join(dir, 'v1.json');
    writeFileSync(
      changesInVersion1,
      JSON.stringify({
        version: 1,
        name: 'x',
        description: 'y',
        seed: 1,
        days: 100,
        parameters: {},
        changes: [{ day: 90, parameters: { 'ads.ctr': 0.02 } }],
      }),
    );
    const cases: [string, string[], RegExp][] = [
      [
        'a missing file',
        ['simulations/nope.json'],
        /simulations\/nope\.json: cannot read the file \(no such file\)/,
      ],
      [
        'malformed JSON',
        [broken],
        /broken\.json: \(file\): line 1, column 17: the file ends before the JSON is complete/,
      ],
      [
        'a value out of range in a file',
        [outOfRange],
        /range\.json: parameters\.ads\.ctr: must be a number from 0 to 1 \(share\), got 3$/m,
      ],
      [
        'an unknown parameter',
        ['simulations/default.json', '--set', 'ads.budget=3'],
        /--set: unknown parameter "ads\.budget"/,
      ],
      [
        'a value out of range',
        ['simulations/default.json', '--set', 'ads.ctr=1.5'],
        /--set ads\.ctr must be a number from 0 to 1 \(share\), got 1\.5/,
      ],
      [
        'a value that is not a number',
        ['simulations/default.json', '--set', 'ads.ctr=lots'],
        /--set ads\.ctr: must be a number from 0 to 1, got "lots"/,
      ],
      [
        'an infinite value',
        ['simulations/default.json', '--set', 'ads.ctr=Infinity'],
        /--set ads\.ctr: must be a number/,
      ],
      ['a --set without =', ['simulations/default.json', '--set', 'ads.ctr'], /--set: expects name=value/],
      ['a bad flag', ['simulations/default.json', '--speed', '3'], /--speed: unknown flag; allowed: --seed/],
      [
        'a bad format',
        ['simulations/default.json', '--format', 'xml'],
        /--format: must be csv or json, got "xml"/,
      ],
      [
        'bad days',
        ['simulations/default.json', '--days', '0'],
        /--days: must be a whole number from 1 to 3650, got "0"/,
      ],
      [
        'a bad seed',
        ['simulations/default.json', '--seed', '1.5'],
        /--seed: must be a whole number from 0 to 4294967295/,
      ],
      ['a flag without its value', ['simulations/default.json', '--seed'], /--seed: needs a value/],
      ['no scenario file', [], /missing scenario file/],
      [
        'a change of the audience in a file',
        [badChange],
        /change\.json: changes\[0\]\.parameters\.audience\.size: audience\.size cannot change during a run/,
      ],
      ['changes in a version 1 file', [changesInVersion1], /v1\.json: changes: needs "version": 2/],
      [
        'a --change without a day',
        ['simulations/default.json', '--change', 'ads.ctr=0.02'],
        /--change: expects DAY:name=value, got "ads\.ctr=0\.02"/,
      ],
      [
        'a --change out of range',
        ['simulations/default.json', '--change', '90:ads.ctr=1.5'],
        /--change 90:ads\.ctr must be a number from 0 to 1 \(share\), got 1\.5/,
      ],
      [
        'a --change of the audience size',
        ['simulations/default.json', '--change', '90:audience.size=800'],
        /--change 90:audience\.size cannot change during a run .*; use --set/,
      ],
      [
        'a --change past the horizon',
        ['simulations/default.json', '--days', '60', '--change', '90:ads.ctr=0.02'],
        /--change 90:ads\.ctr: DAY must be from 1 to 60 \(the run's days\)/,
      ],
    ];
    it.each(cases)('%s', (_, args, message) => {
      const out = join(dir, `out-${Math.random().toString(36).slice(2)}.csv`);
      const r = simulate(...args, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^simulate: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  });
});
