/** The command line's parsing, without a process (test/cli.test.ts runs the real one). */
import { describe, expect, it } from 'vitest';
import { checkChangeDays, parseArgs, UsageError } from './args';

const refusal = (...argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('reads the file, the flags in both spellings, and every --set', () => {
    expect(
      parseArgs([
        'a.json',
        '--seed=7',
        '--days',
        '1e2',
        '--set',
        'ads.ctr=0.02',
        '--set=audience.size=800',
        '--format',
        'json',
        '--out=x.csv',
        '--runner',
        'xstate',
        '--change',
        '120:ads.dailyBudget=0',
        '--change=90:feedback.answeredShare=1',
      ]),
    ).toEqual({
      file: 'a.json',
      seed: 7,
      days: 100,
      set: { 'ads.ctr': 0.02, 'audience.size': 800 },
      changes: [
        { day: 90, parameters: { 'feedback.answeredShare': 1 } },
        { day: 120, parameters: { 'ads.dailyBudget': 0 } },
      ],
      format: 'json',
      out: 'x.csv',
      runner: 'xstate',
      help: false,
    });
  });

  it('takes -h and --help without a file', () => {
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('reports the first mistake in the order typed', () => {
    expect(refusal('a.json', '--days', '0', '--seed', 'x')).toMatch(/^--days: /);
    expect(refusal('a.json', '--seed', 'x', '--days', '0')).toMatch(/^--seed: /);
  });

  it('explains a value that looks like a flag, and a value given to a switch', () => {
    expect(refusal('a.json', '--seed', '-1')).toBe(
      '--seed: needs a value (write --seed=-1 if "-1" is the value)',
    );
    expect(refusal('a.json', '--seed', '--days', '3')).toBe('--seed: needs a value');
    expect(refusal('a.json', '--help=yes')).toBe('--help: takes no value');
    expect(refusal('a.json', '-x')).toMatch(/^-x: unknown flag; allowed: --seed, --days, --set/);
  });

  it('refuses numbers in forms a person would not mean, with the allowed range', () => {
    expect(refusal('a.json', '--seed', '0x10')).toBe(
      '--seed: must be a whole number from 0 to 4294967295, got "0x10"',
    );
    expect(refusal('a.json', '--set', 'ads.ctr=')).toBe(
      '--set ads.ctr: must be a number from 0 to 1, got ""',
    );
    expect(refusal('a.json', '--set', 'audience.size=1.5')).toBe(
      '--set audience.size must be a whole number from 100 to 1000000 (people), got 1.5',
    );
  });

  it('gathers --change flags by day, a later flag winning for the same day and parameter', () => {
    expect(
      parseArgs([
        'a.json',
        '--change',
        '90:feedback.answeredShare=1',
        '--change',
        '9e1:feedback.responseHours=1',
        '--change',
        '30:ads.ctr=0.02',
        '--change',
        '90:feedback.answeredShare=0.9',
      ]).changes,
    ).toEqual([
      { day: 30, parameters: { 'ads.ctr': 0.02 } },
      { day: 90, parameters: { 'feedback.answeredShare': 0.9, 'feedback.responseHours': 1 } },
    ]);
    expect(parseArgs(['a.json']).changes).toEqual([]);
  });

  it('refuses a malformed --change with the part that is wrong and what is allowed', () => {
    expect(refusal('a.json', '--change', 'ads.ctr=0.1')).toBe(
      '--change: expects DAY:name=value, got "ads.ctr=0.1"',
    );
    expect(refusal('a.json', '--change', ':ads.ctr=0.1')).toBe(
      '--change: expects DAY:name=value, got ":ads.ctr=0.1"',
    );
    expect(refusal('a.json', '--change', '0:ads.ctr=0.1')).toBe(
      '--change: DAY must be a whole number from 1 to 3650, got "0"',
    );
    expect(refusal('a.json', '--change', '1.5:ads.ctr=0.1')).toMatch(/^--change: DAY must be a whole number/);
    expect(refusal('a.json', '--change', '90:ads.ctr')).toBe(
      '--change 90: expects name=value, got "ads.ctr"',
    );
    expect(refusal('a.json', '--change', '90:ads.budget=3')).toMatch(
      /^--change 90: unknown parameter "ads\.budget"; did you mean ads\.dailyBudget\?$/,
    );
    expect(refusal('a.json', '--change', '90:ads.ctr=1.5')).toBe(
      '--change 90:ads.ctr must be a number from 0 to 1 (share), got 1.5',
    );
    expect(refusal('a.json', '--change', '90:ads.ctr=lots')).toBe(
      '--change 90:ads.ctr: must be a number from 0 to 1, got "lots"',
    );
    expect(refusal('a.json', '--change', '90:audience.size=800')).toBe(
      '--change 90:audience.size cannot change during a run (the audience is drawn on day 0); use --set',
    );
    expect(refusal('a.json', '--change')).toBe('--change: needs a value');
  });

  it('refuses a --change past the horizon once the horizon is known', () => {
    const changes = parseArgs(['a.json', '--change', '30:ads.ctr=0.02', '--change', '200:ads.cpm=8']).changes;
    expect(() => checkChangeDays(changes, 200)).not.toThrow();
    expect(() => checkChangeDays(changes, 199)).toThrow(
      new UsageError("--change 200:ads.cpm: DAY must be from 1 to 199 (the run's days)"),
    );
  });

  it('knows the runners by name only, not by inherited properties', () => {
    expect(refusal('a.json', '--runner', 'toString')).toMatch(/^--runner: must be one of /);
  });
});
