import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../model/parameters';
import { STRINGS, type Lang } from '../../i18n/strings';
import type { RunData } from '../../store/run-data';
import { simulateRun } from '../../../test/support/run-data';
import { ChartsPanel, flowView } from './ChartsPanel';
import { LineChart } from './LineChart';
import { flowGraph } from './FlowSankey';
import { CHART_TEXT, PLACE_LABELS } from './labels';

function makeRun(seed: number): RunData {
  const params = { ...defaultParameters(), 'audience.size': 600 };
  return simulateRun(params, seed, 30);
}
const run = makeRun(1);
const previous = makeRun(2);

/** The titles as the panel opens: daily counts summed over the last 7 days. */
const TITLES = [
  'chartPurchasesWeek',
  'chartRetention',
  'chartMoney',
  'chartVanityWeek',
  'chartFlows',
] as const;
/** Line series drawn by the panel: purchases 2, retention 1, money 2, vanity 2. */
const LINE_SERIES = 7;

const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
const lineCharts = (root: ParentNode) => all(root, '.charts-chart:not(.charts-sankey)');

describe('ChartsPanel', () => {
  it.each<Lang>(['en', 'ru'])('renders every chart title and the vanity note (%s)', (lang) => {
    render(<ChartsPanel run={run} ghost={null} day={15} lang={lang} />);
    const s = STRINGS[lang];
    for (const t of TITLES) expect(screen.getByRole('heading', { name: s[t] })).toBeInTheDocument();
    expect(screen.getByText(s.vanityNote)).toBeInTheDocument();
    expect(screen.getByText(s.purchases)).toBeInTheDocument();
  });

  it('draws non-empty line paths in every line chart', () => {
    const { container } = render(<ChartsPanel run={run} ghost={null} day={20} lang="en" />);
    const charts = lineCharts(container);
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      const svg = chart.querySelector('svg')!;
      expect(svg).toHaveAttribute('role', 'img');
      expect(svg.getAttribute('aria-label')).toContain('Day 20');
      const paths = all(chart, 'path.charts-line');
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M/);
      // Axes with ticks.
      expect(all(chart, '.charts-axis-x .tick').length).toBeGreaterThan(1);
      expect(all(chart, '.charts-axis-y .tick').length).toBeGreaterThan(1);
    }
    expect(all(container, 'path.charts-line')).toHaveLength(LINE_SERIES);
    // The rest of the run is drawn too, lighter.
    expect(all(container, 'path.charts-future')).toHaveLength(LINE_SERIES);
  });

  it.each<Lang>(['en', 'ru'])('labels money in dollars, its ticks without needless decimals (%s)', (lang) => {
    const { container } = render(<ChartsPanel run={run} ghost={null} day={30} lang={lang} />);
    expect(container.textContent).not.toContain('₽');
    const money = lineCharts(container)[2]!;
    expect(money.querySelector('.charts-axis-label')!.textContent).toMatch(/\$$/);
    const ticks = all(money, '.charts-axis-y .tick text').map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) {
      expect(t).toContain('$');
      expect(t).not.toMatch(/[.,]00\b/);
    }
    // People and likes are counted in whole numbers.
    for (const chart of [lineCharts(container)[0]!, lineCharts(container)[3]!])
      for (const t of all(chart, '.charts-axis-y .tick text')) expect(t.textContent).toMatch(/^[\d\s,]+$/);
  });

  it('draws ghost lines only when there is a previous run', () => {
    const { container, rerender } = render(<ChartsPanel run={run} ghost={null} day={10} lang="en" />);
    expect(all(container, '.charts-ghost')).toHaveLength(0);
    expect(screen.queryByText(STRINGS.en.ghost)).toBeNull();

    rerender(<ChartsPanel run={run} ghost={previous} day={10} lang="en" />);
    const ghosts = all(container, 'path.charts-ghost');
    expect(ghosts.length).toBeGreaterThanOrEqual(LINE_SERIES - 1); // retention may be all NaN
    for (const g of ghosts) {
      expect(g.getAttribute('d')).toMatch(/^M/);
      expect(g).toHaveAttribute('stroke-dasharray');
    }
    // One legend entry per line chart.
    expect(screen.getAllByText(STRINGS.en.ghost)).toHaveLength(4);

    rerender(<ChartsPanel run={run} ghost={null} day={10} lang="en" />);
    expect(all(container, '.charts-ghost')).toHaveLength(0);
  });

  it('moves the day marker with the day', () => {
    const { container, rerender } = render(<ChartsPanel run={run} ghost={null} day={5} lang="en" />);
    const markers = () => all(container, 'line.charts-marker');
    expect(markers()).toHaveLength(4);
    const before = markers().map((m) => Number(m.getAttribute('x1')));
    for (const m of markers()) expect(m).toHaveAttribute('data-day', '5');

    rerender(<ChartsPanel run={run} ghost={null} day={25} lang="en" />);
    const after = markers().map((m) => Number(m.getAttribute('x1')));
    for (const m of markers()) expect(m).toHaveAttribute('data-day', '25');
    after.forEach((x, i) => expect(x).toBeGreaterThan(before[i]!));

    // Day 0: before the run, no marker and nothing drawn as past.
    rerender(<ChartsPanel run={run} ghost={null} day={0} lang="en" />);
    expect(markers()).toHaveLength(0);
    expect(all(container, 'path.charts-line')).toHaveLength(0);
  });

  it('draws the Sankey links when there are moves and a message on day 0', () => {
    const { container, rerender } = render(<ChartsPanel run={run} ghost={null} day={30} lang="en" />);
    const sankey = () => container.querySelector('.charts-sankey')!;
    const links = all(sankey(), 'path.charts-link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.getAttribute('d')).toMatch(/^M/);
    expect(sankey().textContent).toContain(PLACE_LABELS.audience.en);
    expect(sankey().querySelector('svg')).toHaveAttribute('role', 'img');
    expect(screen.queryByText(CHART_TEXT.noMoves.en)).toBeNull();

    rerender(<ChartsPanel run={run} ghost={null} day={0} lang="ru" />);
    expect(all(sankey(), 'path.charts-link')).toHaveLength(0);
    expect(screen.getByText(CHART_TEXT.noMoves.ru)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: STRINGS.ru.chartFlows })).toBeInTheDocument();

    rerender(<ChartsPanel run={run} ghost={null} day={30} lang="ru" />);
    expect(all(sankey(), 'path.charts-link').length).toBeGreaterThan(0);
    expect(sankey().textContent).toContain(PLACE_LABELS.audience.ru);
  });

  it('shows a message while there is no run', () => {
    render(<ChartsPanel run={null} ghost={null} day={0} lang="en" />);
    expect(screen.getByText(STRINGS.en.computing)).toBeInTheDocument();
  });
});

describe('LineChart', () => {
  it('breaks the line at NaN values', () => {
    const { container } = render(
      <LineChart
        title="Test"
        series={[{ key: 'a', label: 'a', values: [1, 2, NaN, NaN, 3, 4], color: '#000' }]}
        day={6}
        yKind="count"
        yLabel="y"
        xLabel="day"
        lang="en"
      />,
    );
    const d = container.querySelector('path.charts-line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toContain('NaN');
  });

  it('adds daily counts up per day, over the last 7 days or since day 1, as chosen', () => {
    expect(flowView([1, 0, 2, 0, 0, 0, 0, 3, 1], 'day')).toEqual([1, 0, 2, 0, 0, 0, 0, 3, 1]);
    expect(flowView([1, 0, 2, 0, 0, 0, 0, 3, 1], 'week')).toEqual([1, 1, 3, 3, 3, 3, 3, 5, 6]);
    expect(flowView([1, 0, 2, 0, 0, 0, 0, 3, 1], 'total')).toEqual([1, 1, 3, 3, 3, 3, 3, 6, 7]);
    render(<ChartsPanel run={run} ghost={null} day={15} lang="en" />);
    const s = STRINGS.en;
    expect(screen.getByTestId('flows-week')).toBeChecked();
    fireEvent.click(screen.getByTestId('flows-total'));
    expect(screen.getByRole('heading', { name: s.chartPurchasesTotal })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: s.chartVanityTotal })).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('flows-day'));
    expect(screen.getByRole('heading', { name: s.chartPurchases })).toBeInTheDocument();
  });

  it('folds the visits that end without a purchase out of the flow diagram, and says how many', () => {
    const graph = flowGraph(run, run.days);
    expect(graph.folded).toBeGreaterThan(0);
    const exits = graph.links.filter(
      (l) =>
        l.origin === 'website' &&
        l.source === 'ch:site' &&
        ['to:audience', 'to:community'].includes(l.target),
    );
    expect(exits).toEqual([]);
    // what is drawn and what is folded are every move between places
    const drawn = graph.links
      .filter((l) => l.source.startsWith('from:'))
      .reduce((sum, l) => sum + l.value, 0);
    expect(drawn + graph.folded).toBe(graph.total);
    render(<ChartsPanel run={run} ghost={null} day={run.days} lang="en" />);
    expect(screen.getByTestId('sankey-folded').textContent).toMatch(
      /^Not drawn, so that the smaller flows show: visits to the website that ended without a purchase: [\d,]+\.$/,
    );
  });
});
