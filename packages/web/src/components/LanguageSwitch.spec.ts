import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createLangI18n, type Lang } from '../i18n';
import { LanguageSwitch } from '../index';

/** The portal's texts for the switch (each app brings its own `language.*` messages). */
const messages = {
  en: { language: { switchTo: '中文', switchLabel: 'Read this page in' } },
  zh: { language: { switchTo: 'EN', switchLabel: '本页英文版：' } },
};

const Page = defineComponent({ render: () => h('p', 'page') });

/** The switch in a real router (memory history, optionally under a base such as the CMS's `/cms/`). */
async function mountAt(path: string, lang: Lang, base = '/') {
  const router = createRouter({
    history: createMemoryHistory(base),
    routes: [
      { path: '/:lang(en|zh)', component: Page },
      { path: '/:lang(en|zh)/regions/:code', component: Page },
      { path: '/:lang(en|zh)/entries', component: Page },
      { path: '/about', component: Page },
    ],
  });
  const i18n = createLangI18n(messages, lang);
  await router.push(path);
  await router.isReady();
  const Host = defineComponent({ render: () => h('div', [h(LanguageSwitch), h(RouterView)]) });
  const wrapper = mount(Host, { global: { plugins: [router, i18n] }, attachTo: document.body });
  const link = () => wrapper.get('a.lang-switch');
  return { wrapper, router, link };
}

describe('LanguageSwitch', () => {
  it.each([
    // Same page in the other language: only the first path segment changes; query and hash are kept.
    { at: '/en/regions/440000?x=1#t', lang: 'en', base: '/', href: '/zh/regions/440000?x=1#t', hreflang: 'zh-CN' },
    { at: '/zh/regions/440000?x=1#t', lang: 'zh', base: '/', href: '/en/regions/440000?x=1#t', hreflang: 'en' },
    { at: '/en', lang: 'en', base: '/', href: '/zh', hreflang: 'zh-CN' },
    { at: '/zh?x=en', lang: 'zh', base: '/', href: '/en?x=en', hreflang: 'en' },
    // A route without a language: the home of the language the page is not shown in.
    { at: '/about?x=1', lang: 'en', base: '/', href: '/zh', hreflang: 'zh-CN' },
    { at: '/about', lang: 'zh', base: '/', href: '/en', hreflang: 'en' },
    // Under a history base (the CMS is served at /cms/), the router prefixes it.
    { at: '/en/entries?status=draft', lang: 'en', base: '/cms/', href: '/cms/zh/entries?status=draft', hreflang: 'zh-CN' },
  ] as const)('at $at (history base $base, UI in $lang) links to $href', async ({ at, lang, base, href, hreflang }) => {
    const { link, wrapper } = await mountAt(at, lang, base);
    expect(link().attributes('href')).toBe(href);
    expect(link().attributes('hreflang')).toBe(hreflang);
    wrapper.unmount();
  });

  it('reads the target language’s name in that language, after a lead-in only screen readers get', async () => {
    const en = await mountAt('/en/regions/440000', 'en');
    const [hidden, visible] = en.link().findAll('span');
    expect(hidden!.classes()).toEqual(['visually-hidden']);
    expect(hidden!.text()).toBe('Read this page in');
    expect(visible!.attributes('lang')).toBe('zh-CN');
    expect(visible!.text()).toBe('中文');
    // The accessible name: the hidden lead-in, a space, then the language.
    expect(en.link().element.textContent).toBe('Read this page in 中文');
    en.wrapper.unmount();

    const zh = await mountAt('/zh/regions/440000', 'zh');
    expect(zh.link().find('[lang]').attributes('lang')).toBe('en');
    expect(zh.link().element.textContent).toBe('本页英文版： EN');
    zh.wrapper.unmount();
  });

  it('is a router link: following it navigates in place and the switch then points back', async () => {
    const { link, router, wrapper } = await mountAt('/en/regions/440000?x=1#t', 'en');
    await link().trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/zh/regions/440000?x=1#t');
    expect(link().attributes('href')).toBe('/en/regions/440000?x=1#t');
    wrapper.unmount();
  });
});
