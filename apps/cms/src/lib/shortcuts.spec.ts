import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('editor shortcuts', () => {
  it('saves with Ctrl+S or Cmd+S and submits with Ctrl/Cmd+Enter', () => {
    expect(shortcutOf(key('s', { ctrlKey: true }))).toBe('save');
    expect(shortcutOf(key('S', { metaKey: true, shiftKey: true }))).toBe('save');
    expect(shortcutOf(key('Enter', { ctrlKey: true }))).toBe('submit');
    expect(shortcutOf(key('Enter', { metaKey: true }))).toBe('submit');
  });

  it('ignores plain keys and Alt combinations', () => {
    expect(shortcutOf(key('s'))).toBeNull();
    expect(shortcutOf(key('Enter'))).toBeNull();
    expect(shortcutOf(key('s', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});
