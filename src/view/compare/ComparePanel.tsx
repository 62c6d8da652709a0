/**
 * Compare strategies on one audience: pin the current strategy as A, change anything, and B (the
 * current run) stands beside it on the same seed, with up to two more pinned (C, D). A table of
 * key figures with signed differences, the return on the extra spend, a check over several
 * audiences (seeds) telling each strategy's effect from luck, and why B (or C, or D) ended with
 * more or fewer customers than A, as a sentence and a waterfall.
 */
import { Fragment, useMemo, useState } from 'react';
import {
  KEY_FIGURES,
  compareFigures,
  explainDifference,
  extraMarketingCost,
  keyFigure,
  returnOnExtraSpend,
  seedVerdict,
  type ComparedRun,
  type ComparisonRow,
  type KeyFigure,
  type SeedVerdict,
  type Why,
} from '../../engine/compare';
import type { Parameters } from '../../model/parameters';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { formatChange, formatCount, formatFigure, formatMoney } from '../../i18n/format';
import { CURRENCY_UNIT, type Lang } from '../../i18n/strings';
import type { Currency } from '../../model/scenario';
import {
  CHECK_SEEDS,
  MAX_RUNS,
  OTHER_RUN_IDS,
  seedCheckDone,
  seedRunsDone,
  seedRunsTotal,
  type RunId,
  type SeedCheck,
} from '../../store/app-store';
import type { RunData } from '../../store/run-data';
import { OTHER_RUN_COLORS } from '../charts/ChartsPanel';
import { useApp } from '../store-context';
import { flowChange, whySentence } from './why-sentence';
import { MiniLoop } from './MiniLoop';
import './compare.css';

/** The pin button while nothing is compared; the comparison once A is pinned. */
export function Compare() {
  const lang = useApp((s) => s.lang);
  const baseline = useApp((s) => s.baseline);
  const pin = useApp((s) => s.pinBaseline);
  const t = COMPARE_STRINGS[lang];
  if (!baseline)
    return (
      <div className="compare-pin">
        <button type="button" className="btn" data-testid="pin-baseline" onClick={pin} title={t.pinAbout}>
          {t.pin}
        </button>
        <span className="compare-pin-about">{t.pinAbout}</span>
      </div>
    );
  return <ComparePanel />;
}

function ComparePanel() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const a = useApp((s) => s.baselineRun);
  const b = useApp((s) => s.run);
  const check = useApp((s) => s.seedCheck);
  const day = useApp((s) => s.day);
  const clear = useApp((s) => s.clearBaseline);
  const checkSeeds = useApp((s) => s.checkSeeds);
  const others = useApp((s) => s.others);
  const pinAnother = useApp((s) => s.pinAnother);
  const unpinOther = useApp((s) => s.unpinOther);
  // the run the why explains against A (B unless C or D is chosen while pinned)
  const [whyOf, setWhyOf] = useState<RunId>('b');
  const t = COMPARE_STRINGS[lang];
  // the runs pinned beside A, once each has run on this seed and horizon
  const extra: Extra[] = useMemo(
    () =>
      others.flatMap((o, k) =>
        o.run && b && o.run.days === b.days
          ? [
              {
                id: OTHER_RUN_IDS[k]!,
                letter: OTHER_RUN_IDS[k]!.toUpperCase(),
                name: t.other(k),
                color: OTHER_RUN_COLORS[k]!,
                run: o.run,
                compared: { params: o.run.params, frames: o.run.frames },
              },
            ]
          : [],
      ),
    [others, b, t],
  );
  // the letters of the runs compared with A, and of every run
  const letters = ['B', ...others.map((_, k) => OTHER_RUN_IDS[k]!.toUpperCase())];
  const runs: [ComparedRun, ComparedRun] | null = useMemo(
    () =>
      a && b && a.days === b.days
        ? [
            { params: a.params, frames: a.frames },
            { params: b.params, frames: b.frames },
          ]
        : null,
    [a, b],
  );
  const rows = useMemo(
    () => (runs ? compareFigures([...runs, ...extra.map((e) => e.compared)]) : []),
    [runs, extra],
  );
  // each run's strategy on day 1, as its run records it: what its figures are read with
  const checkedParams = useMemo(
    () =>
      runs
        ? {
            a: runs[0].params,
            b: runs[1].params,
            ...Object.fromEntries(
              others.map((o, k) => [OTHER_RUN_IDS[k]!, o.strategy.startParams ?? o.strategy.params]),
            ),
          }
        : null,
    [runs, others],
  );
  const verdicts = useMemo(() => verdictsOf(check, checkedParams), [check, checkedParams]);
  const verdictsBeside = !!verdicts && (!!verdicts.c || !!verdicts.d);
  const explained = extra.find((e) => e.id === whyOf) ?? null;
  const whyLetter = explained ? explained.letter : 'B';
  const whyFrames = explained ? explained.run.frames : runs?.[1].frames;
  const why = useMemo(
    () => (runs && whyFrames ? explainDifference(runs[0].frames, whyFrames) : null),
    [runs, whyFrames],
  );
  const done = check ? seedRunsDone(check) : 0;
  const total = check ? seedRunsTotal(check) : 0;
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title">{t.title(letters)}</h2>
        <button
          type="button"
          className="btn"
          data-testid="check-seeds"
          onClick={checkSeeds}
          title={t.checkAbout}
          disabled={!runs}
        >
          {t.check(CHECK_SEEDS, t.list(['A', ...letters]))}
        </button>
        {others.length < MAX_RUNS - 2 && (
          <button
            type="button"
            className="btn"
            data-testid="pin-another"
            onClick={pinAnother}
            title={t.pinAnotherAbout}
          >
            {t.pinAnother(others.length)}
          </button>
        )}
        {others.map((_, k) => (
          <button
            key={k}
            type="button"
            className="btn"
            data-testid={`unpin-other-${k}`}
            onClick={() => unpinOther(k)}
          >
            {t.unpinOther(k)}
          </button>
        ))}
        <button type="button" className="btn" data-testid="unpin-baseline" onClick={clear}>
          {t.unpin}
        </button>
      </div>
      <p className="compare-status" aria-live="polite">
        {!runs ? t.waitingForA : check && done < total ? t.checking(done, total) : ''}
      </p>
      {runs && a && b && (
        <>
          {/* B's verdicts in a column of the table; with C's or D's, in a table of their own beside it */}
          <FigureTable
            rows={rows}
            verdicts={verdictsBeside ? null : (verdicts?.b ?? null)}
            extra={extra}
            lang={lang}
            currency={currency}
          />
          {verdicts && verdictsBeside && <SeedTable verdicts={verdicts} lang={lang} />}
          {verdicts?.b && <p className="compare-note">{t.noiseSentence(verdicts.b[0]!.n)}</p>}
          <p className="compare-money" data-testid="extra-spend">
            {extraSpendSentence(runs, lang, currency)}
          </p>
          <div className="compare-loops">
            <MiniLoop run={a} day={day} lang={lang} name={t.a} />
            <MiniLoop run={b} day={day} lang={lang} name={t.b} />
            {extra.map((e) => (
              <MiniLoop key={e.name} run={e.run} day={day} lang={lang} name={e.name} />
            ))}
          </div>
          {extra.length > 0 && (
            <fieldset className="compare-why-run" data-testid="why-run">
              <legend>{t.whyRun}</legend>
              {[{ id: 'b' as RunId, name: t.b, color: null }, ...extra].map((r) => (
                <label key={r.id}>
                  <input
                    type="radio"
                    name="why-run"
                    value={r.id}
                    data-testid={`why-run-${r.id}`}
                    checked={(explained?.id ?? 'b') === r.id}
                    onChange={() => setWhyOf(r.id)}
                  />{' '}
                  {r.color && <RunSwatch color={r.color} />}
                  {r.name}
                </label>
              ))}
            </fieldset>
          )}
          {why && <WhyWaterfall why={why} name={whyLetter} lang={lang} />}
        </>
      )}
    </section>
  );
}

/** A run pinned beside A (C, D) that has run on the seed and horizon shown. */
interface Extra {
  id: RunId;
  /** its letter, "C" */
  letter: string;
  /** its name in the table and under its small loop, "C (pinned)" */
  name: string;
  color: string;
  run: RunData;
  compared: ComparedRun;
}

/** The colour a run pinned beside A has in the charts' bands. */
function RunSwatch({ color }: { color: string }) {
  return <span className="compare-run-swatch" style={{ borderColor: color }} aria-hidden="true" />;
}

/** Per run checked beside A (B, C, D) and key figure, what the paired seeds say, once every run is in. */
function verdictsOf(
  check: SeedCheck | null,
  params: Partial<Record<RunId, Parameters>> | null,
): Partial<Record<Exclude<RunId, 'a'>, SeedVerdict[]>> | null {
  if (!check || !params || !seedCheckDone(check)) return null;
  const a = check.runs.a!;
  const values = (p: Parameters, seeds: readonly ComparedRun['frames'][], figure: KeyFigure) =>
    seeds.map((frames) => keyFigure({ params: p, frames }, figure));
  const out: Partial<Record<Exclude<RunId, 'a'>, SeedVerdict[]>> = {};
  for (const id of ['b', 'c', 'd'] as const) {
    const seeds = check.runs[id];
    const p = params[id];
    if (!seeds || !p || !params.a) continue;
    out[id] = KEY_FIGURES.map((figure) =>
      seedVerdict(values(params.a!, a, figure), values(p, seeds, figure)),
    );
  }
  return out;
}

function FigureTable({
  rows,
  verdicts,
  extra,
  lang,
  currency,
}: {
  rows: ComparisonRow[];
  /** what the check over audiences says of B, per row, when it is shown in this table */
  verdicts: SeedVerdict[] | null;
  /** the runs pinned beside A, whose values and differences from A follow B's */
  extra: readonly Extra[];
  lang: Lang;
  /** the scenario's currency, for the money rows */
  currency: Currency;
}) {
  const t = COMPARE_STRINGS[lang];
  return (
    <table className="compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">{t.figure}</th>
          <th scope="col">{t.a}</th>
          <th scope="col">{t.b}</th>
          <th scope="col">{t.difference}</th>
          {verdicts && <th scope="col">{t.audiences}</th>}
          {extra.map((e) => (
            <Fragment key={e.id}>
              <th scope="col">
                <RunSwatch color={e.color} />
                {e.name}
              </th>
              <th scope="col">{t.differenceOf(e.letter)}</th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => {
          const unit = row.figure.unit;
          const verdict = row.verdicts[1]!;
          const tone = verdict > 0 ? 'better' : verdict < 0 ? 'worse' : 'same';
          const seeds = verdicts?.[r];
          return (
            <tr key={row.figure.id} data-figure={row.figure.id}>
              <th scope="row">{t.figures[row.figure.id]}</th>
              <td>{formatFigure(unit, row.values[0]!, lang, currency)}</td>
              <td>{formatFigure(unit, row.values[1]!, lang, currency)}</td>
              <td className={`compare-delta compare-${tone}`} data-delta={row.deltas[1]}>
                {formatChange(unit, row.deltas[1]!, lang, currency)}
              </td>
              {seeds && (
                <td className={`compare-seeds compare-${seeds.says}`} data-says={seeds.says}>
                  {seedText(seeds, 'B', lang)}
                </td>
              )}
              {extra.map((e, k) => {
                const i = k + 2;
                const v = row.verdicts[i]!;
                return (
                  <Fragment key={e.id}>
                    <td>{formatFigure(unit, row.values[i]!, lang, currency)}</td>
                    <td
                      className={`compare-delta compare-${v > 0 ? 'better' : v < 0 ? 'worse' : 'same'}`}
                      data-other-delta={row.deltas[i]}
                    >
                      {formatChange(unit, row.deltas[i]!, lang, currency)}
                    </td>
                  </Fragment>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What the check over audiences says of each run beside A (B, C, D), per key figure: a table of
 * its own when C or D was checked, as the table of figures has no room left for three such columns.
 */
function SeedTable({
  verdicts,
  lang,
}: {
  verdicts: Partial<Record<Exclude<RunId, 'a'>, SeedVerdict[]>>;
  lang: Lang;
}) {
  const t = COMPARE_STRINGS[lang];
  const checked = (['b', 'c', 'd'] as const).flatMap((id) => {
    const v = verdicts[id];
    if (!v) return [];
    const k = OTHER_RUN_IDS.indexOf(id);
    return [{ id, v, letter: id.toUpperCase(), name: k < 0 ? t.b : t.other(k), color: OTHER_RUN_COLORS[k] }];
  });
  const n = checked[0]?.v[0]?.n ?? 0;
  return (
    <table className="compare-table compare-seed-table" data-testid="seed-table">
      <caption>{t.seedsTitle(n)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.figure}</th>
          {checked.map((c) => (
            <th scope="col" key={c.id}>
              {c.color && <RunSwatch color={c.color} />}
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KEY_FIGURES.map((figure, r) => (
          <tr key={figure.id} data-figure={figure.id}>
            <th scope="row">{t.figures[figure.id]}</th>
            {checked.map((c) => {
              const v = c.v[r]!;
              // B's cells as in the table of figures; C's and D's named by their run
              const data =
                c.id === 'b' ? { 'data-says': v.says } : { 'data-other-says': v.says, 'data-run': c.id };
              return (
                <td key={c.id} className={`compare-seeds compare-${v.says}`} {...data}>
                  {seedText(v, c.letter, lang)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "C higher on 9 of 10: real": how many paired audiences put the run (`name`) above or below A. */
function seedText(v: SeedVerdict, name: string, lang: Lang): string {
  const t = COMPARE_STRINGS[lang];
  const count =
    v.above === 0 && v.below === 0
      ? t.same(v.n)
      : v.above >= v.below
        ? t.above(name, v.above, v.n)
        : t.below(name, v.below, v.n);
  return `${count}: ${v.says === 'noise' ? t.noise : t.real}`;
}

function extraSpendSentence([a, b]: [ComparedRun, ComparedRun], lang: Lang, currency: Currency): string {
  const t = COMPARE_STRINGS[lang];
  const each = returnOnExtraSpend(a, b);
  if (!Number.isFinite(each)) return t.sameSpend;
  const extra = extraMarketingCost(a, b);
  return extra > 0
    ? t.extraSpend(formatMoney(each, lang, currency), CURRENCY_UNIT[lang][currency])
    : t.savedSpend(
        formatMoney(-extra, lang, currency),
        formatMoney(each, lang, currency),
        CURRENCY_UNIT[lang][currency],
      );
}

/**
 * Rows of the waterfall: A's customers, each step floating from where the last ended, the
 * customers of the run explained (`name`: B, C or D).
 */
function WhyWaterfall({ why, name, lang }: { why: Why; name: string; lang: Lang }) {
  const t = COMPARE_STRINGS[lang];
  const rows: { label: string; from: number; to: number; kind: 'total' | 'up' | 'down'; text: string }[] = [];
  rows.push({ label: t.whyA, from: 0, to: why.from, kind: 'total', text: formatCount(why.from, lang) });
  let at = why.from;
  for (const step of why.steps) {
    if (step.delta === 0) continue;
    rows.push({
      label: t.steps[step.id],
      from: at,
      to: at + step.delta,
      kind: step.delta > 0 ? 'up' : 'down',
      text: formatChange('count', flowChange(step.id, step.delta), lang),
    });
    at += step.delta;
  }
  rows.push({ label: name, from: 0, to: why.to, kind: 'total', text: formatCount(why.to, lang) });
  const max = Math.max(1, ...rows.map((r) => Math.max(r.from, r.to)));
  const rowHeight = 30;
  // room for the longest label at 16 px (about 9.6 px a character), so none is cut off on the left
  const labelWidth = Math.max(160, Math.ceil(Math.max(...rows.map((r) => r.label.length)) * 9.6) + 16);
  const barWidth = 420;
  const width = labelWidth + barWidth + 80;
  const x = (v: number) => labelWidth + (v / max) * barWidth;
  const sentence = whySentence(why, lang, name);
  return (
    <figure className="compare-why" data-testid="why">
      <figcaption>
        <strong>{t.why(name)}</strong>
        <br />
        <span data-testid="why-sentence">{sentence}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`} role="img" aria-label={sentence}>
        {rows.map((r, i) => {
          const y = 4 + i * rowHeight;
          const left = x(Math.min(r.from, r.to));
          const w = Math.max(2, Math.abs(x(r.to) - x(r.from)));
          return (
            <g key={`${r.label}-${i}`} className={`why-${r.kind}`}>
              <text x={labelWidth - 10} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle">
                {r.label}
              </text>
              <rect x={left} y={y + 4} width={w} height={rowHeight - 8} />
              <text x={left + w + 6} y={y + rowHeight / 2} dominantBaseline="middle">
                {r.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
