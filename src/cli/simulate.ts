/**
 * `npm run -s simulate -- <scenario.json> [...]`: runs a scenario headless, with its changes of
 * strategy and any `--change`, and prints one row per day (CSV or JSON), each written as its day
 * is computed, so a long run or a large audience is never held whole. Bad input: every problem on
 * stderr, one a line, exit code 2, nothing written.
 */
import { once } from 'node:events';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { MAX_SCENARIO_BYTES } from '../model/scenario';
import { scenarioDays } from '../engine/run';
import { ReportWriter } from '../engine/report';
import { prepareRun, type FileRead } from './load';
import { USAGE } from './args';

/** Reads `file` whole unless it is larger than a scenario file may be (then only its size). */
function readFile(file: string): FileRead {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: 'EISDIR' };
    if (stat.size > MAX_SCENARIO_BYTES) return { ok: false, size: stat.size };
    // read to the end, whatever the size said (a pipe, a file that grows), up to a byte past the limit
    let bytes = new Uint8Array(Math.min(stat.size, MAX_SCENARIO_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > MAX_SCENARIO_BYTES) return { ok: false, size: length };
        const larger = new Uint8Array(Math.min(2 * length + 1024, MAX_SCENARIO_BYTES + 1));
        larger.set(bytes);
        bytes = larger;
      }
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > MAX_SCENARIO_BYTES
      ? { ok: false, size: length }
      : { ok: true, bytes: bytes.subarray(0, length) };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fail(messages: readonly string[]): never {
  process.stderr.write(messages.map((m) => `simulate: ${m}\n`).join(''));
  process.exit(2);
}

/** Where the report goes: a file (written as it comes) or standard output (waiting when it is full). */
interface Sink {
  write(text: string): void | Promise<void>;
  close(): void;
}

function fileSink(path: string): Sink {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    fail([`--out ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return {
    write: (text) => {
      writeSync(fd, text);
    },
    close: () => closeSync(fd),
  };
}

function stdoutSink(): Sink {
  // a reader that stops early (`| head`) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    write: (text) =>
      process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined),
    close: () => undefined,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const prepared = prepareRun(argv, readFile);
  if (prepared.kind === 'refused') fail(prepared.messages);
  if (prepared.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { scenario, options } = prepared;
  const sink = options.out ? fileSink(options.out) : stdoutSink();
  const writes: Promise<void>[] = [];
  const report = new ReportWriter(options.format, (text) => {
    const waiting = sink.write(text);
    if (waiting) writes.push(waiting);
  });
  // each day's row is written as soon as the day is computed; when the reader lags, wait for it
  for (const frame of scenarioDays(scenario, { runner: options.runner, countTransitions: false })) {
    report.day(frame);
    if (writes.length) await Promise.all(writes.splice(0));
  }
  report.end();
  await Promise.all(writes);
  sink.close();
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
