/**
 * The language the page starts in: the link's `lang` when it has one, else the language the user
 * chose last time (kept in localStorage), else the browser's (Russian for any `ru*`, English
 * otherwise). A stored value that is not a language, or storage that cannot be read (private
 * windows, blocked cookies), is ignored: the choice is a convenience, never a reason to fail.
 */
import { LANGS, type Lang } from '../i18n/strings';

/** The localStorage key of the language chosen last. */
export const LANG_KEY = 'smm-loop.lang';

const isLang = (x: unknown): x is Lang => (LANGS as readonly unknown[]).includes(x);

/** The page's language for the browser's preferred languages: Russian for `ru`, `ru-RU`, …; else English. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages.find((l) => typeof l === 'string' && l.trim() !== '');
  return first && /^ru(-|_|$)/i.test(first.trim()) ? 'ru' : 'en';
}

/** The language stored from the user's last choice, or undefined (none, corrupted, or unreadable). */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang | undefined {
  try {
    const value = storage?.getItem(LANG_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the user's choice for the next visit; a storage that refuses it is ignored. */
export function rememberLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // full, disabled or blocked storage: the page works without it
  }
}

/** The browser's localStorage, or undefined where touching it throws (sandboxed frames). */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The language to start in when the link names none: the stored choice, else the browser's. */
export function preferredLang(
  storage: Pick<Storage, 'getItem'> | undefined,
  languages: readonly string[],
): Lang {
  return storedLang(storage) ?? browserLang(languages);
}
