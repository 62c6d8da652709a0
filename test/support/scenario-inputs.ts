/**
 * What people feed the scenario reader, for property tests: valid scenario files, and the same
 * files spoiled the ways files get spoiled (fields missing, extra or misspelt, wrong types,
 * numbers in quotes, huge and negative numbers, unknown versions, NaN and Infinity written in,
 * truncated, nested deep, a byte-order mark, bytes that are not UTF-8), random JSON and random
 * bytes; and the checks every outcome must pass.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { PARAMETERS, type ParameterSpec } from '../../src/model/parameters';
import { FILE_FIELD, clip, problemText, type Problem, type ProblemLang } from '../../src/model/problems';
import { DAYS, FIXED_DURING_RUN, SCENARIO_FIELDS, SEED, type Scenario } from '../../src/model/scenario';
import { runScenario } from '../../src/engine/run';

const encoder = new TextEncoder();

/** A value of `s` from a draw: either end, the default, or a fraction of the way along. */
function valueOf(s: ParameterSpec, pick: number, fraction: number): number {
  if (pick === 0) return s.min;
  if (pick === 1) return s.max;
  if (pick === 2) return s.default;
  const x = s.min + fraction * (s.max - s.min);
  return s.integer ? Math.round(x) : x;
}

/** Draws of parameters: which one, which kind of value, where in its range. */
const parameterDraws = fc.array(
  fc.tuple(fc.nat(PARAMETERS.length - 1), fc.nat(5), fc.double({ min: 0, max: 1, noNaN: true })),
  {
    maxLength: 6,
  },
);

/** Some parameters with valid values; `changeable`: only those that may change during a run. */
function parametersOf(
  draws: readonly [number, number, number][],
  changeable = false,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, pick, fraction] of draws) {
    const spec = PARAMETERS[k]!;
    if (changeable && (FIXED_DURING_RUN as readonly string[]).includes(spec.name)) continue;
    out[spec.name] = valueOf(spec, pick, fraction);
  }
  return out;
}

/** A valid scenario file's data: version 1 or 2, any texts, seeds and horizons within range. */
export const validScenario: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    version: fc.constantFrom(1, 2),
    name: fc.string({ maxLength: 30 }),
    description: fc.string({ maxLength: 60 }),
    seed: fc.oneof(fc.integer({ min: SEED.min, max: SEED.max }), fc.constantFrom(SEED.min, SEED.max)),
    days: fc.oneof(fc.integer({ min: DAYS.min, max: 400 }), fc.constantFrom(DAYS.min, DAYS.max)),
    parameters: parameterDraws,
    ru: fc.option(
      fc.record({ name: fc.string({ maxLength: 20 }), description: fc.string({ maxLength: 20 }) }),
      {
        nil: undefined,
      },
    ),
    currency: fc.option(fc.constantFrom('USD', 'RUB'), { nil: undefined }),
    changes: fc.option(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), parameterDraws), { maxLength: 3 }),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ parameters, changes, ...s }) => {
    const data: Record<string, unknown> = Object.fromEntries(
      Object.entries(s).filter(([, v]) => v !== undefined),
    );
    data.parameters = parametersOf(parameters);
    if (s.version === 2 && changes) {
      const byDay = new Map<number, Record<string, number>>();
      for (const [at, draws] of changes) {
        const changed = parametersOf(draws, true);
        if (Object.keys(changed).length) byDay.set(1 + Math.floor(at * (s.days - 1)), changed);
      }
      data.changes = [...byDay].map(([day, p]) => ({ day, parameters: p }));
    }
    return data;
  });

/** Values that stand where another belongs. */
const strayValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    [],
    {},
    '',
    '15',
    ' 3 ',
    '1e3',
    '-1',
    'NaN',
    'Infinity',
    'undefined',
    '[object Object]',
    -1,
    -0.5,
    0.5,
    4294967296,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    3650.5,
    0,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** `name` as a person might mistype it: a letter dropped, doubled, changed or swapped, the case changed, the group left out. */
function misspelt(name: string, k: number, how: number): string {
  if (name === '') return 'x';
  const at = k % name.length;
  switch (how) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + name[at] + name.slice(at);
    case 2:
      return `${name.slice(0, at)}x${name.slice(at + 1)}`;
    case 3:
      return name.slice(0, at) + (name[at + 1] ?? '') + name[at] + name.slice(at + 2);
    case 4:
      return name.toUpperCase();
    default:
      return name.slice(name.indexOf('.') + 1);
  }
}

const knownNames = [...SCENARIO_FIELDS, ...PARAMETERS.map((p) => p.name), 'day', 'parameters'];

/** A key that is no field: random, or a misspelt known one. */
const strayKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .tuple(fc.constantFrom(...knownNames), fc.nat(), fc.nat(5))
    .map(([name, k, how]) => misspelt(name, k, how)),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'ads.budget', 'budget', 'sead'),
);

type Data = Record<string, unknown>;

/** One object inside a scenario that a mutation may touch: the top, its parameters, a change, a change's parameters. */
function objectsOf(data: Data): Data[] {
  const out: Data[] = [data];
  const isObject = (x: unknown): x is Data => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isObject(data.parameters)) out.push(data.parameters);
  if (isObject(data.ru)) out.push(data.ru);
  if (Array.isArray(data.changes))
    for (const c of data.changes)
      if (isObject(c)) {
        out.push(c);
        if (isObject(c.parameters)) out.push(c.parameters);
      }
  return out;
}

/** A change to a scenario's data, made in place. */
type Mutation = (data: Data) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a field removed
  fc.nat().map((k) => (data: Data) => {
    const objects = objectsOf(data);
    const o = objects[k % objects.length]!;
    const keys = Object.keys(o);
    if (keys.length) delete o[keys[k % keys.length]!];
  }),
  // a field's value replaced
  fc.tuple(fc.nat(), strayValue).map(([k, value]) => (data: Data) => {
    const objects = objectsOf(data);
    const o = objects[k % objects.length]!;
    const keys = Object.keys(o);
    if (keys.length) o[keys[k % keys.length]!] = value;
  }),
  // a field added
  fc.tuple(fc.nat(), strayKey, strayValue).map(([k, key, value]) => (data: Data) => {
    const objects = objectsOf(data);
    Object.defineProperty(objects[k % objects.length]!, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }),
  // a field renamed (misspelt)
  fc.tuple(fc.nat(), fc.nat(), fc.nat(5)).map(([k, j, how]) => (data: Data) => {
    const objects = objectsOf(data);
    const o = objects[k % objects.length]!;
    const keys = Object.keys(o);
    if (!keys.length) return;
    const key = keys[j % keys.length]!;
    const value = o[key];
    delete o[key];
    o[misspelt(key, j, how)] = value;
  }),
  // a version this program does not read
  fc.constantFrom(0, 3, 99, -2, 1.5, '2', 'v2').map((v) => (data: Data) => {
    data.version = v;
  }),
  // a number in quotes
  fc.constantFrom('seed', 'days').map((key) => (data: Data) => {
    data[key] = String(data[key]);
  }),
);

/** Edits to the file's text. */
const textEdit: fc.Arbitrary<(text: string) => string> = fc.oneof(
  // a number written as NaN, Infinity, a number beyond the largest, in quotes
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '"15"', '+1', '01', '.5'),
    )
    .map(([k, word]) => (text: string) => {
      const numbers = [...text.matchAll(/(?<=: ?)-?\d[\d.e+-]*/g)];
      if (!numbers.length) return text;
      const m = numbers[k % numbers.length]!;
      return text.slice(0, m.index) + word + text.slice(m.index + m[0].length);
    }),
  // cut short
  fc.nat().map((k) => (text: string) => text.slice(0, k % (text.length + 1))),
  // a character inserted
  fc
    .tuple(fc.nat(), fc.constantFrom(',', '}', ']', '"', "'", ':', '/', '\\', '\n', '\u0000', 'x'))
    .map(([k, c]) => (text: string) => {
      const at = k % (text.length + 1);
      return text.slice(0, at) + c + text.slice(at);
    }),
  // a field given twice
  fc.constantFrom('seed', 'days', 'name').map((key) => (text: string) => text.replace('{', `{"${key}": 1,`)),
  // nested deep
  fc.integer({ min: 1, max: 200 }).map((n) => (text: string) => `${'['.repeat(n)}${text}${']'.repeat(n)}`),
  fc
    .integer({ min: 1, max: 200 })
    .map((n) => (text: string) => text.replace('"seed":', `"seed":${'['.repeat(n)}1${']'.repeat(n)},"x":`)),
  // a byte-order mark, white space around
  fc.constant((text: string) => `\uFEFF${text}`),
  fc.constant((text: string) => `\n \t${text}\r\n`),
);

/** Edits to the file's bytes. */
const byteEdit: fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([k, b]) => (bytes: Uint8Array) => {
    const out = bytes.slice();
    if (out.length) out[k % out.length] = b;
    return out;
  }),
  fc.uint8Array({ minLength: 1, maxLength: 4 }).map((extra) => (bytes: Uint8Array) => {
    const out = new Uint8Array(bytes.length + extra.length);
    out.set(bytes);
    out.set(extra, bytes.length);
    return out;
  }),
  // a byte-order mark
  fc.constant((bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])),
  // Latin-1 where UTF-8 belongs
  fc.constant((bytes: Uint8Array) =>
    Uint8Array.from(new TextDecoder().decode(bytes), (c) => c.charCodeAt(0) & 0xff),
  ),
);

/** A scenario file's text: a valid scenario, perhaps spoiled, in JSON with any indent. */
export const scenarioText: fc.Arbitrary<string> = fc
  .tuple(
    validScenario,
    fc.array(mutation, { maxLength: 4 }),
    fc.constantFrom(0, 2, '\t'),
    fc.array(textEdit, { maxLength: 2 }),
  )
  .map(([data, mutations, indent, edits]) => {
    const copy = JSON.parse(JSON.stringify(data)) as Data;
    for (const m of mutations) m(copy);
    let text = JSON.stringify(copy, null, indent);
    for (const e of edits) text = e(text);
    return text;
  });

/** Every kind of input, as text or as bytes: scenario files as above, random JSON, random text and bytes. */
export const scenarioInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { arbitrary: scenarioText, weight: 6 },
  {
    arbitrary: fc
      .tuple(scenarioText, fc.array(byteEdit, { maxLength: 2 }))
      .map(([text, edits]) => edits.reduce<Uint8Array>((b, e) => e(b), encoder.encode(text))),
    weight: 3,
  },
  { arbitrary: fc.json({ maxDepth: 4 }), weight: 1 },
  {
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => JSON.stringify({ version: 2, ...(typeof v === 'object' && v ? v : { v }) })),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 40, unit: 'grapheme-ascii' }), weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 60 }), weight: 1 },
);

/** The input's text as far as it can be read, to tell what a message quotes from what it says. */
export function inputText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input);
}

/** Words a message may contain only when quoting the input. */
const NEVER_SAID = ['undefined', 'NaN', 'Infinity', '[object Object]'];

/** Fails with `message` unless `ok` (plain checks: property tests make millions of them). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/**
 * Checks problems as a person reads them, in both languages: at least one; each names its field
 * (the whole file's is "(file)"), fits a line, says nothing of "undefined", "NaN", "Infinity" or
 * "[object Object]" that the input did not hold, and shows no stack frame.
 */
export function expectReadableProblems(problems: readonly Problem[], input: string): void {
  check(problems.length > 0, () => 'no problem named');
  for (const p of problems) {
    check(p.field.length > 0, () => `a problem without a field: ${JSON.stringify(p)}`);
    for (const lang of ['en', 'ru'] as ProblemLang[]) {
      const text = problemText(p, lang);
      expectReadableLine(text, input);
      const field = p.field === FILE_FIELD ? (lang === 'en' ? '(file)' : '(файл)') : clip(p.field);
      check(text.startsWith(`${field}: `), () => `does not start with its field "${field}": ${text}`);
    }
  }
}

/** One line of a message: short, no stack frame, nothing said that the input did not hold. */
export function expectReadableLine(text: string, input: string): void {
  check(text.length < 400, () => `too long: ${text}`);
  check(!text.includes('\n'), () => `more than a line: ${text}`);
  for (const word of NEVER_SAID)
    check(input.includes(word) || !text.includes(word), () => `says "${word}": ${text}`);
}

/** How many valid outcomes have been run so far, to run one in `SAMPLE_EVERY`. */
let valid = 0;
const SAMPLE_EVERY = 50;

/**
 * Checks a scenario the reader accepted: a day of it runs on a small audience (one in
 * SAMPLE_EVERY is run, not every one).
 */
export function expectRunnable(s: Scenario): void {
  check(s.seed >= SEED.min && s.days >= DAYS.min, () => `not a scenario: ${JSON.stringify(s)}`);
  if (valid++ % SAMPLE_EVERY !== 0) return;
  const frames = runScenario({ ...s, days: 1, parameters: { ...s.parameters, 'audience.size': 100 } });
  expect(frames).toHaveLength(1);
}

/** How many valid scenarios were run (one in SAMPLE_EVERY of those accepted). */
export const runsSampled = (): number => Math.ceil(valid / SAMPLE_EVERY);
