import { describe, expect, it } from 'vitest';
import { LANG_KEY, browserLang, preferredLang, rememberLang, storedLang } from './lang-choice';

/** A storage holding `value` under the language's key. */
const holding = (value: string | null) => ({ getItem: (key: string) => (key === LANG_KEY ? value : null) });

describe('the language the page starts in', () => {
  it('is Russian for a browser in any Russian, else English', () => {
    expect(browserLang(['ru-RU', 'en'])).toBe('ru');
    expect(browserLang(['ru'])).toBe('ru');
    expect(browserLang(['RU-by'])).toBe('ru');
    expect(browserLang(['en-US', 'ru'])).toBe('en');
    expect(browserLang(['de-DE'])).toBe('en');
    expect(browserLang(['rue'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('is the stored choice when there is one, over the browser’s', () => {
    expect(preferredLang(holding('en'), ['ru-RU'])).toBe('en');
    expect(preferredLang(holding('ru'), ['en-US'])).toBe('ru');
    expect(preferredLang(holding(null), ['ru-RU'])).toBe('ru');
  });

  it('ignores a corrupted stored value, or a storage that throws, never failing', () => {
    for (const bad of ['', 'RU', 'english', '{"lang":', 'null'])
      expect(preferredLang(holding(bad), ['en-US']), bad).toBe('en');
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storedLang(broken)).toBeUndefined();
    expect(storedLang(undefined)).toBeUndefined();
    expect(() => rememberLang(broken, 'ru')).not.toThrow();
  });

  it('remembers the choice under its key', () => {
    const kept = new Map<string, string>();
    rememberLang({ setItem: (k, v) => void kept.set(k, v) }, 'ru');
    expect(kept.get(LANG_KEY)).toBe('ru');
    expect(storedLang({ getItem: (k) => kept.get(k) ?? null })).toBe('ru');
  });
});
