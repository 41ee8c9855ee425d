import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { createSSRApp, defineComponent, h, nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createLangI18n, createLocaleStore, createPageMeta, isLang, localeTag, otherLang, syncI18nLocale, useLang } from './index';

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

describe('useLang', () => {
  /** Shows its language and the messages named, with the options given to useLang. */
  const greeting = (keys: string[], options?: Parameters<typeof useLang>[0]) =>
    defineComponent({
      setup() {
        const { t, lang } = useLang(options);
        return () => h('p', `${lang.value}: ${keys.map((key) => t(key)).join(' ')}`);
      },
    });
  const messages = { en: { hi: 'Hello' }, zh: { hi: '你好' } };

  it('gives the language as a computed that follows the i18n locale, and t', async () => {
    const i18n = createLangI18n(messages, 'zh');
    const wrapper = mount(greeting(['hi']), { global: { plugins: [i18n] } });
    expect(wrapper.text()).toBe('zh: 你好');
    i18n.global.locale.value = 'en';
    await nextTick();
    expect(wrapper.text()).toBe('en: Hello');
  });

  it('passes useI18n options through (local messages, the global locale)', () => {
    const local = greeting(['own', 'hi'], { useScope: 'local', inheritLocale: true, messages: { en: { own: 'Own' }, zh: { own: '自己的' } } });
    expect(mount(local, { global: { plugins: [createLangI18n(messages, 'zh')] } }).text()).toBe('zh: 自己的 你好');
  });

  it('works during server rendering, reading the rendered app’s own instance', async () => {
    const render = (lang: 'en' | 'zh') => renderToString(createSSRApp(greeting(['hi'])).use(createLangI18n(messages, lang)));
    expect(await Promise.all([render('zh'), render('en')])).toEqual(['<p>zh: 你好</p>', '<p>en: Hello</p>']);
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
