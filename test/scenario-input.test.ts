/**
 * The scenario reader that the CLI and the page share, and the page's open-file function, on
 * every kind of bad input: each input ends in a valid scenario (a day of it runs, sampled) or in
 * problems a person can act on, each naming its field, in both languages. Fixed cases for the
 * inputs that are costly to draw at random: an empty file, 10 MB files, 10,000 levels of nesting,
 * a byte-order mark, bytes that are not UTF-8.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJson, decodeUtf8, MAX_DEPTH } from '../src/model/json-text';
import { problemText } from '../src/model/problems';
import { checkScenario, MAX_SCENARIO_BYTES, readScenarioFile, type Scenario } from '../src/model/scenario';
import { openedFile } from '../src/view/export/scenario-file';
import {
  expectReadableLine,
  expectReadableProblems,
  expectRunnable,
  inputText,
  scenarioInput,
  scenarioText,
  validScenario,
} from './support/scenario-inputs';

const RUNS = 10_000;
const encoder = new TextEncoder();

/** The reader's outcome checked: a scenario that reads back the same and runs, or readable problems. */
function expectOutcome(input: string | Uint8Array): void {
  const read = readScenarioFile(input);
  if (read.ok) {
    const again = checkScenario(JSON.parse(JSON.stringify(read.value)));
    expect(again).toEqual({ ok: true, value: read.value });
    expectRunnable(read.value);
  } else {
    expectReadableProblems(read.problems, inputText(input));
  }
}

/** The messages of a file's problems, in English. */
const said = (input: string | Uint8Array): string[] => {
  const read = readScenarioFile(input);
  return read.ok ? [] : read.problems.map((p) => problemText(p));
};

const valid = {
  version: 2,
  name: 'Test',
  description: 'A scenario',
  seed: 7,
  days: 30,
  parameters: { 'ads.dailyBudget': 20 },
};
const validText = JSON.stringify(valid, null, 2);

describe('the scenario reader (CLI and page)', () => {
  it(`reads every valid file, spoiled or not, to a scenario or to problems naming their fields (${RUNS} inputs)`, () => {
    fc.assert(fc.property(scenarioInput, expectOutcome), { numRuns: RUNS });
  });

  it(`reads every valid scenario as it was written, its changes in order of day (${RUNS / 10} inputs)`, () => {
    fc.assert(
      fc.property(validScenario, (data) => {
        const changes = data.changes as { day: number }[] | undefined;
        const sorted = changes ? { ...data, changes: [...changes].sort((a, b) => a.day - b.day) } : data;
        expect(readScenarioFile(JSON.stringify(data))).toEqual({ ok: true, value: sorted });
      }),
      { numRuns: RUNS / 10 },
    );
  });

  it(`agrees with JSON.parse on what is JSON, below its depth limit (${RUNS} inputs)`, () => {
    const text = fc.oneof(
      scenarioText,
      fc.json({ maxDepth: 5 }),
      fc.string({ maxLength: 30, unit: 'grapheme-ascii' }),
      fc.string({ maxLength: 30, unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (t) => {
        let json = true;
        try {
          JSON.parse(t);
        } catch {
          json = false;
        }
        const check = checkJson(t);
        const tooDeep = check.problems.some((p) => p.issue.kind === 'tooDeep');
        expect(check.syntaxOk, t).toBe(json && !tooDeep);
        for (const p of check.problems) expectReadableLine(problemText(p), t);
      }),
      { numRuns: RUNS },
    );
  });

  it(`decodes UTF-8 as the platform does, and refuses what the platform refuses (${RUNS} inputs)`, () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ maxLength: 20, unit: 'binary' }).map((t) => encoder.encode(t)),
      fc
        .tuple(fc.string({ maxLength: 20, unit: 'binary' }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
        .map(([t, k, b]) => {
          const out = encoder.encode(t);
          if (out.length) out[k % out.length] = b;
          return out;
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        let text: string | null;
        try {
          text = strict.decode(b);
        } catch {
          text = null;
        }
        const decoded = decodeUtf8(b);
        expect(decoded.ok ? decoded.text : null).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('names every problem at once: missing fields as missing, near names, numbers in quotes, units in words', () => {
    const text = JSON.stringify({
      version: 2,
      name: 'x',
      sead: 3,
      days: '90',
      parameters: { 'ads.budget': 20, 'ads.dailyBudget': -5, 'audience.size': 1e9 },
      changes: [{ day: 4000, parametres: {} }],
    });
    expect(said(text)).toEqual([
      'sead: unknown; did you mean seed?',
      'description: missing; a text in double quotes',
      'seed: missing; a whole number from 0 to 4294967295',
      'days: must be a whole number from 1 to 3650, written without quotes; got the text "90" (write 90)',
      'parameters.ads.budget: unknown; did you mean ads.dailyBudget?',
      "parameters.ads.dailyBudget: must be a number from 0 to 1000000 (money per day, in the scenario's currency), got -5",
      'parameters.audience.size: must be a whole number from 100 to 1000000 (people), got 1000000000',
      'changes[0].parametres: unknown; did you mean parameters?',
      "changes[0].day: must be a whole number from 1 to 3650, got 4000 (the run's days)",
      'changes[0].parameters: missing; an object of parameter names and numbers, such as { "ads.dailyBudget": 20 }',
    ]);
  });

  it('opens an empty file with a message, not a crash', () => {
    for (const input of ['', '  \n', '\uFEFF', new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf])])
      expect(said(input)).toEqual([
        '(file): the file is empty; a scenario file is a JSON object such as simulations/default.json',
      ]);
  });

  it('opens a file with a byte-order mark that is otherwise valid, as bytes and as text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(validText)]);
    expect(readScenarioFile(bytes)).toEqual({ ok: true, value: valid });
    expect(readScenarioFile(`\uFEFF${validText}`)).toEqual({ ok: true, value: valid });
  });

  it('names a file that is not UTF-8, with the byte and its line, instead of reading garbage', () => {
    // "Тест" in Windows-1251 in the name, on line 3
    const bytes = encoder.encode(validText.replace('"Test"', '"\u0000"'));
    const at = bytes.indexOf(0);
    const latin = new Uint8Array([...bytes.slice(0, at), 0xd2, 0xe5, 0xf1, 0xf2, ...bytes.slice(at + 1)]);
    expect(said(latin)).toEqual([
      `(file): not UTF-8 text: byte ${at + 1} (line 3) cannot be read; save the file as UTF-8`,
    ]);
    expect(said(new Uint8Array([0x7b, 0xc0, 0x80, 0x7d]))[0]).toMatch(
      /^\(file\): not UTF-8 text: byte 2 \(line 1\)/,
    );
  });

  it('says NaN and Infinity are not JSON, at their line and column, in the field being written', () => {
    expect(said(validText.replace('"seed": 7', '"seed": NaN'))).toEqual([
      'seed: line 5, column 11: NaN is not a number JSON can hold; write a number',
    ]);
    expect(said(validText.replace('20', '-Infinity'))).toEqual([
      'parameters.ads.dailyBudget: line 8, column 24: -Infinity is not a number JSON can hold; write a number',
    ]);
  });

  it('names huge, negative and unknown-version numbers with the range allowed', () => {
    expect(said(validText.replace('"seed": 7', '"seed": 1e400'))).toEqual([
      'seed: must be a whole number from 0 to 4294967295, got a number too large to hold',
    ]);
    expect(said(validText.replace('"seed": 7', '"seed": -3'))).toEqual([
      'seed: must be a whole number from 0 to 4294967295, got -3',
    ]);
    expect(said(validText.replace('"version": 2', '"version": 7'))).toEqual([
      'version: 7 is newer than this program reads (1 or 2); open the file in a newer SMM Loop',
    ]);
    expect(said(validText.replace('"version": 2', '"version": -7'))).toEqual([
      'version: must be 1 or 2, got -7',
    ]);
  });

  it('names a field given twice, which JSON would read silently as the last', () => {
    expect(said(validText.replace('"seed": 7', '"seed": 7,\n  "seed": 8'))).toEqual([
      'seed: given twice (lines 5 and 6); keep one',
    ]);
  });

  it('refuses 10,000 levels of nesting with a message, without a stack overflow', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(said(deep(10_000))).toEqual([
      `${'[0]'.repeat(19)}[0…: line 1, column ${MAX_DEPTH + 1}: nested more than ${MAX_DEPTH} levels deep; a scenario file nests 4 levels at most`,
    ]);
    const inField = validText.replace('"seed": 7', `"seed": ${deep(10_000)}`);
    expect(said(inField)[0]).toMatch(
      /^seed\[0\]\[0\].*: line 5, column \d+: nested more than 64 levels deep/,
    );
    // as deep as JSON.parse goes, in the engine's own walk: nothing recursive in the check
    expect(said(`{"a":`.repeat(100_000) + '1' + '}'.repeat(100_000))[0]).toMatch(
      /^a\.a\.a.*nested more than/,
    );
  });

  it('opens a 10 MB file at the limit, and refuses one a byte larger with the limit named', () => {
    const padding = MAX_SCENARIO_BYTES - encoder.encode(validText).length;
    const atLimit = validText.replace('"A scenario"', `"A scenario${' '.repeat(padding)}"`);
    const bytes = encoder.encode(atLimit);
    expect(bytes.length).toBe(MAX_SCENARIO_BYTES);
    const read = readScenarioFile(bytes);
    expect(read.ok && read.value.description.length).toBe(10 + padding);
    expect(said(encoder.encode(`${atLimit} `))).toEqual([
      '(file): the file is 10.1 MB; a scenario file may be at most 10 MB',
    ]);
    expect(said(`${atLimit} `)).toEqual([
      '(file): the file is 10.1 MB; a scenario file may be at most 10 MB',
    ]);
    // 10 MB the reader must walk to the end: a text that never closes
    expect(said(`"${'x'.repeat(MAX_SCENARIO_BYTES - 1)}`)).toEqual([
      '(file): line 1, column 1: a text is not closed with a double quote',
    ]);
  });

  it('lists at most 100 problems and says that more follow', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, k) => [`x${k}`, k]));
    const messages = said(JSON.stringify({ ...valid, ...many }));
    expect(messages).toHaveLength(101);
    expect(messages[100]).toBe('(file): more problems follow; fix these first');
  });
});

describe('the page’s open-file function', () => {
  const file = (input: string | Uint8Array, name = 'scenario.json') =>
    new File([typeof input === 'string' ? input : new Uint8Array(input)], name, { type: 'application/json' });

  it(`opens every input as a scenario or a notice listing its problems in the page's language (${RUNS} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioInput, fc.constantFrom('en', 'ru' as const), async (input, lang) => {
        const opened = await openedFile(file(input), lang);
        if (opened.ok) {
          expectRunnable(opened.scenario);
          return;
        }
        expectReadableProblems(opened.problems, inputText(input));
        const lines = opened.notice.split('\n');
        expect(lines[0]).toMatch(
          lang === 'en'
            ? /^Could not open “scenario\.json”, the run on screen stays/
            : /^Не удалось открыть «scenario\.json», на экране остаётся прежний прогон/,
        );
        if (opened.problems.length === 1) expect(lines).toHaveLength(1);
        else
          expect(lines.length).toBe(
            1 + Math.min(opened.problems.length, 12) + (opened.problems.length > 12 ? 1 : 0),
          );
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a file over 10 MB by its size, without reading it', async () => {
    const huge = new File([new Uint8Array(MAX_SCENARIO_BYTES + 1)], 'huge.json');
    let read = false;
    Object.defineProperty(huge, 'arrayBuffer', {
      value: () => ((read = true), Promise.reject(new Error('read'))),
    });
    const opened = await openedFile(huge, 'ru');
    expect(read).toBe(false);
    expect(opened).toMatchObject({
      ok: false,
      notice:
        'Не удалось открыть «huge.json», на экране остаётся прежний прогон: (файл): файл весит 10.1 МБ, а файл сценария — не больше 10 МБ',
    });
  });

  it('says a file that cannot be read could not be read', async () => {
    const gone = file(validText, 'gone.json');
    Object.defineProperty(gone, 'arrayBuffer', {
      value: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(await openedFile(gone, 'en')).toMatchObject({
      ok: false,
      notice: 'Could not open “gone.json”, the run on screen stays: (file): the file could not be read',
    });
  });

  it('opens a valid file with a byte-order mark', async () => {
    const opened = await openedFile(
      file(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(validText)])),
      'en',
    );
    expect(opened).toEqual({ ok: true, scenario: valid as Scenario });
  });
});
