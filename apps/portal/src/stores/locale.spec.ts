import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { LANG_STORAGE_KEY, preferredLang, useLocaleStore } from './locale';

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('preferredLang', () => {
  it('follows the browser when nothing is saved', () => {
    expect(preferredLang(['zh-TW', 'en'])).toBe('zh');
    expect(preferredLang(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(preferredLang(['de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('prefers the saved choice over the browser', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'zh');
    expect(preferredLang(['en-US'])).toBe('zh');
  });

  it('ignores a saved value that is not a language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(preferredLang(['zh-CN'])).toBe('zh');
  });
});

describe('useLocaleStore', () => {
  it('saves the language and sets <html lang>', () => {
    useLocaleStore().setLang('zh');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    useLocaleStore().setLang('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
