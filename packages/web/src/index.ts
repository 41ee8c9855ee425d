export { LANGS, isLang, otherLang, localeTag, createLangI18n, useLang, type Lang, type LangI18nOptions } from './i18n';
export { LANG_STORAGE_KEY, createLocaleStore, syncI18nLocale, type LocaleStoreOptions } from './localeStore';
export { createPageMeta, type PageMeta } from './pageMeta';
export { default as LanguageSwitch } from './components/LanguageSwitch.vue';
export { default as BrandMark } from './components/BrandMark.vue';
