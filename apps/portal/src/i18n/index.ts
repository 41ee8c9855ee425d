import { createLangI18n, type Lang } from '@dualcarbon/web';
import type { Router } from 'vue-router';
import type { Messages } from './en';

export { LANGS, isLang, otherLang, localeTag, useLang, type Lang } from '@dualcarbon/web';

/**
 * Each language's catalogue is its own chunk: a first view carries only the language it shows, and the
 * other arrives when the reader switches (the router waits for it, so no page renders half-translated).
 */
const CATALOGUES: Record<Lang, () => Promise<{ default: Messages }>> = {
  en: () => import('./catalogue.en'),
  zh: () => import('./catalogue.zh'),
};

/** The portal's vue-i18n instance with the catalogues given (none: the router loads them, see below). */
export function createAppI18n(lang: Lang = 'en', messages: Partial<Record<Lang, Messages>> = {}) {
  return createLangI18n<Messages>(messages, lang, { missingWarn: import.meta.env.DEV });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Installs `lang`'s catalogue unless it is there already. */
export async function loadLocaleMessages(i18n: AppI18n, lang: Lang): Promise<void> {
  if (i18n.global.messages.value[lang]) return;
  const { default: messages } = await CATALOGUES[lang](); // the module loader fetches each chunk once
  i18n.global.setLocaleMessage(lang, messages);
}

/**
 * Every navigation into /en or /zh waits for that language's catalogue before the page renders. The wait
 * is in beforeResolve, after the page's own chunk has been fetched, and the catalogue of the address the
 * app opens at is requested at once: on a first visit both downloads run side by side.
 */
export function loadMessagesOnNavigation(router: Router, i18n: AppI18n): void {
  const opening = typeof location === 'undefined' ? undefined : /^\/(en|zh)(?:\/|$)/.exec(location.pathname)?.[1];
  if (opening === 'en' || opening === 'zh') void loadLocaleMessages(i18n, opening).catch(() => undefined); // retried below
  router.beforeResolve(async (to) => {
    const lang = to.params.lang;
    if (lang === 'en' || lang === 'zh') await loadLocaleMessages(i18n, lang);
  });
}
