import { useEffect, useRef, useState } from 'react';
import { METRIC_INDEX, type Metric } from './engine/metrics';
import { Simulation, type DayFrame } from './engine/simulation';
import { xstateStepper } from './engine/xstate-runner';
import { STATES, STATE_META } from './model/agent';
import { scenarioParameters } from './model/scenario';
import { PRESETS } from './view/presets';

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
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const { scenario } = PRESETS.find((p) => p.id === presetId)!;
    const sim = new Simulation(scenarioParameters(scenario), { seed: scenario.seed, stepper: xstateStepper });
    const collected: DayFrame[] = [];
    // One simulated day per timer tick keeps the page responsive while the reference runner works.
    const tick = () => {
      collected.push(sim.step());
      setFrames([...collected]);
      if (collected.length < scenario.days) timer.current = window.setTimeout(tick, 0);
    };
    timer.current = window.setTimeout(tick, 0);
    return () => window.clearTimeout(timer.current);
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
