import { describe, expect, it } from 'vitest';
import { GUARDS, STATES, agentMachine, AGENT_EVENTS } from '../../model/agent';
import { EVENT_WORDS, GUARD_WORDS, PLACE_WORDS, STATE_WORDS } from '../../i18n/statechart-strings';
import { defaultParameters } from '../../model/parameters';
import { simulateRun } from '../../../test/support/run-data';
import { readGraph } from './machine-graph';
import { chartLayout, CHART_WIDTH, measureText } from './StatechartPanel';

const RUN = simulateRun({ ...defaultParameters(), 'audience.size': 2000 }, 4, 30);

describe('the statechart’s words', () => {
  it('name every state, event and guard of the machine in English and Russian', () => {
    const graph = readGraph();
    for (const s of graph.states) {
      expect(STATE_WORDS[s.id as keyof typeof STATE_WORDS]?.en, s.id).toBeTruthy();
      expect(STATE_WORDS[s.id as keyof typeof STATE_WORDS]?.ru, s.id).toMatch(/[а-яё]/i);
      expect(PLACE_WORDS[s.meta.place].ru).toMatch(/[а-яё]/i);
    }
    for (const t of graph.transitions) {
      expect(EVENT_WORDS[t.event as keyof typeof EVENT_WORDS]?.ru, t.event).toMatch(/[а-яё]/i);
      if (t.guard) {
        expect(GUARD_WORDS[t.guard as keyof typeof GUARD_WORDS]?.en, t.guard).toBeTruthy();
        expect(GUARD_WORDS[t.guard as keyof typeof GUARD_WORDS]?.ru, t.guard).toMatch(/[а-яё]/i);
      }
    }
    // and nothing the machine does not have
    expect(Object.keys(STATE_WORDS).sort()).toEqual([...STATES].sort());
    expect(Object.keys(GUARD_WORDS).sort()).toEqual(Object.keys(GUARDS).sort());
    expect(Object.keys(EVENT_WORDS)).toEqual([...AGENT_EVENTS]);
    expect(Object.keys(agentMachine.root.states)).toEqual(STATES);
  });
});

describe('the statechart’s layout', () => {
  it.each(['en', 'ru'] as const)(
    'keeps boxes apart, text inside its box and lines off other boxes (%s)',
    (lang) => {
      const layout = chartLayout(readGraph(), RUN, lang);
      expect(layout.width).toBe(CHART_WIDTH);
      const { boxes, edges } = layout;
      for (const a of boxes) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
        for (const b of boxes) {
          if (a === b) continue;
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${a.state.id} and ${b.state.id}`).toBe(true);
        }
        // every line of text fits in its box (widths as estimated for a wide font)
        for (const bl of a.blocks)
          for (const it of bl.items) {
            expect(it.right, `${a.state.id}: ${it.text}`).toBeLessThanOrEqual(a.w - 4);
            expect(it.y).toBeLessThanOrEqual(a.h);
          }
        expect(measureText(a.label, 'bold') * 1.15 + 70).toBeLessThan(a.w);
      }
      // no segment of an arrow passes through a box, except its first into its source's side and its last into its target
      for (const e of edges) {
        const segments = e.points.slice(1).map((p, k) => [e.points[k]!, p] as const);
        segments.forEach(([[x0, y0], [x1, y1]], k) => {
          for (const b of boxes) {
            if (
              (k === 0 && b.state.id === e.source) ||
              (k === segments.length - 1 && b.state.id === e.target)
            )
              continue;
            const inside =
              Math.max(x0, x1) > b.x + 1 &&
              Math.min(x0, x1) < b.x + b.w - 1 &&
              Math.max(y0, y1) > b.y + 1 &&
              Math.min(y0, y1) < b.y + b.h - 1;
            expect(inside, `${e.id} segment ${k} crosses ${b.state.id}`).toBe(false);
          }
        });
      }
      // no two arrows share a vertical track, nor a horizontal one
      const tracks = new Set<string>();
      for (const e of edges) {
        const key = `x${e.points[1]![0]}|y${e.points[2]![1]}`;
        expect(tracks.has(key)).toBe(false);
        tracks.add(key);
      }
    },
  );
});
