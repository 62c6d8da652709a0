/**
 * The horizon, in place: the "180" of "Day 42 of 180" is a button that opens a field for the
 * number of days, so the horizon changes without the URL and the bar does not grow for it. The
 * field takes a whole number within the scenario files' limits (DAYS), read by the shared
 * `parseNumber`; a refused value keeps the horizon in use and says what is allowed, in a message
 * laid over the page (not in the bar's flow, so nothing moves).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { parseNumber } from '../../model/number';
import { DAYS } from '../../model/scenario';
import { STRINGS, type Lang } from '../../i18n/strings';

export interface HorizonControlProps {
  days: number;
  lang: Lang;
  onChange: (days: number) => void;
}

export function HorizonControl({ days, lang, onChange }: HorizonControlProps) {
  const t = STRINGS[lang];
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // As in the parameter fields: Enter and Escape give the focus back; a blur while closing is ignored.
  const closing = useRef(false);
  const refocus = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const close = (focusButton: boolean) => {
    closing.current = true;
    refocus.current = focusButton;
    setEditing(false);
  };
  const commit = (text: string, onInvalid: 'stay' | 'close', focusButton: boolean) => {
    const read = parseNumber(text, { ...DAYS, integer: true });
    if (read.ok) {
      setError(null);
      if (read.value !== days) onChange(read.value);
    } else {
      setError(t.horizonRange(String(DAYS.min), new Intl.NumberFormat(lang).format(DAYS.max)));
    }
    if (read.ok || onInvalid === 'close') close(focusButton);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(e.currentTarget.value, 'stay', true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setError(null);
      close(true);
    }
  };

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
          onKeyDown={onKey}
          onBlur={(e) => !closing.current && commit(e.currentTarget.value, 'close', false)}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="horizon-value"
          data-testid="horizon"
          aria-label={`${name}: ${days}`}
          title={`${name}: ${t.typeValue}`}
          onClick={() => {
            closing.current = false;
            setEditing(true);
          }}
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
