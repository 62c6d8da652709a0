/**
 * The behaviour shared by the exact-value fields that open in place of a value button (a strategy
 * parameter's value, the horizon in the day counter): open or not, the message for the last value
 * refused, and the keys. Enter takes the text if `read` accepts it (and keeps the field open with
 * the message if not); Escape closes without taking anything; leaving the field takes a valid text
 * and closes either way, keeping the message for an invalid one. After Enter or Escape the focus
 * goes back to the button (not after a click away); a blur while closing is ignored, so the field
 * is not read a second time as it goes.
 *
 * Destructure the result: the result holds a ref, and React's lint refuses reading a property of
 * it during render (`field.error`), while the destructured values are plain.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TypedValue } from './value-field';

export function useValueField(read: (text: string) => TypedValue, accept: (value: number) => void) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closing = useRef(false);
  const refocus = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  const open = () => {
    closing.current = false;
    setEditing(true);
  };
  const close = (focusButton: boolean) => {
    closing.current = true;
    refocus.current = focusButton;
    setEditing(false);
  };

  /** Takes the field's text if it is a valid value; keeps the old value and says why if not. */
  const commit = (text: string, onInvalid: 'stay' | 'close', focusButton: boolean) => {
    const typed = read(text);
    if (typed.ok) {
      setError(null);
      accept(typed.value);
    } else {
      setError(typed.message);
    }
    if (typed.ok || onInvalid === 'close') close(focusButton);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(e.currentTarget.value, 'stay', true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setError(null);
      close(true);
    }
  };
  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    if (!closing.current) commit(e.currentTarget.value, 'close', false);
  };

  return {
    /** Whether the field is shown in place of the button. */
    editing,
    /** The message for the last value refused, or null. */
    error,
    /** Forgets the message (when the value changes another way, e.g. by its slider). */
    clearError: () => setError(null),
    /** For the value button, which gets the focus back after Enter or Escape. */
    buttonRef,
    /** Opens the field (the button's click). */
    open,
    /** The field's `onKeyDown` and `onBlur`. */
    onKeyDown,
    onBlur,
  };
}
