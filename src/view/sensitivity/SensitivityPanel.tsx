/**
 * Sensitivity: how much a key figure depends on the parameters, over several audiences (seeds).
 * A sweep of one parameter over its range and a tornado of every strategy parameter ±20 %, both
 * computed on a pool of workers beside the page, with progress and a cancel button. Nothing runs
 * until the user asks; the section is closed by default.
 */
import { useState } from 'react';
import { CountField, FigureField, JobStatus, RunButtons, useJob, usePool } from '../jobs/Job';
import { KEY_FIGURES, type KeyFigureId } from '../../engine/compare';
import {
  SWEEP_SEEDS,
  SWEEP_VALUES,
  TORNADO_SEEDS,
  defaultSweepRange,
  sweepSeeds,
  sweepValues,
  type SweepCurve,
  type TornadoBar,
} from '../../engine/sensitivity';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { formatFigure, formatSetting } from '../../i18n/format';
import { SENSITIVITY_STRINGS } from '../../i18n/sensitivity-strings';
import type { FigureKind } from '../../i18n/format';
import { LEVERS } from '../../model/levers';
import { PARAMETERS, parameterSpec, type ParameterName } from '../../model/parameters';
import { runSweep, runTornado, type SensitivityBase } from '../../store/sweep';
import { fieldText, fieldUnit, readTyped } from '../controls/value-field';
import { useApp, useAppStore } from '../store-context';
import { SweepChart } from './SweepChart';
import { TornadoChart } from './TornadoChart';
import './sensitivity.css';

/** The strategy parameters the tornado ranks: the levers', each once. */
const TORNADO_PARAMETERS: readonly ParameterName[] = [...new Set(LEVERS.map((l) => l.parameter))];

function figureKind(id: KeyFigureId): FigureKind {
  return KEY_FIGURES.find((f) => f.id === id)!.unit;
}

export function Sensitivity() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const store = useAppStore();
  const t = SENSITIVITY_STRINGS[lang];
  const names = COMPARE_STRINGS[lang].figures;
  const pool = usePool();

  const [figureId, setFigureId] = useState<KeyFigureId>('romiWithEquity');
  const [parameter, setParameter] = useState<ParameterName>('ads.dailyBudget');
  // the sweep's range as typed, in the units the parameter's field shows (a share in per cent)
  const rangeText = (name: ParameterName) => {
    const spec = parameterSpec(name)!;
    const s = store.getState();
    const range = defaultSweepRange(spec, (s.startParams ?? s.params)[name]);
    return { from: fieldText(spec, range.from, lang), to: fieldText(spec, range.to, lang) };
  };
  const [range, setRange] = useState(() => rangeText('ads.dailyBudget'));
  const [rangeProblem, setRangeProblem] = useState<string | null>(null);
  const chooseParameter = (name: ParameterName) => {
    setParameter(name);
    setRange(rangeText(name));
    setRangeProblem(null);
  };
  const [valueCount, setValueCount] = useState(SWEEP_VALUES);
  const [sweepSeedCount, setSweepSeedCount] = useState(SWEEP_SEEDS);
  const [tornadoSeedCount, setTornadoSeedCount] = useState(TORNADO_SEEDS);
  const sweep = useJob<{ curve: SweepCurve; parameter: ParameterName; figureId: KeyFigureId; seeds: number }>(
    pool,
  );
  const torn = useJob<{ baseline: number; bars: TornadoBar[]; figureId: KeyFigureId; seeds: number }>(pool);

  const base = (seeds: number): SensitivityBase => {
    const s = store.getState();
    return {
      params: s.startParams ?? s.params,
      changes: s.changes,
      days: s.days,
      figure: KEY_FIGURES.find((f) => f.id === figureId)!,
      seeds: sweepSeeds(s.seed, seeds),
    };
  };
  // one batch at a time on the pool: starting one cancels the other
  const runSweepNow = () => {
    if (torn.job.status === 'running') torn.cancel();
    const spec = parameterSpec(parameter)!;
    const from = readTyped(spec, range.from, lang);
    const to = readTyped(spec, range.to, lang);
    const problem = !from.ok
      ? from.message
      : !to.ok
        ? to.message
        : from.value >= to.value
          ? t.rangeOrder
          : null;
    setRangeProblem(problem);
    if (problem || !from.ok || !to.ok) return;
    const b = base(sweepSeedCount);
    const values = sweepValues(spec, valueCount, { from: from.value, to: to.value });
    const p = parameter;
    const f = figureId;
    sweep.start(async (progress) => ({
      curve: await runSweep(pool(), b, p, values, progress),
      parameter: p,
      figureId: f,
      seeds: b.seeds.length,
    }));
  };
  const runTornadoNow = () => {
    if (sweep.job.status === 'running') sweep.cancel();
    const b = base(tornadoSeedCount);
    const f = figureId;
    torn.start(async (progress) => ({
      ...(await runTornado(pool(), b, TORNADO_PARAMETERS, undefined, progress)),
      figureId: f,
      seeds: b.seeds.length,
    }));
  };

  const label = (name: ParameterName) => parameterSpec(name)!.label[lang];
  return (
    <details className="sensitivity" data-testid="sensitivity">
      <summary>
        <h2>{t.title}</h2>
      </summary>
      <p className="sensitivity-about">
        {t.about} {t.workers(pool().size)}
      </p>
      <FigureField
        label={t.figure}
        testId="sensitivity-figure"
        names={names}
        value={figureId}
        onChange={setFigureId}
      />

      <section className="sensitivity-part" aria-labelledby="sweep-title">
        <h3 id="sweep-title">{t.sweepTitle}</h3>
        <div className="sensitivity-controls">
          <label className="job-field">
            {t.parameter}{' '}
            <select
              data-testid="sweep-parameter"
              value={parameter}
              onChange={(e) => chooseParameter(e.target.value as ParameterName)}
            >
              {PARAMETERS.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label[lang]}
                </option>
              ))}
            </select>
          </label>
          {(['from', 'to'] as const).map((end) => (
            <label className="job-field" key={end}>
              {t[end]}{' '}
              <input
                type="text"
                inputMode="decimal"
                className="sweep-range"
                data-testid={`sweep-${end}`}
                value={range[end]}
                aria-invalid={rangeProblem ? true : undefined}
                onChange={(e) => setRange((r) => ({ ...r, [end]: e.target.value }))}
              />
              {fieldUnit(parameterSpec(parameter)!) && ` ${fieldUnit(parameterSpec(parameter)!)}`}
            </label>
          ))}
          <CountField
            label={t.values}
            testId="sweep-values"
            min={2}
            max={25}
            value={valueCount}
            fallback={SWEEP_VALUES}
            onChange={setValueCount}
          />
          <CountField
            label={t.seeds}
            testId="sweep-seeds"
            min={1}
            max={50}
            value={sweepSeedCount}
            fallback={SWEEP_SEEDS}
            onChange={setSweepSeedCount}
          />
          <RunButtons
            which="sweep"
            label={t.runSweep}
            cancelLabel={t.cancel}
            job={sweep.job}
            onRun={runSweepNow}
            onCancel={sweep.cancel}
          />
        </div>
        {rangeProblem && (
          <p className="sweep-range-problem" role="alert" data-testid="sweep-range-problem">
            {rangeProblem}
          </p>
        )}
        <JobStatus job={sweep.job} testId="sweep" t={t} lang={lang} />
        {sweep.job.status === 'done' && (
          <SweepChart
            title={t.sweepChart(
              names[sweep.job.result.figureId],
              label(sweep.job.result.parameter),
              sweep.job.result.seeds,
            )}
            curve={sweep.job.result.curve}
            spec={parameterSpec(sweep.job.result.parameter)!}
            kind={figureKind(sweep.job.result.figureId)}
            lang={lang}
            currency={currency}
            medianLabel={t.median}
            bandLabel={t.band}
          />
        )}
      </section>

      <section className="sensitivity-part" aria-labelledby="tornado-title">
        <h3 id="tornado-title">{t.tornadoTitle}</h3>
        <div className="sensitivity-controls">
          <CountField
            label={t.seeds}
            testId="tornado-seeds"
            min={1}
            max={50}
            value={tornadoSeedCount}
            fallback={TORNADO_SEEDS}
            onChange={setTornadoSeedCount}
          />
          <RunButtons
            which="tornado"
            label={t.runTornado}
            cancelLabel={t.cancel}
            job={torn.job}
            onRun={runTornadoNow}
            onCancel={torn.cancel}
          />
        </div>
        <JobStatus job={torn.job} testId="tornado" t={t} lang={lang} />
        {torn.job.status === 'done' &&
          (() => {
            const r = torn.job.result;
            const kind = figureKind(r.figureId);
            const fmt = (x: number) => formatFigure(kind, x, lang, currency);
            return (
              <TornadoChart
                title={t.tornadoChart(names[r.figureId], r.seeds)}
                baseline={r.baseline}
                bars={r.bars}
                label={(b) => label(b.parameter)}
                describe={(b) => {
                  const spec = parameterSpec(b.parameter)!;
                  return t.bar(
                    label(b.parameter),
                    `${fmt(b.low)} (${formatSetting(spec, b.lowValue, lang, currency)})`,
                    `${fmt(b.high)} (${formatSetting(spec, b.highValue, lang, currency)})`,
                  );
                }}
                kind={kind}
                lang={lang}
                currency={currency}
                baselineLabel={t.baseline(fmt(r.baseline))}
                lowLabel={t.lowLegend}
                highLabel={t.highLegend}
              />
            );
          })()}
      </section>
    </details>
  );
}
