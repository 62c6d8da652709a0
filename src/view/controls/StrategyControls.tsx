/** The strategy panel: every parameter of the schema, grouped as the seed article groups them. */
import { GROUP_LABELS, PARAMETERS, PARAMETER_GROUPS } from '../../model/parameters';
import { STRINGS } from '../../i18n/strings';
import { useApp } from '../store-context';
import { ParameterControl } from './ParameterControl';
import './controls.css';

export function StrategyControls() {
  const lang = useApp((s) => s.lang);
  const params = useApp((s) => s.params);
  const setParam = useApp((s) => s.setParam);
  return (
    <section className="strategy" aria-labelledby="strategy-title">
      <h2 id="strategy-title">{STRINGS[lang].strategy}</h2>
      {PARAMETER_GROUPS.map((g) => (
        <details key={g} className="strategy-group" open>
          <summary>{GROUP_LABELS[g][lang]}</summary>
          {PARAMETERS.filter((p) => p.group === g).map((p) => (
            <ParameterControl key={p.name} spec={p} value={params[p.name]} lang={lang} onChange={setParam} />
          ))}
        </details>
      ))}
    </section>
  );
}
