import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { createLangI18n, createLocaleStore, createPageMeta, isLang, localeTag, otherLang, syncI18nLocale } from './index';

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('languages', () => {
  it('knows en and zh only', () => {
    expect([isLang('en'), isLang('zh'), isLang('fr'), isLang(null)]).toEqual([true, true, false, false]);
    expect(otherLang('en')).toBe('zh');
    expect(localeTag('zh')).toBe('zh-CN');
  });

  it('builds an i18n instance from the catalogues it is given, falling back to English', () => {
    const i18n = createLangI18n({ en: { hi: 'Hello', only: 'English' }, zh: { hi: '你好' } as { hi: string; only: string } }, 'zh');
    expect(i18n.global.t('hi')).toBe('你好');
    expect(i18n.global.t('only')).toBe('English');
  });
});

describe('createLocaleStore', () => {
  it('uses the storage key and store id it is given', () => {
    const { useLocaleStore, preferredLang } = createLocaleStore({ storageKey: 'test:lang', id: 'test-locale' });
    expect(preferredLang(['zh-TW'])).toBe('zh');
    const store = useLocaleStore();
    expect(store.$id).toBe('test-locale');
    store.setLang('en');
    expect(localStorage.getItem('test:lang')).toBe('en');
    expect(preferredLang(['zh-TW'])).toBe('en');
  });
});

describe('syncI18nLocale', () => {
  it('puts the store’s language on the i18n instance at once and on every change', async () => {
    const { useLocaleStore } = createLocaleStore();
    const store = useLocaleStore();
    store.setLang('zh');
    const i18n = createLangI18n({ en: { hi: 'Hello' }, zh: { hi: '你好' } }, 'en');
    syncI18nLocale(i18n, store);
    expect(i18n.global.locale.value).toBe('zh');
    store.setLang('en');
    await nextTick();
    expect(i18n.global.t('hi')).toBe('Hello');
  });
});

describe('createPageMeta', () => {
  it('appends the product name and sets the description', () => {
    const { applyPageMeta } = createPageMeta('Product');
    applyPageMeta({ title: 'Page', description: 'About' });
    expect(document.title).toBe('Page · Product');
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('About');
    applyPageMeta({});
    expect(document.title).toBe('Product');
  });
});
