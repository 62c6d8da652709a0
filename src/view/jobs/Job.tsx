/**
 * A batch of whole runs on the worker pool as the page shows it (the sensitivity section and the
 * workshop challenge): its state, started and cancelled, with its progress; the run and cancel
 * buttons; the progress bar and what became of the batch; a whole-number field for its counts.
 */
import { useEffect, useRef, useState } from 'react';
import { KEY_FIGURES, type KeyFigureId } from '../../engine/compare';
import { FAULT_STRINGS } from '../../i18n/fault-strings';
import type { Lang } from '../../i18n/strings';
import { Cancelled, createSweepPool, WorkerFault, type FaultKind, type WorkerPool } from '../../store/sweep';
import './jobs.css';

/** What a job's status says, in the page's language. */
export interface JobWords {
  progressLabel: string;
  running(done: number, total: number): string;
  finished(total: number, seconds: number): string;
  cancelled: string;
  failed(message: string): string;
}

/** A batch of runs on the pool, as the page shows it. */
export type Job<R> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; started: number; lastAt: number; maxGap: number }
  | { status: 'done'; result: R; total: number; ms: number; maxGap: number }
  | { status: 'cancelled'; cancelMs: number }
  | { status: 'failed'; message: string; fault?: FaultKind };

/** A job's state: start it, cancel it; progress as each run arrives. */
export function useJob<R>(pool: () => WorkerPool) {
  const [job, setJob] = useState<Job<R>>({ status: 'idle' });
  const token = useRef(0);
  const start = (work: (progress: (done: number, total: number) => void) => Promise<R>) => {
    const mine = ++token.current;
    const started = performance.now();
    let last = started;
    let maxGap = 0;
    let total = 0;
    const progress = (done: number, all: number) => {
      const now = performance.now();
      if (done > 0) maxGap = Math.max(maxGap, now - last);
      last = now;
      total = all;
      if (mine === token.current)
        setJob({ status: 'running', done, total: all, started, lastAt: now, maxGap });
    };
    work(progress).then(
      (result) => {
        if (mine === token.current)
          setJob({ status: 'done', result, total, ms: performance.now() - started, maxGap });
      },
      (e: unknown) => {
        if (mine !== token.current) return;
        if (e instanceof Cancelled)
          setJob((j) => (j.status === 'cancelled' ? j : { status: 'cancelled', cancelMs: 0 }));
        else
          setJob({
            status: 'failed',
            message: (e as Error).message,
            ...(e instanceof WorkerFault ? { fault: e.kind } : {}),
          });
      },
    );
  };
  const cancel = () => {
    const t0 = performance.now();
    token.current++;
    pool().cancel();
    setJob({ status: 'cancelled', cancelMs: performance.now() - t0 });
  };
  return { job, start, cancel };
}

/** A whole number typed in [min, max] (rounded and clamped; anything else gives `fallback`). */
export function CountField(props: {
  label: string;
  testId: string;
  min: number;
  max: number;
  value: number;
  fallback: number;
  onChange(n: number): void;
}) {
  const { label, testId, min, max, value, fallback, onChange } = props;
  return (
    <label className="job-field">
      {label}{' '}
      <input
        type="number"
        data-testid={testId}
        min={min}
        max={max}
        value={value}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          onChange(Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback);
        }}
      />
    </label>
  );
}

/** A job's run button (off while it runs) and cancel button (on only while it runs). */
export function RunButtons<R>(props: {
  which: string;
  label: string;
  cancelLabel: string;
  job: Job<R>;
  /** the run button is off, as while the job runs (nothing to run yet) */
  disabled?: boolean;
  onRun(): void;
  onCancel(): void;
}) {
  const { which, label, cancelLabel, job, disabled = false, onRun, onCancel } = props;
  const running = job.status === 'running';
  return (
    <>
      <button
        type="button"
        className="btn btn-primary"
        data-testid={`run-${which}`}
        disabled={running || disabled}
        onClick={onRun}
      >
        {label}
      </button>
      <button
        type="button"
        className="btn"
        data-testid={`cancel-${which}`}
        disabled={!running}
        onClick={onCancel}
      >
        {cancelLabel}
      </button>
    </>
  );
}

/** A job's progress bar while it runs, and what became of it. */
export function JobStatus<R>({
  job,
  testId,
  t,
  lang,
}: {
  job: Job<R>;
  testId: string;
  t: JobWords;
  lang: Lang;
}) {
  return (
    <div className="job-status">
      {job.status === 'running' && (
        <progress
          data-testid={`${testId}-progress`}
          aria-label={t.progressLabel}
          value={job.done}
          max={job.total}
          data-max-gap={Math.round(job.maxGap)}
        />
      )}
      <span
        aria-live="polite"
        data-testid={`${testId}-status`}
        data-status={job.status}
        data-ms={job.status === 'done' ? Math.round(job.ms) : undefined}
        data-max-gap={job.status === 'done' ? Math.round(job.maxGap) : undefined}
        data-cancel-ms={job.status === 'cancelled' ? job.cancelMs.toFixed(1) : undefined}
      >
        {job.status === 'running'
          ? t.running(job.done, job.total)
          : job.status === 'done'
            ? t.finished(job.total, job.ms / 1000)
            : job.status === 'cancelled'
              ? t.cancelled
              : job.status === 'failed'
                ? // a worker that died is said in the page's language, as the page's own notice says it
                  t.failed(job.fault ? FAULT_STRINGS[lang][job.fault] : job.message)
                : ''}
      </span>
    </div>
  );
}

/** A pool of simulation workers of the component's own, started when first asked for, stopped with it. */
export function usePool(): () => WorkerPool {
  const poolRef = useRef<WorkerPool | undefined>(undefined);
  useEffect(() => () => poolRef.current?.terminate(), []);
  return () => (poolRef.current ??= createSweepPool());
}

/** The choice of the key figure a job reads, by its name in the page's language. */
export function FigureField(props: {
  label: string;
  testId: string;
  names: Record<KeyFigureId, string>;
  value: KeyFigureId;
  onChange(id: KeyFigureId): void;
}) {
  const { label, testId, names, value, onChange } = props;
  return (
    <label className="job-field">
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as KeyFigureId)}>
        {KEY_FIGURES.map((f) => (
          <option key={f.id} value={f.id}>
            {names[f.id]}
          </option>
        ))}
      </select>
    </label>
  );
}
