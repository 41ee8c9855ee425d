import { createI18n } from 'vue-i18n';
import en, { type Messages } from './en';
import zh from './zh';
import { briefingsMessages } from '@/briefings/messages';

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

export function createAppI18n(lang: Lang = 'en') {
  return createI18n<[Messages], Lang, false>({
    legacy: false,
    locale: lang,
    fallbackLocale: 'en',
    messages: { en: { ...en, ...briefingsMessages.en }, zh: { ...zh, ...briefingsMessages.zh } },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
