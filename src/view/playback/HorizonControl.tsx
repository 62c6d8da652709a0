/**
 * The horizon, in place: the "180" of "Day 42 of 180" is a button that opens a field for the
 * number of days, so the horizon changes without the URL and the bar does not grow for it. The
 * field takes a whole number within the scenario files' limits (DAYS), read by the shared
 * `parseNumber`; a refused value keeps the horizon in use and says what is allowed, in a message
 * laid over the page (not in the bar's flow, so nothing moves).
 */
import { parseNumber } from '../../model/number';
import { DAYS } from '../../model/scenario';
import { STRINGS, type Lang } from '../../i18n/strings';
import { useValueField } from '../controls/useValueField';

export interface HorizonControlProps {
  days: number;
  lang: Lang;
  onChange: (days: number) => void;
}

export function HorizonControl({ days, lang, onChange }: HorizonControlProps) {
  const t = STRINGS[lang];
  // As in the parameter fields (see useValueField.ts); a refused value gets one message, the limits.
  const { editing, error, buttonRef, open, onKeyDown, onBlur } = useValueField(
    (text) => {
      const read = parseNumber(text, { ...DAYS, integer: true });
      if (read.ok) return read;
      const max = new Intl.NumberFormat(lang).format(DAYS.max);
      return { ok: false, message: t.horizonRange(String(DAYS.min), max) };
    },
    (value) => {
      if (value !== days) onChange(value);
    },
  );

  const name = `${t.horizon}, ${t.days}`;
  return (
    <span className="horizon">
      {editing ? (
        <input
          type="text"
          inputMode="numeric"
          autoFocus
          size={4}
          defaultValue={String(days)}
          className="horizon-field"
          data-testid="horizon-field"
          aria-label={name}
          aria-invalid={error !== null}
          aria-describedby={error ? 'horizon-error' : undefined}
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="horizon-value"
          data-testid="horizon"
          aria-label={`${name}: ${days}`}
          title={`${name}: ${t.typeValue}`}
          onClick={open}
        >
          {days}
        </button>
      )}
      {error && (
        <span id="horizon-error" className="horizon-error field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
