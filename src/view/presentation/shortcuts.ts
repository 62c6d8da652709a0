/**
 * The page's keyboard shortcuts. They are read on the window in the capture phase, before a
 * focused control sees the key. In presentation mode they work wherever the focus is: a focused
 * button does not swallow Space (the room's play/pause). Outside it, a focused control keeps the
 * keys that work it (Space on a button, arrows in a group of radios), as keyboard users expect.
 * Always, while the person types in a field (text, number, select) the keys are theirs, and a
 * focused slider or radio keeps its arrows.
 */

export type ShortcutAction =
  | 'togglePlay'
  | 'stepForward'
  | 'stepBack'
  | 'next'
  | 'previous'
  | 'preset'
  | 'fullscreen'
  | 'compare'
  | 'lessons'
  | 'presentation'
  | 'controls'
  | 'help';

/** The shortcuts in the order the help lists them, with the keys that give each. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: 'togglePlay', keys: [' '] },
  { action: 'stepForward', keys: ['ArrowRight'] },
  { action: 'stepBack', keys: ['ArrowLeft'] },
  { action: 'next', keys: ['PageDown'] },
  { action: 'previous', keys: ['PageUp'] },
  { action: 'preset', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
  { action: 'fullscreen', keys: ['f'] },
  { action: 'compare', keys: ['c'] },
  { action: 'lessons', keys: ['l'] },
  { action: 'presentation', keys: ['p'] },
  { action: 'controls', keys: ['h'] },
  { action: 'help', keys: ['?'] },
];

const BY_KEY = new Map<string, ShortcutAction>(
  SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)),
);

/** What a key press asks for. */
export interface Shortcut {
  action: ShortcutAction;
  /** for `preset`: its number, from 1 */
  n?: number;
}

/** The part of a KeyboardEvent the shortcuts read. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** Input types that take typed text: a shortcut there would steal the person's keys. */
const TYPED = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date']);
/** Keys a focused slider or radio uses itself. */
const ARROW_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);
/** Roles of controls that Space works (outside presentation mode). */
const PRESSABLE_ROLES = new Set([
  'button',
  'checkbox',
  'switch',
  'tab',
  'radio',
  'menuitem',
  'option',
  'link',
]);

/** True when the key belongs to the focused element rather than to the page. */
function keyBelongsToTarget(
  key: string,
  target: EventTarget | null | undefined,
  presentation: boolean,
): boolean {
  const el = target as
    | (HTMLElement & {
        type?: string;
        isContentEditable?: boolean;
        getAttribute?(name: string): string | null;
      })
    | null
    | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  const type = tag === 'input' ? (el.type ?? 'text').toLowerCase() : '';
  const role = el.getAttribute?.('role') ?? '';
  if (type === 'range' || type === 'radio' || role === 'radio')
    return ARROW_KEYS.has(key) || (!presentation && key === ' ' && type !== 'range');
  if (tag === 'input' && TYPED.has(type)) return true;
  if (presentation || key !== ' ') return false;
  return (
    tag === 'button' ||
    tag === 'summary' ||
    tag === 'a' ||
    type === 'checkbox' ||
    type === 'button' ||
    type === 'submit' ||
    PRESSABLE_ROLES.has(role)
  );
}

/**
 * The shortcut a key press asks for, or null when the key is not one, or is not the page's:
 * `presentation` is whether presentation mode is on (the keys then win over a focused control).
 */
export function shortcutOf(e: KeyPress, presentation = false): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (keyBelongsToTarget(e.key, e.target, presentation)) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const action = BY_KEY.get(key);
  if (!action) return null;
  return action === 'preset' ? { action, n: Number(key) } : { action };
}
