/**
 * Files as JSON, with problems a person can fix: UTF-8 bytes decoded with the place of the first
 * byte that is not UTF-8, and JSON text checked before it is parsed, so a syntax error names the
 * line, the column and the field being written, and says why in words (the engines' own messages
 * differ and name no field). The check also finds a field given twice in one object, which
 * `JSON.parse` would silently take the last of, and refuses nesting deeper than any file needs
 * (without recursion: the check keeps its own stack). What passes is parsed by `JSON.parse`, so
 * values are exactly the platform's.
 */
import { fieldIn, FILE_FIELD, type Issue, type Problem, type SyntaxIssue } from './problems';

/** Nesting deeper than this is refused (a scenario file nests 4 levels, a lesson 5). */
export const MAX_DEPTH = 64;

/** The text of UTF-8 bytes (a byte-order mark dropped), or where the first invalid byte is. */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; byte: number; line: number } {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  const units: number[] = [];
  let line = 1;
  const flush = () => {
    if (units.length) parts.push(String.fromCharCode(...units));
    units.length = 0;
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      // a run of ASCII, taken whole
      let j = i;
      while (j < n && bytes[j]! < 0x80) {
        if (bytes[j] === 0x0a) line++;
        j++;
      }
      flush();
      for (let k = i; k < j; k += 8192)
        parts.push(String.fromCharCode(...bytes.subarray(k, Math.min(j, k + 8192))));
      i = j;
      continue;
    }
    // a character of 2 to 4 bytes: its lead byte, then continuation bytes in the range each allows
    let cp: number;
    let size: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      size = 2;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      size = 3;
      cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      size = 4;
      cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      return { ok: false, byte: i + 1, line };
    }
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      // the place of the character that does not decode: its first byte
      if (c === undefined || c < lo || c > hi) return { ok: false, byte: i + 1, line };
      cp = (cp << 6) | (c & 0x3f);
      lo = 0x80;
      hi = 0xbf;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) flush();
    i += size;
  }
  flush();
  return { ok: true, text: parts.join('') };
}

/** One open object or list while checking. */
interface Open {
  list: boolean;
  /** the field names seen in an object, with the line of each */
  keys?: Map<string, number>;
  /** the field being read (objects) or the index of the item (lists) */
  key: string | null;
  index: number;
}

/** The field an open stack points at: `parameters.ads.ctr`, `changes[0].day`; empty at the top. */
function fieldOf(stack: readonly Open[]): string {
  let out = '';
  for (const open of stack) {
    if (open.list) out += `[${open.index}]`;
    else if (open.key !== null) out = fieldIn(out, open.key);
    else break;
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Characters that end a token. */
const isDelimiter = (c: number) =>
  isSpace(c) ||
  c === 0x2c ||
  c === 0x5d ||
  c === 0x7d ||
  c === 0x3a ||
  c === 0x22 ||
  c === 0x5b ||
  c === 0x7b;

/** The outcome of checking JSON text: the problems of syntax (at most one) and repeated fields. */
export interface JsonCheck {
  /** the text is JSON (repeated fields aside) */
  syntaxOk: boolean;
  problems: Problem[];
}

/** A syntax problem at `at`: its field, line and column. */
class Stop {
  constructor(
    readonly at: number,
    readonly issue: SyntaxIssue | 'deep',
  ) {}
}

/**
 * Checks that `text` is one JSON value; finds fields given twice in an object. Iterative, so any
 * depth up to MAX_DEPTH costs no stack, and linear in the text's length.
 */
export function checkJson(text: string): JsonCheck {
  const n = text.length;
  const stack: Open[] = [];
  const problems: Problem[] = [];
  let i = 0;
  let line = 1;

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      i++;
    }
  };
  /** The token at `at`, for "found …": a word, a number, or one character; "the end" at the end. */
  const found = (at: number): string => {
    if (at >= n) return '…';
    let end = at;
    while (end < n && end - at < 40 && !isDelimiter(text.charCodeAt(end))) end++;
    return JSON.stringify(end === at ? text.slice(at, at + 1) : text.slice(at, end));
  };
  const stop = (at: number, issue: SyntaxIssue | 'deep'): never => {
    throw new Stop(at, issue);
  };

  /** Reads a string from the quote at i; returns its text when `decode` (field names). */
  const readString = (decode: boolean): string => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      if (i >= n) stop(start, { kind: 'unclosed' });
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) stop(i, { kind: 'control' });
      if (c === 0x5c) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            stop(i, { kind: 'escape', found: text.slice(i, i + 6) });
          i += 6;
          continue;
        }
        // " \ / b f n r t
        if (![0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(e))
          stop(i, { kind: 'escape', found: text.slice(i, i + 2) });
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    if (!decode) return '';
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };

  /** Reads a number at i, or stops at what is not one. */
  const readNumber = () => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.startsWith('Infinity', i)) stop(start, { kind: 'notNumber', found: text.slice(start, i + 8) });
    const bad = () => stop(start, { kind: 'number', found: found(start).slice(1, -1) });
    if (!isDigit(text.charCodeAt(i))) bad();
    if (text.charCodeAt(i) === 0x30) i++;
    else while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) bad();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) bad();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (i < n && !isDelimiter(text.charCodeAt(i))) bad();
  };

  /** Reads one value that is not an object or a list; opens those. True when a value ended. */
  const readValue = (): boolean => {
    skipSpace();
    if (i >= n) stop(i, { kind: 'end' });
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MAX_DEPTH) stop(i, 'deep');
      const list = c === 0x5b;
      stack.push(list ? { list, key: null, index: 0 } : { list, keys: new Map(), key: null, index: 0 });
      i++;
      return false;
    }
    if (c === 0x22) readString(false);
    else if (c === 0x2d || isDigit(c)) readNumber();
    else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('NaN', i) || text.startsWith('Infinity', i))
      stop(i, { kind: 'notNumber', found: text.startsWith('NaN', i) ? 'NaN' : 'Infinity' });
    else if (c === 0x27) stop(i, { kind: 'singleQuote' });
    else if (c === 0x2f) stop(i, { kind: 'comment' });
    else if (c === 0x2b || c === 0x2e) stop(i, { kind: 'number', found: found(i).slice(1, -1) });
    else if (c === 0x5d || c === 0x7d || c === 0x2c || c === 0x3a)
      stop(i, { kind: 'value', found: found(i) });
    else stop(i, { kind: 'word', found: found(i).slice(1, -1) });
    if (i < n && !isDelimiter(text.charCodeAt(i))) stop(i, { kind: 'word', found: found(i).slice(1, -1) });
    return true;
  };

  /** In an object, at a field name (or the closing brace when `mayClose`): reads it and its colon. */
  const readKey = (open: Open, mayClose: boolean): boolean => {
    skipSpace();
    if (i >= n) stop(i, { kind: 'end' });
    const c = text.charCodeAt(i);
    if (c === 0x7d) {
      if (!mayClose) stop(i, { kind: 'trailingComma' });
      return false;
    }
    if (c === 0x27) stop(i, { kind: 'singleQuote' });
    if (c === 0x2f) stop(i, { kind: 'comment' });
    if (c !== 0x22) stop(i, { kind: 'key', found: found(i) });
    const keyLine = line;
    const key = readString(true);
    const earlier = open.keys!.get(key);
    open.key = key;
    if (earlier === undefined) open.keys!.set(key, keyLine);
    else problems.push({ field: fieldOf(stack), issue: { kind: 'repeated', lines: [earlier, keyLine] } });
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) stop(i, i >= n ? { kind: 'end' } : { kind: 'colon', found: found(i) });
    i++;
    return true;
  };

  try {
    // after an opening bracket: a first item, or the close
    let opened = !readValue();
    for (;;) {
      const open = stack[stack.length - 1];
      if (!open) break;
      if (opened) {
        opened = false;
        if (open.list) {
          skipSpace();
          if (text.charCodeAt(i) === 0x5d) {
            i++;
            stack.pop();
          } else opened = !readValue();
        } else if (!readKey(open, true)) {
          i++;
          stack.pop();
        } else opened = !readValue();
        continue;
      }
      // after a value inside `open`
      skipSpace();
      if (i >= n) stop(i, { kind: 'end' });
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        if (open.list) {
          open.index++;
          skipSpace();
          if (text.charCodeAt(i) === 0x5d) stop(i, { kind: 'trailingComma' });
          opened = !readValue();
        } else {
          open.key = null;
          readKey(open, false);
          opened = !readValue();
        }
      } else if (c === (open.list ? 0x5d : 0x7d)) {
        i++;
        stack.pop();
      } else {
        stop(
          i,
          open.list ? { kind: 'commaOrBracket', found: found(i) } : { kind: 'commaOrBrace', found: found(i) },
        );
      }
    }
    skipSpace();
    if (i < n) stop(i, { kind: 'after', found: found(i) });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const { lineNumber, column } = place(text, e.at);
    const issue: Issue =
      e.issue === 'deep'
        ? { kind: 'tooDeep', line: lineNumber, column, limit: MAX_DEPTH }
        : { kind: 'syntax', line: lineNumber, column, syntax: e.issue };
    return { syntaxOk: false, problems: [{ field: fieldOf(stack) || FILE_FIELD, issue }] };
  }
  return { syntaxOk: true, problems };
}

/** The line and column (in characters, from 1) of the offset `at` of `text`. */
function place(text: string, at: number): { lineNumber: number; column: number } {
  let lineNumber = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) {
    lineNumber++;
    start = k + 1;
  }
  let column = 1;
  for (let k = start; k < at; k++) {
    const c = text.charCodeAt(k);
    // the second half of a surrogate pair is the same character
    if (c < 0xdc00 || c > 0xdfff || k === start) column++;
  }
  return { lineNumber, column };
}

/**
 * JSON text (a byte-order mark allowed) as a value, or its problems: an empty text, a syntax
 * error, nesting too deep, fields given twice. The value comes with any repeated fields too, so
 * they are listed with the other problems of the file.
 */
export function parseJson(text: string): { value: unknown; problems: Problem[] } | { problems: Problem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { problems: [{ field: FILE_FIELD, issue: { kind: 'empty' } }] };
  const check = checkJson(body);
  if (!check.syntaxOk) return { problems: check.problems };
  return { value: JSON.parse(body) as unknown, problems: check.problems };
}
