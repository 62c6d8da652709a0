/**
 * The loop diagram: places and channels in SVG (D3 draws the arrows), the agents as dots on a
 * canvas that travel from their old place through the channel they used to their new place.
 * The view only paints: the day clock (src/store/clock.ts) advances the day and the fraction of
 * it gone by; the canvas repaints on the clock's frames and on changes of the day, reading the
 * store directly (no React renders per frame); React only re-renders the counts when the day changes.
 */
import { select } from 'd3';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { PLACES, STATES, STATE_META, type Place } from '../../model/agent';
import { NOUNS, STRINGS } from '../../i18n/strings';
import { formatCount, formatCounted, formatPercent, nounFor } from '../../i18n/format';
import { CHANNEL_LABELS, PLACE_LABELS } from '../charts/labels';
import { countsAt, metricAt } from '../../store/run-data';
import { useApp, useAppStore, useClock } from '../store-context';
import { lessonFocus } from '../lessons/lessons';
import { LOOP_STRINGS } from '../../i18n/loop-strings';
import { Upstream } from './Upstream';
import { DotStates } from './dot-states';
import { DotPainter, groupMoves, type DayMoves } from './dots';
import { JourneyPanel } from '../journey/JourneyPanel';
import { nearestDot } from '../journey/pick-dot';
import {
  ARROWS,
  CHANNEL_BOXES,
  HEIGHT,
  RETURN_LABEL,
  RETURN_PATH,
  UPSTREAM_ARROWS,
  PLACE_NODES,
  WIDTH,
  arrowGaps,
  arrowPath,
  channelBox,
  channelLabelLines,
} from './layout';
import './loop.css';

const PLACE_COLOR: Record<Place, string> = Object.fromEntries(
  PLACES.map((p) => [p, STATE_META[STATES.find((s) => STATE_META[s].place === p)!].color]),
) as Record<Place, string>;
// The lost are drawn in black; their node outline is a dark grey so it reads on white.
PLACE_COLOR.lost = '#333333';

/** What a place explains when hovered or focused. */
const PLACE_ABOUT: Record<Place, { en: string; ru: string }> = {
  audience: {
    en: 'People who could buy: not yet reached, or aware of the brand.',
    ru: 'Те, кто мог бы купить: ещё не знают о бренде или уже знают.',
  },
  community: {
    en: 'The brand’s page in the social network: followers see some posts and can click through.',
    ru: 'Страница бренда в соцсети: подписчики видят часть постов и могут перейти на сайт.',
  },
  website: {
    en: 'The best place to sell: a visit ends in a purchase or the visitor leaves.',
    ru: 'Лучшее место для продажи: визит заканчивается покупкой или уходом.',
  },
  product: {
    en: 'Customers trying the product, and loyal customers who buy again and recommend it.',
    ru: 'Покупатели, пробующие продукт, и лояльные клиенты, которые покупают снова и советуют его.',
  },
  feedback: {
    en: 'Unhappy buyers who complained in public and wait for an answer.',
    ru: 'Недовольные покупатели, которые пожаловались публично и ждут ответа.',
  },
  lost: {
    en: 'Former customers. The unhappy ones speak badly of the brand; retargeting can bring some back.',
    ru: 'Бывшие клиенты. Обиженные плохо отзываются о бренде; ретаргетинг может вернуть часть из них.',
  },
};

/** The count each place shows under its own, from day 1 to the day shown. */
const EVIDENCE: Partial<
  Record<
    Place,
    {
      metric: 'complaintsAnswered' | 'likes' | 'purchases';
      text: 'answeredSoFar' | 'likesSoFar' | 'purchasesSoFar';
    }
  >
> = {
  feedback: { metric: 'complaintsAnswered', text: 'answeredSoFar' },
  community: { metric: 'likes', text: 'likesSoFar' },
  product: { metric: 'purchases', text: 'purchasesSoFar' },
};

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export function LoopView() {
  const store = useAppStore();
  const clock = useClock();
  const lang = useApp((s) => s.lang);
  const run = useApp((s) => s.run);
  const day = useApp((s) => s.day);
  const lessonPart = useApp((s) => lessonFocus(s.lesson));
  const t = STRINGS[lang];
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const arrowsRef = useRef<SVGGElement>(null);
  const [focus, setFocus] = useState<Place | null>(null);

  const sample = run ? run.moveSample : 1;
  const states = useMemo(() => (run ? new DotStates(run, run.initial, run.moveSample) : null), [run]);

  // D3 draws the arrows once; React owns the rest of the SVG.
  useEffect(() => {
    const g = select(arrowsRef.current);
    g.selectAll('path')
      .data(ARROWS)
      .join('path')
      .attr('d', (a) => arrowPath(a, ...arrowGaps(a)))
      .attr('class', (a) => `loop-arrow loop-arrow-${a.channel ?? 'none'}`)
      .attr('marker-end', 'url(#loop-arrowhead)');
  }, []);

  // The painting: the dots at the shown day, on their way along the next day's moves while the
  // clock plays. Painted on every clock frame, and on a change of the day or of playing otherwise.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !run || !states) return;
    const painter = new DotPainter(canvas);
    let movesDay = -1;
    let moves: DayMoves | null = null;
    const paint = () => {
      const { day: shown, playing, followed } = store.getState();
      const d = Math.min(shown, run.days);
      const animating = playing && d < run.days;
      if (animating && movesDay !== d + 1) {
        movesDay = d + 1;
        moves = groupMoves(states.count, run.moveSample, run.frames[d]!.moves);
      }
      painter.paint(
        states.at(d),
        animating ? moves : null,
        animating ? (clock?.progress() ?? 0) : 0,
        prefersReducedMotion(),
        followed && followed.agent % run.moveSample === 0 ? followed.agent / run.moveSample : -1,
      );
    };
    // The canvas follows its box's size, read when it changes rather than on every frame.
    const resize = () => {
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      const w = Math.max(1, Math.round(canvas.clientWidth * dpr));
      const h = Math.max(1, Math.round(canvas.clientHeight * dpr));
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
        paint();
      }
    };
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(canvas);
    resize();
    paint();
    const offFrames = clock?.onFrame(paint);
    // While playing, the clock's frames paint; a change made while paused paints here.
    const offStore = store.subscribe((s, prev) => {
      if (!s.playing && (s.day !== prev.day || s.playing !== prev.playing || s.followed !== prev.followed))
        paint();
    });
    return () => {
      offFrames?.();
      offStore();
      observer?.disconnect();
    };
  }, [store, clock, run, states]);

  // The evidence the stories need, counted from day 1 to the day shown.
  const evidence = useMemo(() => {
    const sums = { complaintsAnswered: 0, likes: 0, purchases: 0, badMentions: 0 };
    if (run)
      for (let d = 1; d <= Math.min(day, run.days); d++)
        for (const m of Object.keys(sums) as (keyof typeof sums)[]) sums[m] += metricAt(run, m, d);
    return sums;
  }, [run, day]);
  const satisfaction = {
    from: run ? run.params['product.satisfaction'] : 0,
    now: run ? (day > 0 ? metricAt(run, 'satisfaction', day) : run.params['product.satisfaction']) : 0,
  };
  const lt = LOOP_STRINGS[lang];
  const womBox = channelBox('wom');

  // One source for the counts of a day, day 0 included: the summary line reads the same.
  const counts = run ? countsAt(run, day) : null;
  const placeCount = (place: Place) => {
    let n = 0;
    STATES.forEach((s, i) => {
      if (STATE_META[s].place === place && counts) n += counts[i]!;
    });
    return n;
  };

  return (
    <figure className="loop" aria-label={t.theLoop} data-lesson-focus={lessonPart ?? undefined}>
      <Upstream />
      <div className="loop-room" style={{ '--loop-aspect': WIDTH / HEIGHT } as CSSProperties}>
        <div
          className="loop-stage"
          style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}
          onClick={(e) => {
            // A click on a dot follows its agent (the dots are the agents the run keeps moves of).
            if (!run || !states) return;
            const box = e.currentTarget.getBoundingClientRect();
            const x = ((e.clientX - box.left) / box.width) * WIDTH;
            const y = ((e.clientY - box.top) / box.height) * HEIGHT;
            const dot = nearestDot(states.at(Math.min(day, run.days)), x, y);
            if (dot !== null) store.getState().follow(dot * run.moveSample);
          }}
        >
          <svg className="loop-svg loop-back" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
            <defs>
              <marker
                id="loop-arrowhead"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className="loop-arrowhead" />
              </marker>
              <marker
                id="loop-return-head"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className="loop-return-arrowhead" />
              </marker>
            </defs>
            <g ref={arrowsRef} />
            {UPSTREAM_ARROWS.map((a) => (
              <path
                key={a.kind}
                d={a.d}
                className="loop-arrow loop-arrow-upstream"
                markerEnd="url(#loop-arrowhead)"
              />
            ))}
            <path d={RETURN_PATH} className="loop-return" markerEnd="url(#loop-return-head)" />
            {PLACES.map((p) => (
              <circle
                key={p}
                cx={PLACE_NODES[p].x}
                cy={PLACE_NODES[p].y}
                r={PLACE_NODES[p].r}
                className={`loop-place${lessonPart === p ? ' loop-focus' : ''}`}
                style={{ stroke: PLACE_COLOR[p], fill: `${PLACE_COLOR[p]}14` }}
              />
            ))}
            {CHANNEL_BOXES.map((c) => (
              <rect
                key={c}
                {...channelBox(c)}
                rx={10}
                className={`loop-channel${lessonPart === c ? ' loop-focus' : ''}`}
                data-channel={c}
              />
            ))}
          </svg>
          <canvas ref={canvasRef} className="loop-canvas" data-testid="agents" aria-hidden="true" />
          <svg
            className="loop-svg loop-front"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="group"
            aria-label={t.theLoop}
          >
            {CHANNEL_BOXES.map((c) => (
              <text key={c} className="loop-channel-label" data-channel={c}>
                {channelLabelLines(c, CHANNEL_LABELS[c][lang]).map((line) => (
                  <tspan key={line.y} x={line.x} y={line.y}>
                    {line.text}
                  </tspan>
                ))}
              </text>
            ))}
            <text
              x={RETURN_LABEL.x}
              y={RETURN_LABEL.y}
              className="loop-return-label"
              data-testid="return-label"
            >
              {lt.returnArrow(formatPercent(satisfaction.from, lang), formatPercent(satisfaction.now, lang))}
            </text>
            <text
              x={womBox.x + womBox.width + 12}
              y={womBox.y + 30}
              className="loop-evidence loop-evidence-bad"
            >
              <tspan data-testid="evidence-bad">{lt.badSoFar(formatCount(evidence.badMentions, lang))}</tspan>
            </text>
            {PLACES.map((p) => {
              const node = PLACE_NODES[p];
              const n = placeCount(p);
              const visits = run && day > 0 ? metricAt(run, 'visits', day) : 0;
              const spoken =
                p === 'website' ? formatCounted(visits, NOUNS.visitToday, lang) : formatCount(n, lang);
              const label = p === 'feedback' ? `${PLACE_LABELS[p][lang]}` : PLACE_LABELS[p][lang];
              return (
                <g
                  key={p}
                  className="loop-node"
                  tabIndex={0}
                  role="group"
                  aria-label={`${label} ${spoken}`}
                  aria-describedby={`loop-about-${p}`}
                  onMouseEnter={() => setFocus(p)}
                  onMouseLeave={() => setFocus(null)}
                  onFocus={() => setFocus(p)}
                  onBlur={() => setFocus(null)}
                >
                  <circle cx={node.x} cy={node.y} r={node.r} className="loop-hit" />
                  <text x={node.x} y={node.y - node.r - 12} className="loop-label">
                    {label}
                  </text>
                  {p === 'website' ? (
                    // Nobody stays on the site overnight: the node shows the day's visits instead.
                    <text
                      x={node.x}
                      y={node.y + node.r + 30}
                      className="loop-count"
                      data-testid="count-website"
                    >
                      {formatCount(visits, lang)}
                      <tspan className="loop-count-note"> {nounFor(visits, NOUNS.visitToday, lang)}</tspan>
                    </text>
                  ) : (
                    <text
                      x={node.x}
                      y={node.y + node.r + 30}
                      className="loop-count"
                      data-testid={`count-${p}`}
                    >
                      {formatCount(n, lang)}
                    </text>
                  )}
                  {EVIDENCE[p] && (
                    <text
                      x={node.x}
                      y={node.y + node.r + 56}
                      className="loop-evidence"
                      data-testid={`evidence-${p}`}
                    >
                      {lt[EVIDENCE[p].text](formatCount(evidence[EVIDENCE[p].metric], lang))}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {PLACES.map((p) => (
            <span key={p} id={`loop-about-${p}`} className="visually-hidden">
              {PLACE_ABOUT[p][lang]}
            </span>
          ))}
          {focus && (
            <div
              className="loop-tip"
              role="tooltip"
              style={{
                left: `${(PLACE_NODES[focus].x / WIDTH) * 100}%`,
                top: `${((PLACE_NODES[focus].y + PLACE_NODES[focus].r) / HEIGHT) * 100}%`,
              }}
            >
              <strong>{PLACE_LABELS[focus][lang]}</strong>
              <p>{PLACE_ABOUT[focus][lang]}</p>
              <ul>
                {STATES.filter((s) => STATE_META[s].place === focus).map((s) => (
                  <li key={s}>
                    <span className="loop-swatch" style={{ background: STATE_META[s].color }} />
                    {STATE_META[s].label[lang]}:{' '}
                    {counts ? formatCount(counts[STATES.indexOf(s)]!, lang) : '–'}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      <figcaption className="loop-legend">
        {STATES.map((s) => (
          <span key={s} className="loop-legend-item">
            <span className="loop-swatch" style={{ background: STATE_META[s].color }} />
            {STATE_META[s].label[lang]}
          </span>
        ))}
        {sample > 1 && (
          <span className="loop-legend-note">
            {lang === 'ru' ? `1 точка = ${sample} чел.` : `1 dot = ${sample} people`}
          </span>
        )}
      </figcaption>
      <JourneyPanel />
    </figure>
  );
}
