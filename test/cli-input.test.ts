/**
 * The CLI on bad input, and its output as a stream. Its load-and-check path runs in-process on
 * every kind of scenario file and command line (the file's bytes handed in): a run, or lines that
 * each name a file or flag and a field; a few real `npm run simulate` processes then show what a
 * user sees: every problem on stderr, exit code 2, nothing on stdout and no --out file. Rows come
 * out as their days are computed: the first row of a long run arrives while the run goes on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRun, type FileRead } from '../src/cli/load';
import { MAX_SCENARIO_BYTES } from '../src/model/scenario';
import { expectReadableLine, expectRunnable, inputText, scenarioInput } from './support/scenario-inputs';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 10_000;
const encoder = new TextEncoder();

/** Flags a person adds, right or wrong. */
const flags = fc.array(
  fc.oneof(
    fc.constantFrom('7', '0', '-1', '1.5', 'x', '3651', '1e3').map((v) => ['--days', v]),
    fc.constantFrom('3', '-2', '4294967296', 'abc').map((v) => [`--seed=${v}`]),
    fc
      .constantFrom('ads.ctr=0.02', 'ads.ctr=2', 'ads.budget=3', 'audience.size=100', 'ads.ctr', 'x=NaN')
      .map((v) => ['--set', v]),
    fc.constantFrom('5:ads.ctr=0.02', '9999:ads.ctr=0.1', '5:audience.size=200').map((v) => ['--change', v]),
    fc.constantFrom('csv', 'json', 'xml').map((v) => ['--format', v]),
  ),
  { maxLength: 2 },
);

describe('the CLI’s load path, in-process', () => {
  it(`turns every file and command line into a run or into lines naming what is wrong (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(scenarioInput, flags, (input, extra) => {
        const bytes = typeof input === 'string' ? encoder.encode(input) : input;
        const read = (): FileRead => ({ ok: true, bytes });
        const prepared = prepareRun(['in.json', ...extra.flat()], read);
        if (prepared.kind === 'run') {
          expectRunnable(prepared.scenario);
          return;
        }
        expect(prepared.kind).toBe('refused');
        if (prepared.kind !== 'refused') return;
        expect(prepared.messages.length).toBeGreaterThan(0);
        const text = `${inputText(input)} ${extra.flat().join(' ')}`;
        for (const line of prepared.messages) {
          // a file's problem: "in.json: field: …"; a flag's: "--flag …"
          if (!/^in\.json: [^ ].*?: /.test(line) && !/^--[a-z]+/.test(line))
            throw new Error(`names no field: ${line}`);
          expectReadableLine(line, text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names a file it cannot read, and one too large, without reading it', () => {
    expect(prepareRun(['a.json'], () => ({ ok: false, code: 'ENOENT' }))).toEqual({
      kind: 'refused',
      messages: ['a.json: cannot read the file (no such file)'],
    });
    expect(prepareRun(['a.json'], () => ({ ok: false, size: 3 * MAX_SCENARIO_BYTES }))).toEqual({
      kind: 'refused',
      messages: ['a.json: (file): the file is 30 MB; a scenario file may be at most 10 MB'],
    });
  });
});

function simulate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate on bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smm-input-'));
  const write = (name: string, data: string | Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  const many = write(
    'many.json',
    JSON.stringify({
      version: 2,
      name: 'x',
      seed: '4',
      days: 0,
      parameters: { 'ads.budget': 5, 'ads.ctr': -1 },
    }),
  );
  const notUtf8 = write('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
  const huge = write('huge.json', new Uint8Array(MAX_SCENARIO_BYTES + 1).fill(0x20));
  const cases: [string, string, string[]][] = [
    [
      'every problem of a file, one a line',
      many,
      [
        `simulate: ${many}: description: missing; a text in double quotes`,
        `simulate: ${many}: seed: must be a whole number from 0 to 4294967295, written without quotes; got the text "4" (write 4)`,
        `simulate: ${many}: days: must be a whole number from 1 to 3650, got 0`,
        `simulate: ${many}: parameters.ads.budget: unknown; did you mean ads.dailyBudget?`,
        `simulate: ${many}: parameters.ads.ctr: must be a number from 0 to 1 (share), got -1`,
      ],
    ],
    [
      'a file that is not UTF-8',
      notUtf8,
      [
        `simulate: ${notUtf8}: (file): not UTF-8 text: byte 3 (line 1) cannot be read; save the file as UTF-8`,
      ],
    ],
    [
      'a file over 10 MB',
      huge,
      [`simulate: ${huge}: (file): the file is 10.1 MB; a scenario file may be at most 10 MB`],
    ],
  ];
  it.each(cases)('%s: on stderr, exit code 2, nothing on stdout, no --out file', (_, file, lines) => {
    const out = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
    const r = simulate(file, '--out', out);
    expect(r.stderr.trimEnd().split('\n')).toEqual(lines);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run simulate streams its rows', () => {
  it('writes the first days of a long run on a large audience while it is still computing the rest', async () => {
    // 3,650 days of 100,000 people take minutes; the first rows must come long before
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/simulate.ts',
        'simulations/default.json',
        '--days',
        '3650',
        '--set',
        'audience.size=100000',
      ],
      { cwd: ROOT },
    );
    let stdout = '';
    let exited = false;
    child.on('exit', () => (exited = true));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.split('\n').length > 3) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited (${code}) before writing: ${stdout}`)));
      });
      expect(exited).toBe(false);
      const [header, first] = stdout.split('\n');
      expect(header).toMatch(/^day,impressions,/);
      expect(first).toMatch(/^1,/);
    } finally {
      child.kill();
    }
  }, 60_000);
});
