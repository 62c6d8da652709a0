/**
 * What is wrong with a scenario file, as data: the field (as written in the file) and the issue,
 * with what the field must be and what it holds. Each problem is put into words in English (the
 * CLI, thrown errors) or Russian (the page) by `problemText`; the field names stay as in the file.
 */
import { allowedRange, parameterSpec, UNIT_WORDS } from './parameters';

export { editDistance, nearMatch } from './near';

/** The languages problems are said in. */
export type ProblemLang = 'en' | 'ru';

/** The field of a problem with the file as a whole (its text, its encoding, its top level). */
export const FILE_FIELD = '(file)';

/** What a field must hold. */
export type Expected =
  /** a whole number in [min, max]; `runDays`: a day of the run */
  | { kind: 'whole'; min: number; max: number; runDays?: boolean }
  /** a value of the parameter `name`, within its declared range */
  | { kind: 'parameter'; name: string }
  | { kind: 'text' }
  /** one of these values, written as JSON */
  | { kind: 'oneOf'; values: readonly (string | number)[] }
  /** an object with these fields */
  | { kind: 'object'; fields: readonly string[] }
  /** an object of dotted parameter names and numbers */
  | { kind: 'parameters' }
  /** a list of changes of strategy */
  | { kind: 'changes' };

/** What a field holds instead, described without quoting anything large or nested. */
export type Got =
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'literal'; word: 'null' | 'true' | 'false' }
  | { kind: 'list' }
  | { kind: 'object' };

/** Why the text is not JSON, at the place it stops being JSON. */
export type SyntaxIssue =
  | { kind: 'end' }
  | { kind: 'value'; found: string }
  | { kind: 'key'; found: string }
  | { kind: 'colon'; found: string }
  | { kind: 'commaOrBrace'; found: string }
  | { kind: 'commaOrBracket'; found: string }
  | { kind: 'trailingComma' }
  | { kind: 'notNumber'; found: string }
  | { kind: 'number'; found: string }
  | { kind: 'singleQuote' }
  | { kind: 'comment' }
  | { kind: 'control' }
  | { kind: 'escape'; found: string }
  | { kind: 'unclosed' }
  | { kind: 'after'; found: string }
  | { kind: 'word'; found: string };

export type Issue =
  | { kind: 'missing'; expected: Expected }
  | { kind: 'wrong'; expected: Expected; got: Got }
  /** a number written as text: "15" for 15 */
  | { kind: 'quotedNumber'; expected: Expected; text: string; value: number }
  /** an unknown field or parameter, with the nearest known name; `allowed` lists the known fields */
  | { kind: 'unknown'; parameter: boolean; suggestion: string | null; allowed: readonly string[] | null }
  /** a version newer than this program reads */
  | { kind: 'newerVersion'; version: number; known: readonly number[] }
  /** a parameter that shapes the audience on day 0, changed during a run */
  | { kind: 'fixedDuringRun'; name: string }
  | { kind: 'needsVersion2' }
  | { kind: 'dayTaken'; day: number; earlier: string }
  | { kind: 'noParameters' }
  /** the same field twice in one object (JSON would keep the last silently) */
  | { kind: 'repeated'; lines: readonly [number, number] }
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notUtf8'; byte: number; line: number }
  | { kind: 'syntax'; line: number; column: number; syntax: SyntaxIssue }
  | { kind: 'tooDeep'; line: number; column: number; limit: number }
  | { kind: 'unreadable' }
  /** more problems were found than are listed */
  | { kind: 'more' };

/** One problem: the field as written in the file (`FILE_FIELD` for the whole file) and the issue. */
export interface Problem {
  field: string;
  issue: Issue;
}

/** The outcome of reading something that may be wrong in several ways at once. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Problems listed at most; past this a last problem says that more follow. */
export const MAX_PROBLEMS = 100;

/** A problem list that stops growing at MAX_PROBLEMS and then says that more follow. */
export class ProblemList {
  readonly problems: Problem[] = [];
  private full = false;

  add(field: string, issue: Issue): void {
    if (this.full) return;
    if (this.problems.length === MAX_PROBLEMS) {
      this.problems.push({ field: FILE_FIELD, issue: { kind: 'more' } });
      this.full = true;
      return;
    }
    this.problems.push({ field, issue });
  }

  get count(): number {
    return this.problems.length;
  }
}

/**
 * The field `key` inside the field `at` (empty for the top level): `parameters.ads.ctr`. A key
 * that is empty or starts or ends with white space is written in quotes (`""`, `" seed"`), so it
 * shows.
 */
export function fieldIn(at: string, key: string): string {
  const name = key === '' || /^\s|\s$/.test(key) ? JSON.stringify(key) : key;
  return at ? `${at}.${name}` : name;
}

/** What a value is, for a message that says what was found instead of what was wanted. */
export function describeValue(x: unknown): Got {
  if (typeof x === 'number') return { kind: 'number', value: x };
  if (typeof x === 'string') return { kind: 'text', text: x };
  if (x === null) return { kind: 'literal', word: 'null' };
  if (typeof x === 'boolean') return { kind: 'literal', word: x ? 'true' : 'false' };
  if (Array.isArray(x)) return { kind: 'list' };
  return { kind: 'object' };
}

/** The longest text, field name or token quoted back in a message. */
const QUOTE_MAX = 60;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A control character (or a line or paragraph separator) as a file writes it: \n, \t, \u0000. */
function escaped(c: string): string {
  const code = c.charCodeAt(0);
  const control = code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
  return control ? (ESCAPES[c] ?? `\\u${code.toString(16).padStart(4, '0')}`) : c;
}

/**
 * `s` for quoting: control characters written as escapes (so a quoted name stays on one line), at
 * most QUOTE_MAX characters, an ellipsis when cut.
 */
export function clip(s: string): string {
  const chars = Array.from(s.length > QUOTE_MAX * 2 ? s.slice(0, QUOTE_MAX * 2) : s, escaped);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : chars.join('');
}

/** A list of names in words: "a, b and c" · "a, b и c". */
function listed(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** How a value in a file is written: strings in double quotes, numbers as they are. */
const asJson = (v: string | number): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** A number as a message quotes it: as JavaScript writes it; beyond the largest number, in words. */
function numberWords(x: number, words: ProblemWords): string {
  if (Number.isNaN(x)) return words.notANumber;
  if (!Number.isFinite(x)) return x > 0 ? words.tooLargeNumber : words.tooLargeNegative;
  return String(x);
}

/** The words problems are said in, one table per language. */
export interface ProblemWords {
  file: string;
  and: string;
  or: string;
  /** what a field must hold */
  whole: (min: number, max: number) => string;
  /** after a problem with a day of the run */
  runDays: string;
  /** a parameter's range, then its unit in words */
  parameter: (range: string, unit: string) => string;
  text: string;
  object: (fields: string) => string;
  parameters: (example: string) => string;
  changes: (shape: string) => string;
  /** what a field holds instead */
  gotText: (text: string) => string;
  gotList: string;
  gotObject: string;
  tooLargeNumber: string;
  tooLargeNegative: string;
  notANumber: string;
  /** the issues */
  missing: (expected: string) => string;
  wrong: (expected: string, got: string) => string;
  quotedNumber: (expected: string, text: string, number: string) => string;
  didYouMean: (name: string) => string;
  unknownField: (allowed: string) => string;
  unknownParameter: (docs: string) => string;
  newerVersion: (version: number, known: string) => string;
  fixedDuringRun: (name: string, where: string) => string;
  needsVersion2: (field: string) => string;
  dayTaken: (day: number, earlier: string) => string;
  noParameters: string;
  repeated: (first: number, second: number) => string;
  empty: (example: string) => string;
  tooLarge: (megabytes: string, limit: string) => string;
  notUtf8: (byte: number, line: number) => string;
  at: (line: number, column: number, what: string) => string;
  tooDeep: (limit: number) => string;
  unreadable: string;
  more: string;
  /** why the text is not JSON */
  end: string;
  value: (found: string) => string;
  key: (found: string) => string;
  colon: (found: string) => string;
  commaOrBrace: (found: string) => string;
  commaOrBracket: (found: string) => string;
  trailingComma: string;
  notNumber: (found: string) => string;
  number: (found: string) => string;
  singleQuote: string;
  comment: string;
  control: string;
  escape: (found: string) => string;
  unclosed: string;
  after: (found: string) => string;
  word: (found: string) => string;
}

export const PROBLEM_WORDS: Record<ProblemLang, ProblemWords> = {
  en: {
    file: FILE_FIELD,
    and: 'and',
    or: 'or',
    whole: (min, max) => `a whole number from ${min} to ${max}`,
    runDays: "(the run's days)",
    parameter: (range, unit) => `${range} (${unit})`,
    text: 'a text in double quotes',
    object: (fields) => `an object with ${fields}`,
    parameters: (example) => `an object of parameter names and numbers, such as ${example}`,
    changes: (shape) => `a list of changes, each ${shape}`,
    gotText: (text) => `the text "${text}"`,
    gotList: 'a list',
    gotObject: 'an object',
    tooLargeNumber: 'a number too large to hold',
    tooLargeNegative: 'a negative number too large to hold',
    notANumber: 'something that is not a number',
    missing: (expected) => `missing; ${expected}`,
    wrong: (expected, got) => `must be ${expected}, got ${got}`,
    quotedNumber: (expected, text, number) =>
      `must be ${expected}, written without quotes; got the text "${text}" (write ${number})`,
    didYouMean: (name) => `unknown; did you mean ${name}?`,
    unknownField: (allowed) => `unknown field; allowed: ${allowed}`,
    unknownParameter: (docs) => `unknown parameter; the parameters are listed in ${docs}`,
    newerVersion: (version, known) =>
      `${version} is newer than this program reads (${known}); open the file in a newer SMM Loop`,
    fixedDuringRun: (name, where) =>
      `${name} cannot change during a run (the audience is drawn on day 0); set it in ${where}`,
    needsVersion2: (field) => `needs ${field} (version 1 has no changes)`,
    dayTaken: (day, earlier) =>
      `day ${day} already has a change (${earlier}); put all of a day's parameters in one entry`,
    noParameters: 'must name at least one parameter',
    repeated: (first, second) => `given twice (lines ${first} and ${second}); keep one`,
    empty: (example) => `the file is empty; a scenario file is a JSON object such as ${example}`,
    tooLarge: (megabytes, limit) => `the file is ${megabytes} MB; a scenario file may be at most ${limit} MB`,
    notUtf8: (byte, line) =>
      `not UTF-8 text: byte ${byte} (line ${line}) cannot be read; save the file as UTF-8`,
    at: (line, column, what) => `line ${line}, column ${column}: ${what}`,
    tooDeep: (limit) => `nested more than ${limit} levels deep; a scenario file nests 4 levels at most`,
    unreadable: 'the file could not be read',
    more: 'more problems follow; fix these first',
    end: 'the file ends before the JSON is complete (a missing } or ]?)',
    value: (found) =>
      `expected a value (a number, a text in double quotes, true, false, null, a list or an object), found ${found}`,
    key: (found) => `expected a field name in double quotes, found ${found}`,
    colon: (found) => `expected : after the field name, found ${found}`,
    commaOrBrace: (found) => `expected , or } after the value, found ${found}`,
    commaOrBracket: (found) => `expected , or ] after the value, found ${found}`,
    trailingComma: 'a comma before } or ] is not JSON; remove it',
    notNumber: (found) => `${found} is not a number JSON can hold; write a number`,
    number: (found) => `${found} is not a JSON number; write numbers as 15, 0.5 or 1e6`,
    singleQuote: 'texts and field names are in double quotes in JSON, not single',
    comment: 'comments are not JSON; remove them',
    control: 'a line break or control character inside a text (a closing quote missing?)',
    escape: (found) => `${found} is not a JSON escape; a backslash is written \\\\`,
    unclosed: 'a text is not closed with a double quote',
    after: (found) => `text after the end of the JSON: ${found}`,
    word: (found) => `${found} is not JSON; texts are written in double quotes`,
  },
  ru: {
    file: '(файл)',
    and: 'и',
    or: 'или',
    whole: (min, max) => `целое число от ${min} до ${max}`,
    runDays: '(дни прогона)',
    parameter: (range, unit) => `${range} (${unit})`,
    text: 'текст в двойных кавычках',
    object: (fields) => `объект с полями ${fields}`,
    parameters: (example) => `объект из имён параметров и чисел, например ${example}`,
    changes: (shape) => `список изменений, каждое в виде ${shape}`,
    gotText: (text) => `текст «${text}»`,
    gotList: 'список',
    gotObject: 'объект',
    tooLargeNumber: 'слишком большое число',
    tooLargeNegative: 'слишком большое по модулю отрицательное число',
    notANumber: 'не число',
    missing: (expected) => `поле отсутствует; ожидается ${expected}`,
    wrong: (expected, got) => `ожидается ${expected}, а указано ${got}`,
    quotedNumber: (expected, text, number) =>
      `ожидается ${expected} без кавычек, а указан текст «${text}» (напишите ${number})`,
    didYouMean: (name) => `такого нет; может быть, имелось в виду ${name}?`,
    unknownField: (allowed) => `такого поля нет; допустимые поля: ${allowed}`,
    unknownParameter: (docs) => `такого параметра нет; все параметры перечислены в ${docs}`,
    newerVersion: (version, known) =>
      `версия ${version} новее тех, что читает эта программа (${known}); откройте файл в более новой версии`,
    fixedDuringRun: (name, where) =>
      `${name} нельзя менять по ходу прогона (аудитория складывается в день 0); задайте его в ${where}`,
    needsVersion2: (field) => `нужна версия 2: ${field} (в версии 1 изменений по ходу прогона нет)`,
    dayTaken: (day, earlier) =>
      `на день ${day} уже есть изменение (${earlier}); соберите все параметры этого дня в одну запись`,
    noParameters: 'нужно указать хотя бы один параметр',
    repeated: (first, second) => `указано дважды (строки ${first} и ${second}); оставьте одно`,
    empty: (example) => `файл пуст; файл сценария — объект JSON, как ${example}`,
    tooLarge: (megabytes, limit) => `файл весит ${megabytes} МБ, а файл сценария — не больше ${limit} МБ`,
    notUtf8: (byte, line) =>
      `текст не в кодировке UTF-8: байт ${byte} (строка ${line}) не читается; сохраните файл в UTF-8`,
    at: (line, column, what) => `строка ${line}, позиция ${column}: ${what}`,
    tooDeep: (limit) => `вложенность глубже ${limit} уровней, а в файле сценария их не больше четырёх`,
    unreadable: 'файл не удалось прочитать',
    more: 'дальше есть ещё ошибки; сначала исправьте эти',
    end: 'файл кончается раньше, чем JSON (не хватает } или ]?)',
    value: (found) =>
      `ожидается значение (число, текст в двойных кавычках, true, false, null, список или объект), а здесь ${found}`,
    key: (found) => `ожидается имя поля в двойных кавычках, а здесь ${found}`,
    colon: (found) => `после имени поля ожидается двоеточие, а здесь ${found}`,
    commaOrBrace: (found) => `после значения ожидается запятая или }, а здесь ${found}`,
    commaOrBracket: (found) => `после значения ожидается запятая или ], а здесь ${found}`,
    trailingComma: 'запятая перед } или ] в JSON не допускается; уберите её',
    notNumber: (found) => `${found} — не число в смысле JSON; напишите число`,
    number: (found) => `${found} — не число JSON; числа пишутся так: 15, 0.5 или 1e6`,
    singleQuote: 'в JSON текст и имена полей берутся в двойные кавычки, а не в одинарные',
    comment: 'комментарии в JSON не допускаются; уберите их',
    control: 'перевод строки или управляющий символ внутри текста (не хватает закрывающей кавычки?)',
    escape: (found) => `${found} — недопустимая в JSON последовательность; обратная косая черта пишется \\\\`,
    unclosed: 'текст не закрыт двойной кавычкой',
    after: (found) => `после конца JSON есть ещё текст: ${found}`,
    word: (found) => `${found} — не JSON; текст пишется в двойных кавычках`,
  },
};

/** Where the parameters are listed, for a message about an unknown one. */
const PARAMETER_DOCS = 'docs/parameters.md';
/** A scenario file to model one on. */
const EXAMPLE_FILE = 'simulations/default.json';

/** What a field must hold, in words. */
export function expectedText(e: Expected, lang: ProblemLang): string {
  const w = PROBLEM_WORDS[lang];
  switch (e.kind) {
    case 'whole':
      return w.whole(e.min, e.max);
    case 'parameter': {
      const spec = parameterSpec(e.name);
      if (!spec) return w.parameters('{ "ads.dailyBudget": 20 }');
      return w.parameter(allowedRange(spec, lang), UNIT_WORDS[spec.unit][lang]);
    }
    case 'text':
      return w.text;
    case 'oneOf':
      return listed(e.values.map(asJson), w.or);
    case 'object':
      return w.object(listed(e.fields, w.and));
    case 'parameters':
      return w.parameters('{ "ads.dailyBudget": 20 }');
    case 'changes':
      return w.changes('{ "day": 90, "parameters": { "ads.dailyBudget": 20 } }');
  }
}

/** What a field holds instead, in words. */
export function gotText(g: Got, lang: ProblemLang): string {
  const w = PROBLEM_WORDS[lang];
  switch (g.kind) {
    case 'number':
      return numberWords(g.value, w);
    case 'text':
      return w.gotText(clip(g.text));
    case 'literal':
      return g.word;
    case 'list':
      return w.gotList;
    case 'object':
      return w.gotObject;
  }
}

/** Why the text is not JSON, in words. */
function syntaxText(s: SyntaxIssue, w: ProblemWords): string {
  switch (s.kind) {
    case 'end':
    case 'trailingComma':
    case 'singleQuote':
    case 'comment':
    case 'control':
    case 'unclosed':
      return w[s.kind];
    default:
      return w[s.kind](clip(s.found));
  }
}

/** An issue in words, without its field. */
export function issueText(issue: Issue, lang: ProblemLang): string {
  const text = issueWords(issue, lang);
  const aboutDay = 'expected' in issue && issue.expected.kind === 'whole' && issue.expected.runDays;
  return aboutDay ? `${text} ${PROBLEM_WORDS[lang].runDays}` : text;
}

function issueWords(issue: Issue, lang: ProblemLang): string {
  const w = PROBLEM_WORDS[lang];
  switch (issue.kind) {
    case 'missing':
      return w.missing(expectedText(issue.expected, lang));
    case 'wrong':
      return w.wrong(expectedText(issue.expected, lang), gotText(issue.got, lang));
    case 'quotedNumber':
      return w.quotedNumber(expectedText(issue.expected, lang), clip(issue.text), String(issue.value));
    case 'unknown':
      if (issue.suggestion !== null) return w.didYouMean(issue.suggestion);
      if (issue.parameter || !issue.allowed) return w.unknownParameter(PARAMETER_DOCS);
      return w.unknownField(issue.allowed.join(', '));
    case 'newerVersion':
      return w.newerVersion(issue.version, listed(issue.known.map(String), w.or));
    case 'fixedDuringRun':
      return w.fixedDuringRun(issue.name, '"parameters"');
    case 'needsVersion2':
      return w.needsVersion2('"version": 2');
    case 'dayTaken':
      return w.dayTaken(issue.day, issue.earlier);
    case 'noParameters':
      return w.noParameters;
    case 'repeated':
      return w.repeated(issue.lines[0], issue.lines[1]);
    case 'empty':
      return w.empty(EXAMPLE_FILE);
    case 'tooLarge':
      return w.tooLarge(megabytes(issue.bytes), megabytes(issue.limit));
    case 'notUtf8':
      return w.notUtf8(issue.byte, issue.line);
    case 'syntax':
      return w.at(issue.line, issue.column, syntaxText(issue.syntax, w));
    case 'tooDeep':
      return w.at(issue.line, issue.column, w.tooDeep(issue.limit));
    case 'unreadable':
      return w.unreadable;
    case 'more':
      return w.more;
  }
}

/** Bytes in megabytes (of 1024 × 1024 bytes): whole when they are, else up to the next tenth. */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : (Math.ceil(mb * 10) / 10).toFixed(1);
}

/** A problem in words: "field: what is wrong and what is allowed". */
export function problemText(p: Problem, lang: ProblemLang = 'en'): string {
  const field = p.field === FILE_FIELD ? PROBLEM_WORDS[lang].file : clip(p.field);
  return `${field}: ${issueText(p.issue, lang)}`;
}
