/** One strategy parameter: a slider with its value and unit, the default marked, the explanation at hand. */
import { useId, useState } from 'react';
import { UNITS, type ParameterName, type ParameterSpec } from '../../model/parameters';
import { STRINGS, type Lang } from '../../i18n/strings';
import { RESOLUTION, fromPosition, toPosition } from './slider-scale';

/** A value as shown beside its slider: shares as percentages, the rest as numbers. */
export function formatValue(s: ParameterSpec, value: number, lang: Lang): string {
  const locale = lang === 'ru' ? 'ru-RU' : 'en-US';
  if (s.unit === 'score') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (s.unit === 'share')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value * 100)} %`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 1 ? 3 : value < 100 ? 2 : 0 }).format(value)} ${UNITS[s.unit][lang]}`;
}

export interface ParameterControlProps {
  spec: ParameterSpec;
  value: number;
  lang: Lang;
  onChange: (name: ParameterName, value: number) => void;
}

export function ParameterControl({ spec, value, lang, onChange }: ParameterControlProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const t = STRINGS[lang];
  const name = spec.name as ParameterName;
  const isDefault = value === spec.default;
  const text = formatValue(spec, value, lang);
  return (
    <div className={`param${isDefault ? '' : ' param-changed'}`}>
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {spec.label[lang]}
        </label>
        <output htmlFor={id} className="param-value" data-testid={`value-${spec.name}`}>
          {text}
        </output>
        <button
          type="button"
          className="param-help-toggle"
          aria-expanded={open}
          aria-controls={`${id}-help`}
          aria-label={`${spec.label[lang]}: ?`}
          title={spec.help[lang]}
          onClick={() => setOpen(!open)}
        >
          ?
        </button>
      </div>
      <div className="param-slider">
        <input
          id={id}
          type="range"
          min={0}
          max={RESOLUTION}
          step={1}
          value={toPosition(spec, value)}
          aria-valuenow={value}
          aria-valuetext={text}
          aria-describedby={`${id}-help`}
          data-testid={`param-${spec.name}`}
          onChange={(e) => onChange(name, fromPosition(spec, Number(e.currentTarget.value)))}
        />
        <span
          className="param-default-mark"
          style={{ left: `${(toPosition(spec, spec.default) / RESOLUTION) * 100}%` }}
          title={`${t.defaultValue}: ${formatValue(spec, spec.default, lang)}`}
          aria-hidden="true"
        />
      </div>
      <p id={`${id}-help`} className={`param-help${open ? ' param-help-open' : ''}`}>
        {spec.help[lang]}{' '}
        <span className="param-default">
          ({t.defaultValue}: {formatValue(spec, spec.default, lang)}
          {!isDefault && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => onChange(name, spec.default)}>
                {t.resetParameter}
              </button>
            </>
          )}
          )
        </span>
      </p>
    </div>
  );
}
