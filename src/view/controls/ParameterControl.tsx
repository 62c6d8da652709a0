/**
 * One strategy parameter: a slider with its value and unit, the default marked, the explanation
 * at hand. The slider answers the keyboard itself (see slider-steps.ts), and its value, when
 * clicked, becomes a field that takes an exact value.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { PARAMETER_ENDS, type ParameterName, type ParameterSpec } from '../../model/parameters';
import { STRINGS, type Lang } from '../../i18n/strings';
import { formatSetting } from '../../i18n/format';
import { DEFAULT_CURRENCY, type Currency } from '../../model/scenario';
import { RESOLUTION, fromPosition, toPosition } from './slider-scale';
import { keyValue } from './slider-steps';
import { fieldText, fieldUnit, readTyped } from './value-field';
import { useValueField } from './useValueField';

/**
 * A value as shown beside its slider: its unit's kind, to its step's precision, money in the
 * scenario's currency (src/i18n/format.ts).
 */
export function formatValue(
  s: ParameterSpec,
  value: number,
  lang: Lang,
  currency: Currency = DEFAULT_CURRENCY,
): string {
  return formatSetting(s, value, lang, currency);
}

export interface ParameterControlProps {
  spec: ParameterSpec;
  value: number;
  lang: Lang;
  /** the scenario's currency (money parameters are in it) */
  currency?: Currency;
  /**
   * The value marked as the default and restored by the reset: the schema's, unless the scenario
   * is in another currency than the schema's defaults (then its own value).
   */
  defaultValue?: number;
  onChange: (name: ParameterName, value: number) => void;
}

export function ParameterControl({
  spec,
  value,
  lang,
  currency = DEFAULT_CURRENCY,
  defaultValue = spec.default,
  onChange,
}: ParameterControlProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const t = STRINGS[lang];
  const name = spec.name as ParameterName;
  const isDefault = value === defaultValue;
  const show = (x: number) => formatValue(spec, x, lang, currency);
  const text = show(value);
  const accept = (next: number) => {
    if (next !== value) onChange(name, next);
  };
  // The exact-value field in place of the value (see useValueField.ts).
  const {
    editing,
    error,
    clearError,
    buttonRef,
    open: openField,
    onKeyDown,
    onBlur,
  } = useValueField((typed) => readTyped(spec, typed, lang), accept);
  // A value set another way (the slider, the reset link) clears the field's last message.
  const change = (next: number) => {
    clearError();
    accept(next);
  };

  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = keyValue(spec, value, e.key);
    if (next === null) return;
    // The browser's own step would move one of RESOLUTION positions, which rounds back to the same value.
    e.preventDefault();
    change(next);
  };

  return (
    <div className={`param${isDefault ? '' : ' param-changed'}`}>
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {spec.label[lang]}
        </label>
        {editing ? (
          <span className="param-field">
            <input
              type="text"
              inputMode="decimal"
              autoFocus
              defaultValue={fieldText(spec, value, lang)}
              size={7}
              data-testid={`field-${spec.name}`}
              aria-label={`${spec.label[lang]}: ${t.typeValue}`}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            {fieldUnit(spec) && <span aria-hidden="true">{fieldUnit(spec)}</span>}
          </span>
        ) : (
          <button
            ref={buttonRef}
            type="button"
            className="param-value"
            data-testid={`value-${spec.name}`}
            title={t.typeValue}
            onClick={openField}
          >
            <span className="visually-hidden">{spec.label[lang]}: </span>
            {text}
            <span className="visually-hidden">, {t.typeValue}</span>
          </button>
        )}
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
      {error && (
        <p id={`${id}-error`} className="field-error param-error" role="alert">
          {error}
        </p>
      )}
      <div className="param-slider">
        <input
          id={id}
          type="range"
          min={0}
          max={RESOLUTION}
          step={1}
          value={toPosition(spec, value)}
          aria-valuemin={spec.min}
          aria-valuemax={spec.max}
          aria-valuenow={value}
          aria-valuetext={text}
          aria-describedby={`${id}-help`}
          data-testid={`param-${spec.name}`}
          onKeyDown={onSliderKey}
          onChange={(e) => change(fromPosition(spec, Number(e.currentTarget.value)))}
        />
        <span
          className="param-default-mark"
          style={{ left: `${(toPosition(spec, defaultValue) / RESOLUTION) * 100}%` }}
          title={`${t.defaultValue}: ${show(defaultValue)}`}
          aria-hidden="true"
        />
      </div>
      <p id={`${id}-help`} className={`param-help${open ? ' param-help-open' : ''}`}>
        {spec.help[lang]} {PARAMETER_ENDS[spec.name as ParameterName]?.[lang] ?? ''}{' '}
        {t.rangeOf(show(spec.min), show(spec.max))} {t.nameInLinks}{' '}
        <code className="param-name">{spec.name}</code>{' '}
        <span className="param-default">
          ({t.defaultValue}: {show(defaultValue)}
          {!isDefault && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => change(defaultValue)}>
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
