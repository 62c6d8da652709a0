/** The command line's parsing, without a process (test/cli.test.ts runs the real one). */
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

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
      ]),
    ).toEqual({
      file: 'a.json',
      seed: 7,
      days: 100,
      set: { 'ads.ctr': 0.02, 'audience.size': 800 },
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
      '--set audience.size must be a whole number from 100 to 1000000 (agents), got 1.5',
    );
  });

  it('knows the runners by name only, not by inherited properties', () => {
    expect(refusal('a.json', '--runner', 'toString')).toMatch(/^--runner: must be one of /);
  });
});
