import { computed } from 'vue';
import { createI18n, useI18n, type UseI18nOptions } from 'vue-i18n';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** BCP 47 tag for Intl formatting and the `lang` attribute. */
export function localeTag(lang: Lang | string): string {
  return lang === 'zh' ? 'zh-CN' : lang;
}

export interface LangI18nOptions {
  /** Warn about missing keys (the apps pass `import.meta.env.DEV`). */
  missingWarn?: boolean;
}

/**
 * The composition-API vue-i18n instance both apps use: English fallback, no legacy API. Each app passes
 * its own catalogues, so neither bundle carries the other's messages; a language left out is added later
 * with `setLocaleMessage` (the portal loads the one it shows).
 */
export function createLangI18n<Messages extends object>(messages: Partial<Record<Lang, Messages>>, lang: Lang = 'en', options: LangI18nOptions = {}) {
  return createI18n<[Messages], Lang, false>({
    legacy: false,
    locale: lang,
    fallbackLocale: 'en',
    // vue-i18n's types want every locale's messages up front; one added later arrives via setLocaleMessage.
    messages: messages as Record<Lang, Messages>,
    missingWarn: options.missingWarn ?? false,
    fallbackWarn: false,
  });
}

/**
 * `useI18n` with the language typed: `lang` is vue-i18n's locale as a `Lang` (only `en` and `zh` are ever
 * set), `t` the same function `useI18n` gives. Options pass through (a component's local messages). Like
 * `useI18n`, call it in `setup` (during server rendering too: it reads the app's own instance).
 */
export function useLang<Options extends UseI18nOptions = UseI18nOptions>(options?: Options) {
  const { t, locale } = useI18n(options);
  const lang = computed(() => locale.value as Lang);
  return { t, lang };
}
