/**
 * "Inside one agent": the agent statechart drawn from the XState machine itself (machine-graph.ts),
 * laid out in layers (layout.ts), with the people in each state on the day shown (`countsAt`, as
 * the loop's nodes) and how many times each transition was taken that day (the engine's daily
 * transition counts). Closed by default; while closed nothing is drawn, and while open it redraws
 * only when the day, the run or the language change.
 */
import { memo, useMemo, useState } from 'react';
import type { GraphTransition, MachineGraph } from './machine-graph';
import { readGraph } from './machine-graph';
import { layoutChart, FONT, type ChartLayout, type Measure, type Weight } from './layout';
import type { AgentEventType, AgentState, GuardName } from '../../model/agent';
import type { Lang } from '../../i18n/strings';
import { formatCount, MISSING } from '../../i18n/format';
import {
  EVENT_WORDS,
  GUARD_WORDS,
  OTHERWISE,
  PLACE_WORDS,
  STATECHART_STRINGS,
  STATE_WORDS,
} from '../../i18n/statechart-strings';
import { countsAt, transitionsAt, type RunData } from '../../store/run-data';
import { agentTransitions } from '../../engine/transitions';
import { useApp } from '../store-context';
import './statechart.css';

/** The drawing's width: fixed, so its 16 px labels stay 16 px on screen (it scrolls when narrower). */
export const CHART_WIDTH = 1220;
const FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The collapsible section on the page. */
export function StatechartPanel() {
  const lang = useApp((s) => s.lang);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="statechart-panel"
      data-testid="statechart-panel"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{STATECHART_STRINGS[lang].title}</summary>
      {open && <LiveStatechart lang={lang} />}
    </details>
  );
}

function LiveStatechart({ lang }: { lang: Lang }) {
  const run = useApp((s) => s.run);
  const day = useApp((s) => s.day);
  return (
    <>
      <p className="statechart-intro">{STATECHART_STRINGS[lang].intro}</p>
      {run ? (
        <Statechart run={run} day={day} lang={lang} />
      ) : (
        <p className="statechart-intro">{STATECHART_STRINGS[lang].noRun}</p>
      )}
    </>
  );
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Text widths at the drawing's font: measured by a canvas in a browser, estimated elsewhere. */
export const measureText: Measure = (text, weight) => {
  if (canvas === undefined) {
    const real = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    canvas = real ? document.createElement('canvas').getContext('2d') : null;
  }
  const size = FONT;
  if (canvas) {
    canvas.font = `${weight === 'bold' ? 700 : 400} ${size}px ${FONT_FAMILY}`;
    return Math.ceil(canvas.measureText(text).width) + 1;
  }
  // A generous estimate (wide fonts such as DejaVu Sans run about 0.6 em a letter).
  let w = 0;
  for (const ch of text)
    w += ch === ' ' ? 0.32 : /[A-ZА-ЯЁ]/.test(ch) ? 0.72 : /[.,:·’']/.test(ch) ? 0.34 : 0.62;
  return Math.ceil(w * size * (weight === 'bold' ? 1.08 : 1));
};

/** The words of a transition's guard; `otherwise` for one without a guard. */
export function guardWords(t: Pick<GraphTransition, 'guard'>, lang: Lang): string {
  if (t.guard === undefined) return OTHERWISE[lang];
  return GUARD_WORDS[t.guard as GuardName]?.[lang] ?? t.guard;
}

/** A state's name in words (its code name for a state the strings do not know yet). */
export function stateWords(id: string, lang: Lang): string {
  return STATE_WORDS[id as AgentState]?.[lang] ?? id;
}

/** An event's name in words. */
export function eventWords(type: string, lang: Lang): string {
  return EVENT_WORDS[type as AgentEventType]?.[lang] ?? type;
}

/** Relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Text on a state's colour: black or white, whichever contrasts more. */
function inkOn(hex: string): string {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

/** A state's colour for lines and borders: light ones darkened so they show on white. */
function lineColour(hex: string): string {
  if (luminance(hex) < 0.45) return hex;
  const [r, g, b] = [1, 3, 5].map((k) => Math.round(parseInt(hex.slice(k, k + 2), 16) * 0.6));
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
}

interface ChartProps {
  run: RunData;
  day: number;
  lang: Lang;
  /** the machine read as a graph (the agent machine by default) */
  graph?: MachineGraph;
}

const agentGraph = readGraph();

/** The statechart with the day's counts. */
export const Statechart = memo(function Statechart({ run, day, lang, graph = agentGraph }: ChartProps) {
  const layout = useMemo(() => chartLayout(graph, run, lang), [graph, run, lang]);
  const counts = countsAt(run, day);
  const taken = transitionsAt(run, day);
  const s = STATECHART_STRINGS[lang];
  const colourOf = new Map(graph.states.map((st) => [st.id, st.meta.color]));
  const countOf = (t: GraphTransition) => (taken && t.slot !== undefined ? taken[t.slot]! : undefined);
  return (
    <div className="statechart-scroll">
      <svg
        data-testid="statechart"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={s.figure(day)}
        className="statechart"
      >
        {layout.places.map((p) => (
          <rect
            key={p.place}
            data-place={p.place}
            className="statechart-place"
            x={p.x}
            y={p.y}
            width={p.w}
            height={p.h}
            rx={10}
          />
        ))}
        {layout.edges.map((e) => {
          const colour = lineColour(colourOf.get(e.source) ?? '#333');
          const [ex, ey] = e.points[e.points.length - 1]!;
          const head = e.down
            ? `M${ex - 7},${ey - 12} L${ex + 7},${ey - 12} L${ex},${ey} Z`
            : `M${ex - 7},${ey + 12} L${ex + 7},${ey + 12} L${ex},${ey} Z`;
          const shaft = e.points.map(
            ([x, y], k) =>
              `${k ? 'L' : 'M'}${x},${k === e.points.length - 1 ? (e.down ? y - 10 : y + 10) : y}`,
          );
          const total = e.transitions.reduce((a, t) => a + (countOf(t) ?? 0), 0);
          return (
            <g key={e.id} className="statechart-edge" data-edge={e.id} data-count={total}>
              <title>
                {`${stateWords(e.source, lang)} → ${stateWords(e.target, lang)}: ${e.transitions
                  .map((t) => `${t.event}${t.guard ? ` [${t.guard}]` : ''}`)
                  .join(', ')}`}
              </title>
              <path d={shaft.join(' ')} stroke={colour} />
              <path d={head} fill={colour} stroke="none" />
            </g>
          );
        })}
        {layout.boxes.map((b) => {
          const colour = b.state.meta.color;
          const n = b.state.index >= 0 ? counts[b.state.index]! : 0;
          return (
            <g
              key={b.state.id}
              data-state={b.state.id}
              data-place={b.state.meta.place}
              data-count={n}
              transform={`translate(${b.x},${b.y})`}
            >
              <rect className="statechart-box" width={b.w} height={b.h} rx={8} stroke={lineColour(colour)} />
              <path
                d={`M0,8 a8,8 0 0 1 8,-8 H${b.w - 8} a8,8 0 0 1 8,8 V36 H0 Z`}
                fill={colour}
                stroke={lineColour(colour)}
              />
              <text x={10} y={25} className="statechart-state" fill={inkOn(colour)}>
                {b.label}
              </text>
              <text x={b.w - 10} y={26} className="statechart-count" fill={inkOn(colour)} textAnchor="end">
                {formatCount(n, lang)}
              </text>
              {b.blocks.map((bl) => (
                <g key={bl.target ?? '↻'} data-block={bl.target ?? 'stays'}>
                  <rect
                    x={3}
                    y={bl.y}
                    width={4}
                    height={bl.h}
                    fill={lineColour(bl.target ? (colourOf.get(bl.target) ?? '#333') : colour)}
                  />
                  {bl.items.map((it, k) => {
                    if (it.kind === 'transition' && it.transition) {
                      const t = it.transition;
                      const c = countOf(t);
                      return (
                        <g key={k} data-transition={t.id} data-count={c ?? ''} data-guard={t.guard ?? ''}>
                          <title>
                            {t.guard
                              ? `${s.guardCode}: ${t.guard} (${t.event})`
                              : `${s.noGuard} (${t.event})`}
                          </title>
                          <text x={it.x} y={it.y} className="statechart-guard">
                            {it.text}
                          </text>
                          <text x={it.countX} y={it.y} className="statechart-taken">
                            {c === undefined ? MISSING : formatCount(c, lang)}
                          </text>
                        </g>
                      );
                    }
                    return (
                      <text
                        key={k}
                        x={it.x}
                        y={it.y}
                        className={`statechart-${it.kind}`}
                        textAnchor={it.kind === 'separator' ? 'middle' : undefined}
                      >
                        {it.text}
                      </text>
                    );
                  })}
                </g>
              ))}
            </g>
          );
        })}
        {layout.places.map((p) => (
          <text key={p.place} x={p.x + 10} y={p.y + 18} className="statechart-place-label">
            {p.label}
          </text>
        ))}
      </svg>
    </div>
  );
});

/** The layout for a run in a language: a transition's count keeps the room its widest day needs. */
export function chartLayout(graph: MachineGraph, run: RunData, lang: Lang): ChartLayout {
  const T = agentTransitions().list.length;
  const widest = new Int32Array(T);
  if (run.transitions) {
    for (let d = 0; d <= run.days; d++)
      for (let t = 0; t < T; t++) widest[t] = Math.max(widest[t]!, run.transitions[d * T + t]!);
  }
  const s = STATECHART_STRINGS[lang];
  const bold = (text: string) => measureText(text, 'bold' as Weight);
  return layoutChart({
    graph,
    width: CHART_WIDTH,
    measure: measureText,
    countWidth: (t) => bold(t.slot === undefined ? MISSING : formatCount(widest[t.slot]!, lang)),
    words: {
      state: (id) => stateWords(id, lang),
      place: (p) => PLACE_WORDS[p][lang],
      event: (type) => eventWords(type, lang),
      guard: (t) => guardWords(t, lang),
      stays: s.stays,
      to: (state) => `→ ${s.toState(state)}`,
    },
  });
}
