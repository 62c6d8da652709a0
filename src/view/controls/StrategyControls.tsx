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
import './controls.css';

export function StrategyControls() {
  const lang = useApp((s) => s.lang);
  const params = useApp((s) => s.params);
  const setParam = useApp((s) => s.setParam);
  const setParams = useApp((s) => s.setParams);
  const applyFrom = useApp((s) => s.applyFrom);
  const setApplyFrom = useApp((s) => s.setApplyFrom);
  const changes = useApp((s) => s.changes);
  const t = STRINGS[lang];
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
            <ParameterControl key={p.name} spec={p} value={params[p.name]} lang={lang} onChange={setParam} />
          ))}
          {/* The seed article's fourth object of research, after the audience portrait. */}
          {g === 'research' && (
            <PlatformSelect values={params} lang={lang} onChoose={(id) => setParams(platformValues(id))} />
          )}
        </details>
      ))}
    </section>
  );
}
