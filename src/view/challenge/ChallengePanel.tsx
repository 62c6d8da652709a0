/**
 * The workshop challenge: the trainer pastes the teams' links (or drops their scenario files);
 * every team plays the page's market on the same audiences, computed on the worker pool beside
 * the page; the teams are ranked by a key figure with each one's spread over the audiences and
 * its lead over the next team seed by seed, and each team's curve is drawn beside the best's.
 * No server: everything runs on the trainer's laptop. Closed by default; nothing runs until asked.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { KEY_FIGURES, type KeyFigureId } from '../../engine/compare';
import { sweepSeeds } from '../../engine/sensitivity';
import { CHALLENGE_STRINGS } from '../../i18n/challenge-strings';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { formatFigure, formatSetting } from '../../i18n/format';
import { SENSITIVITY_STRINGS } from '../../i18n/sensitivity-strings';
import { STRINGS, type Lang } from '../../i18n/strings';
import { parameterSpec } from '../../model/parameters';
import type { Scenario } from '../../model/scenario';
import {
  MAX_TEAMS,
  pastedLinks,
  runChallenge,
  TEAM_PARAMETERS,
  teamFromLink,
  teamFromScenario,
  uniqueName,
  type ChallengeResult,
  type Market,
  type Refusal,
  type Team,
} from '../../store/challenge';
import { openedFile } from '../export/scenario-file';
import { CountField, FigureField, JobStatus, RunButtons, useJob, usePool } from '../jobs/Job';
import { LESSONS } from '../lessons/lessons';
import { PRESETS } from '../presets';
import { useApp, useAppStore } from '../store-context';
import { QrScanner } from './QrScanner';
import { TeamCurve } from './TeamCurve';
import './challenge.css';

/** A team as it was added: its name and where its strategy comes from. */
type Entry = { id: number; name: string } & ({ link: string } | { scenario: Scenario });

const CATALOGUE = { presets: PRESETS, lessons: LESSONS };
const DEFAULT_SEEDS = 10;
const LINK_EXAMPLE = 'https://…/?v=1&ads.dailyBudget=30';

/** A refusal said in the page's language. */
function refusalText(r: Refusal, lang: Lang): string {
  const t = CHALLENGE_STRINGS[lang];
  switch (r.kind) {
    case 'noLink':
      return t.refusedNoLink(r.line, r.text);
    case 'currency':
      return t.refusedCurrency(r.name, r.team, r.market);
    case 'tooMany':
      return t.refusedTooMany(r.name, r.max);
  }
}

export function Challenge() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const params = useApp((s) => s.startParams ?? s.params);
  const marketChanges = useApp((s) => s.changes);
  const days = useApp((s) => s.days);
  const seed = useApp((s) => s.seed);
  const store = useAppStore();
  const t = CHALLENGE_STRINGS[lang];
  const names = COMPARE_STRINGS[lang].figures;
  const pool = usePool();

  const [entries, setEntries] = useState<Entry[]>([]);
  const nextId = useRef(1);
  const [pasted, setPasted] = useState('');
  const [open, setOpen] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [scanNote, setScanNote] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [figureId, setFigureId] = useState<KeyFigureId>('romiWithEquity');
  const [seedCount, setSeedCount] = useState(DEFAULT_SEEDS);
  const fileInput = useRef<HTMLInputElement>(null);
  const job = useJob<ChallengeResult & { key: string; names: string[] }>(pool);

  const market: Market = useMemo(
    () => ({ params, changes: marketChanges, currency }),
    [params, marketChanges, currency],
  );
  // each team on the market as it is now: a change of the market changes every team's runs
  const teams = useMemo(
    () =>
      entries.map((e): { entry: Entry; team: Team | Refusal } => ({
        entry: e,
        team:
          'link' in e
            ? teamFromLink(e.name, e.link, CATALOGUE, market)
            : teamFromScenario(e.name, e.scenario, market),
      })),
    [entries, market],
  );
  const playing = teams.filter((x): x is { entry: Entry; team: Team } => !('kind' in x.team));
  const key = JSON.stringify([
    playing.map((x) => [x.team.params, x.team.changes]),
    days,
    seed,
    seedCount,
    figureId,
  ]);

  // the teams as last set, for adding from a camera's callback between renders
  const entriesNow = useRef(entries);
  useEffect(() => {
    entriesNow.current = entries;
  }, [entries]);
  /** Adds teams in order (at most MAX_TEAMS in all); returns the names given and what was refused. */
  const add = (added: { name: string | null; source: { link: string } | { scenario: Scenario } }[]) => {
    const next = [...entriesNow.current];
    const refused: string[] = [];
    const named: string[] = [];
    for (const a of added) {
      const name = uniqueName(
        a.name ?? t.team(next.length + 1),
        next.map((e) => e.name),
      );
      if (next.length >= MAX_TEAMS)
        refused.push(refusalText({ kind: 'tooMany', name, max: MAX_TEAMS }, lang));
      else {
        next.push({ id: nextId.current++, name, ...a.source });
        named.push(name);
      }
    }
    entriesNow.current = next;
    setEntries(next);
    return { named, refused };
  };

  // a code held up to the camera is read many times a second: each one counts once
  const lastScanned = useRef('');
  const onScanned = (text: string) => {
    if (text === lastScanned.current) return;
    lastScanned.current = text;
    const link = pastedLinks(text).links[0];
    if (!link) return setScanNote(t.notALink);
    if (entriesNow.current.some((e) => 'link' in e && e.link === link.link))
      return setScanNote(t.scannedAgain);
    const { named, refused } = add([{ name: link.name, source: { link: link.link } }]);
    setScanNote(named.length ? t.scanned(named[0]!) : (refused[0] ?? null));
  };

  const addPasted = () => {
    const { links, refused } = pastedLinks(pasted);
    const tooMany = add(links.map((l) => ({ name: l.name, source: { link: l.link } }))).refused;
    setProblems([...refused.map((r) => refusalText(r, lang)), ...tooMany]);
    // the lines that did not join stay, to be mended
    const kept = new Set(refused.map((r) => (r.kind === 'noLink' ? r.line : -1)));
    setPasted(
      pasted
        .split(/\r?\n/)
        .filter((_, i) => kept.has(i + 1))
        .join('\n'),
    );
  };

  const addFiles = async (files: readonly File[]) => {
    const found: { name: string; source: { scenario: Scenario } }[] = [];
    const bad: string[] = [];
    for (const file of files) {
      const read = await openedFile(file, lang);
      if (!read.ok) bad.push(read.notice);
      else {
        const s = read.scenario;
        found.push({ name: (lang === 'ru' && s.ru?.name) || s.name || file.name, source: { scenario: s } });
      }
    }
    setProblems([...bad, ...add(found).refused]);
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    // the team's file joins the challenge; it does not replace the page's scenario
    e.preventDefault();
    e.stopPropagation();
    void addFiles(files);
  };

  const run = () => {
    const s = store.getState();
    const seeds = sweepSeeds(s.seed, seedCount);
    const figure = KEY_FIGURES.find((f) => f.id === figureId)!;
    const runKey = key;
    const teamNames = playing.map((x) => x.team.name);
    const strategies = playing.map((x) => x.team);
    job.start(async (progress) => ({
      ...(await runChallenge(pool(), strategies, { figure, seeds, days: s.days }, progress)),
      key: runKey,
      names: teamNames,
    }));
  };

  const result = job.job.status === 'done' ? job.job.result : null;
  const jobWords = SENSITIVITY_STRINGS[lang];
  return (
    <details
      className="challenge"
      data-testid="challenge"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h2>{t.title}</h2>
      </summary>
      <p className="challenge-about">{t.about}</p>
      <label className="challenge-links">
        {t.linksLabel}
        <textarea
          data-testid="challenge-links"
          rows={4}
          value={pasted}
          placeholder={t.placeholder(LINK_EXAMPLE)}
          spellCheck={false}
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <div className="challenge-controls">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="challenge-add-links"
          disabled={!pasted.trim()}
          onClick={addPasted}
        >
          {t.addLinks}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="challenge-add-files"
          onClick={() => fileInput.current?.click()}
        >
          {t.addFiles}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="challenge-file"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void addFiles(files);
          }}
        />
        <button
          type="button"
          className="btn"
          data-testid="challenge-scan"
          aria-pressed={scanning}
          onClick={() => {
            setScanning((on) => !on);
            setScanNote(null);
            lastScanned.current = '';
          }}
        >
          {scanning ? t.stopScan : t.scan}
        </button>
        <span className="challenge-hint">{t.dropHint}</span>
      </div>
      {scanning && open && <QrScanner lang={lang} onText={onScanned} />}
      {scanning && scanNote && (
        <p className="challenge-scan-note" aria-live="polite" data-testid="challenge-scan-note">
          {scanNote}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="challenge-problems" role="alert" data-testid="challenge-problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}

      <h3>{t.teams(entries.length)}</h3>
      {entries.length === 0 ? (
        <p className="challenge-none">{t.noTeams}</p>
      ) : (
        <>
          <ul className="challenge-teams" data-testid="challenge-teams">
            {teams.map(({ entry, team }) => (
              <li key={entry.id} data-testid="challenge-team">
                <strong>{entry.name}</strong>{' '}
                <span className="challenge-from">{'link' in entry ? t.fromLink : t.fromFile}</span>
                {'kind' in team ? (
                  <span className="challenge-refused"> {refusalText(team, lang)}</span>
                ) : (
                  <>
                    : <StrategySummary team={team} market={market} lang={lang} />
                    <SetAside team={team} lang={lang} />
                  </>
                )}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t.remove(entry.name)}
                  onClick={() => setEntries((es) => es.filter((e) => e.id !== entry.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn" onClick={() => setEntries([])}>
            {t.removeAll}
          </button>
        </>
      )}

      <div className="challenge-controls">
        <FigureField
          label={t.rankBy}
          testId="challenge-figure"
          names={names}
          value={figureId}
          onChange={setFigureId}
        />
        <CountField
          label={t.seeds}
          testId="challenge-seeds"
          min={1}
          max={50}
          value={seedCount}
          fallback={DEFAULT_SEEDS}
          onChange={setSeedCount}
        />
        <RunButtons
          which="challenge"
          label={t.run}
          cancelLabel={t.cancel}
          job={job.job}
          disabled={playing.length < 2}
          onRun={run}
          onCancel={job.cancel}
        />
      </div>
      {playing.length < 2 && <p className="challenge-none">{t.needTeams}</p>}
      <JobStatus job={job.job} testId="challenge" t={jobWords} lang={lang} />
      {result && (
        <Results
          result={result}
          stale={result.key !== key}
          teams={playing.map((x) => x.team)}
          market={market}
          lang={lang}
        />
      )}
    </details>
  );
}

/** The levers a team set apart from the market's, in words. */
function StrategySummary({ team, market, lang }: { team: Team; market: Market; lang: Lang }) {
  const t = CHALLENGE_STRINGS[lang];
  const parts = TEAM_PARAMETERS.filter((n) => team.params[n] !== market.params[n]).map((n) => {
    const spec = parameterSpec(n)!;
    return `${spec.label[lang]}: ${formatSetting(spec, team.params[n], lang, market.currency)}`;
  });
  const own = team.changes.filter((c) => TEAM_PARAMETERS.some((n) => c.parameters[n] !== undefined)).length;
  if (own) parts.push(t.changesDuring(own));
  return <span className="challenge-strategy">{parts.length ? parts.join('; ') : t.sameAsMarket}</span>;
}

/** What of a team's link or file was not used. */
function SetAside({ team, lang }: { team: Team; lang: Lang }) {
  const t = CHALLENGE_STRINGS[lang];
  const { market, link } = team.setAside;
  if (!market.length && !link.length) return null;
  return (
    <span className="challenge-set-aside" data-testid="challenge-set-aside">
      {market.length > 0 && (
        <> {t.marketSetAside(market.map((n) => parameterSpec(n)!.label[lang]).join(', '))}</>
      )}
      {link.length > 0 && <> {t.linkSetAside(link.map((i) => STRINGS[lang].linkIssue(i)).join('; '))}</>}
    </span>
  );
}

/** The ranking table and each team's curve beside the best's. */
function Results({
  result,
  stale,
  teams,
  market,
  lang,
}: {
  result: ChallengeResult & { names: string[] };
  stale: boolean;
  teams: readonly Team[];
  market: Market;
  lang: Lang;
}) {
  const t = CHALLENGE_STRINGS[lang];
  const figureName = COMPARE_STRINGS[lang].figures[result.figure.id];
  const kind = result.figure.unit;
  const fmt = (x: number) =>
    Number.isNaN(x) ? t.undefinedFigure : formatFigure(kind, x, lang, market.currency);
  const best = result.standings[0]!;
  const finite = result.curves.flatMap((c) => [...c.low, ...c.high]).filter(Number.isFinite);
  const domain: [number, number] = finite.length ? [Math.min(...finite), Math.max(...finite)] : [0, 1];
  return (
    <div className="challenge-results" data-testid="challenge-results">
      {stale && (
        <p className="challenge-stale" role="status">
          {t.stale}
        </p>
      )}
      <table className="challenge-table" data-testid="challenge-table">
        <caption>{t.caption(figureName, result.seeds.length, result.days)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.place}</th>
            <th scope="col">{t.teamColumn}</th>
            <th scope="col">{t.median}</th>
            <th scope="col">{t.range}</th>
            <th scope="col">{t.overNext}</th>
          </tr>
        </thead>
        <tbody>
          {result.standings.map((s) => (
            <tr
              key={s.team}
              data-testid="challenge-row"
              data-team={result.names[s.team]}
              data-median={s.median}
            >
              <td>{s.rank}</td>
              <th scope="row">
                {result.names[s.team]}
                {!stale && teams[s.team] && (
                  <div className="challenge-row-strategy">
                    <StrategySummary team={teams[s.team]!} market={market} lang={lang} />
                  </div>
                )}
              </th>
              <td>{fmt(s.median)}</td>
              <td>{s.defined ? `${fmt(s.low)} … ${fmt(s.high)}` : '—'}</td>
              <td>
                {s.overNext ? t.ahead(s.overNext.above, s.overNext.n, s.overNext.says === 'above') : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="challenge-curves-title">{t.curves(figureName)}</h3>
      <div className="challenge-curves">
        {result.standings.map((s) => (
          <TeamCurve
            key={s.team}
            caption={`${s.rank}. ${result.names[s.team]}: ${fmt(s.median)}`}
            curve={result.curves[s.team]!}
            best={s.team === best.team ? null : result.curves[best.team]!.middle}
            domain={domain}
            kind={kind}
            lang={lang}
            currency={market.currency}
            dayLabel={t.dayAxis}
          />
        ))}
      </div>
      <p className="challenge-legend">
        <span className="challenge-swatch challenge-swatch-team" /> {t.thisTeam}{' '}
        <span className="challenge-swatch challenge-swatch-band" /> {t.band}{' '}
        <span className="challenge-swatch challenge-swatch-best" /> {t.bestLine(result.names[best.team]!)}
      </p>
    </div>
  );
}
