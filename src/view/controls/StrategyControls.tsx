/**
 * The strategy panel: every parameter of the schema, grouped as the seed article groups them, and
 * the platform choice among the research results.
 */
import { GROUP_LABELS, PARAMETERS, PARAMETER_GROUPS } from '../../model/parameters';
import { STRINGS } from '../../i18n/strings';
import { useApp } from '../store-context';
import { ParameterControl } from './ParameterControl';
import { PlatformSelect } from './PlatformSelect';
import { platformValues } from '../../model/platforms';
import { DEFAULT_CURRENCY } from '../../model/scenario';
import { PRESETS } from '../presets';
import './controls.css';

export function StrategyControls() {
  const lang = useApp((s) => s.lang);
  const params = useApp((s) => s.params);
  const setParam = useApp((s) => s.setParam);
  const setParams = useApp((s) => s.setParams);
  const applyFrom = useApp((s) => s.applyFrom);
  const setApplyFrom = useApp((s) => s.setApplyFrom);
  const changes = useApp((s) => s.changes);
  const currency = useApp((s) => s.currency);
  const presetId = useApp((s) => s.presetId);
  const t = STRINGS[lang];
  // The schema's money defaults are dollars: in a scenario in another currency, a money parameter's
  // default is the scenario's own value (its preset's), never a dollar figure read as roubles.
  const preset = currency === DEFAULT_CURRENCY ? undefined : PRESETS.find((p) => p.id === presetId);
  const defaultOf = (p: (typeof PARAMETERS)[number]) =>
    preset && (p.unit === 'money' || p.unit === 'moneyPerDay')
      ? (preset.scenario.parameters[p.name] ?? p.default)
      : p.default;
  return (
    <section className="strategy" aria-labelledby="strategy-title">
      <h2 id="strategy-title">{t.strategy}</h2>
      <fieldset className="strategy-apply" title={t.applyFromAbout}>
        <legend>{t.applyFrom}</legend>
        {(['today', 'start'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="apply-from"
              value={mode}
              data-testid={`apply-from-${mode}`}
              checked={applyFrom === mode}
              onChange={() => setApplyFrom(mode)}
            />{' '}
            {mode === 'today' ? t.applyFromToday : t.applyFromStart}
          </label>
        ))}
      </fieldset>
      {changes.length > 0 && (
        <p className="strategy-changes" data-testid="strategy-changes">
          {t.changedOn(changes.map((c) => c.day).join(', '))}
        </p>
      )}
      {PARAMETER_GROUPS.map((g) => (
        <details key={g} className="strategy-group" open>
          <summary>{GROUP_LABELS[g][lang]}</summary>
          {PARAMETERS.filter((p) => p.group === g).map((p) => (
            <ParameterControl
              key={p.name}
              spec={p}
              value={params[p.name]}
              lang={lang}
              currency={currency}
              defaultValue={defaultOf(p)}
              onChange={setParam}
            />
          ))}
          {/* The seed article's fourth object of research, after the audience portrait. Platforms'
              published averages are in dollars, so a scenario in another currency has none. */}
          {g === 'research' && currency === DEFAULT_CURRENCY && (
            <PlatformSelect values={params} lang={lang} onChoose={(id) => setParams(platformValues(id))} />
          )}
        </details>
      ))}
    </section>
  );
}
