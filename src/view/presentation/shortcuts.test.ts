import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutOf } from './shortcuts';

/** An element-like target with a tag name and, for inputs, a type; a role if given. */
const target = (tagName: string, type?: string, isContentEditable = false, role: string | null = null) =>
  ({
    tagName,
    type,
    isContentEditable,
    getAttribute: (n: string) => (n === 'role' ? role : null),
  }) as unknown as EventTarget;

describe('the page shortcuts', () => {
  it('map every listed key to its action, letters in either case, digits to their preset', () => {
    expect(shortcutOf({ key: ' ' })).toEqual({ action: 'togglePlay' });
    expect(shortcutOf({ key: 'ArrowRight' })).toEqual({ action: 'stepForward' });
    expect(shortcutOf({ key: 'PageDown' })).toEqual({ action: 'next' });
    expect(shortcutOf({ key: 'F' })).toEqual({ action: 'fullscreen' });
    expect(shortcutOf({ key: '?' })).toEqual({ action: 'help' });
    expect(shortcutOf({ key: '7' })).toEqual({ action: 'preset', n: 7 });
    for (const s of SHORTCUTS) for (const key of s.keys) expect(shortcutOf({ key })?.action).toBe(s.action);
  });

  it('in presentation mode win over a focused button; outside it, leave the button its Space', () => {
    expect(shortcutOf({ key: ' ', target: target('BUTTON') }, true)).toEqual({ action: 'togglePlay' });
    expect(shortcutOf({ key: ' ', target: target('BUTTON') }, false)).toBeNull();
    expect(shortcutOf({ key: ' ', target: target('DIV', undefined, false, 'radio') }, false)).toBeNull();
    expect(shortcutOf({ key: ' ', target: target('SUMMARY') }, false)).toBeNull();
    expect(shortcutOf({ key: 'ArrowRight', target: target('BUTTON') }, false)).toEqual({
      action: 'stepForward',
    });
    expect(shortcutOf({ key: ' ', target: target('BODY') }, false)).toEqual({ action: 'togglePlay' });
  });

  it('leave typed fields their keys, and sliders and radios their arrows, in either mode', () => {
    expect(shortcutOf({ key: '3', target: target('INPUT', 'number') })).toBeNull();
    expect(shortcutOf({ key: 'c', target: target('INPUT', 'text') })).toBeNull();
    expect(shortcutOf({ key: 'ArrowDown', target: target('SELECT') })).toBeNull();
    expect(shortcutOf({ key: 'f', target: target('DIV', undefined, true) })).toBeNull();
    expect(shortcutOf({ key: 'ArrowRight', target: target('INPUT', 'range') }, true)).toBeNull();
    expect(shortcutOf({ key: 'ArrowLeft', target: target('INPUT', 'radio') }, true)).toBeNull();
    expect(
      shortcutOf({ key: 'ArrowDown', target: target('DIV', undefined, false, 'radio') }, true),
    ).toBeNull();
    expect(shortcutOf({ key: ' ', target: target('INPUT', 'range') })).toEqual({ action: 'togglePlay' });
  });

  it('leave the browser its own shortcuts (Ctrl, Cmd, Alt) and unknown keys alone', () => {
    expect(shortcutOf({ key: 'f', ctrlKey: true })).toBeNull();
    expect(shortcutOf({ key: 'l', metaKey: true })).toBeNull();
    expect(shortcutOf({ key: 'x' })).toBeNull();
    expect(shortcutOf({ key: '0' })).toBeNull();
  });
});
