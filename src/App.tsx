import { useEffect, useRef, useState } from 'react';
import { METRIC_INDEX, type Metric } from './engine/metrics';
import type { DayFrame } from './engine/simulation';
import { STATES, STATE_META } from './model/agent';
import { scenarioParameters } from './model/scenario';
import { PRESETS } from './view/presets';
import { SimulationClient } from './worker/client';

const SHOWN: Metric[] = [
  'impressions',
  'visits',
  'purchases',
  'newCustomers',
  'revenue',
  'adSpend',
  'likes',
  'complaints',
  'followers',
  'buyers',
  'retention',
  'cac',
  'romi',
];

const format = (m: Metric, x: number) =>
  !Number.isFinite(x)
    ? '–'
    : m === 'retention'
      ? `${Math.round(x * 100)} %`
      : Number.isInteger(x)
        ? x.toLocaleString('en')
        : x.toFixed(2);

/** A plain page that runs a preset day by day and lists its daily numbers. */
export function App() {
  const [presetId, setPresetId] = useState('default');
  const [frames, setFrames] = useState<DayFrame[]>([]);
  const client = useRef<SimulationClient | null>(null);

  useEffect(() => {
    // The simulation runs in a Web Worker; the page only receives each day's frame.
    const worker = new SimulationClient();
    client.current = worker;
    return () => worker.terminate();
  }, []);

  useEffect(() => {
    const worker = client.current;
    if (!worker) return;
    const { scenario } = PRESETS.find((p) => p.id === presetId)!;
    let cancelled = false;
    const collected: DayFrame[] = [];
    const run = async () => {
      await worker.ask({
        type: 'load',
        params: scenarioParameters(scenario),
        seed: scenario.seed,
        days: scenario.days,
      });
      while (!cancelled && collected.length < scenario.days) {
        const { frames } = await worker.ask({ type: 'step', count: 5 });
        if (cancelled) return;
        collected.push(...(frames as DayFrame[]));
        setFrames([...collected]);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    };
    run().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [presetId]);

  const scenario = PRESETS.find((p) => p.id === presetId)!.scenario;
  const latest = frames[frames.length - 1];
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem 2rem' }}>
      <h1>SMM Loop</h1>
      <label>
        Scenario{' '}
        <select
          value={presetId}
          onChange={(e) => {
            setFrames([]);
            setPresetId(e.target.value);
          }}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.scenario.name}
            </option>
          ))}
        </select>
      </label>
      <p>{scenario.description}</p>
      <p data-testid="day">
        Day {frames.length} / {scenario.days}
      </p>
      {latest && (
        <p>
          {STATES.map((s, i) => (
            <span key={s} style={{ marginRight: '1rem', color: STATE_META[s].color }}>
              {STATE_META[s].label.en}: {latest.counts[i]}
            </span>
          ))}
        </p>
      )}
      <table style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }}>
        <thead>
          <tr>
            <th>day</th>
            {SHOWN.map((m) => (
              <th key={m} style={{ padding: '0 .5rem' }}>
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {frames
            .slice()
            .reverse()
            .map((f) => (
              <tr key={f.day}>
                <td>{f.day}</td>
                {SHOWN.map((m) => (
                  <td key={m} style={{ textAlign: 'right', padding: '0 .5rem' }}>
                    {format(m, f.metrics[METRIC_INDEX[m]]!)}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </main>
  );
}
