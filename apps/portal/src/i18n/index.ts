import { createLangI18n, type Lang } from '@dualcarbon/web';
import en, { type Messages } from './en';
import zh from './zh';
import { briefingsMessages } from '@/briefings/messages';

export { LANGS, isLang, otherLang, localeTag, type Lang } from '@dualcarbon/web';

export function createAppI18n(lang: Lang = 'en') {
  return createLangI18n<Messages>(
    { en: { ...en, ...briefingsMessages.en }, zh: { ...zh, ...briefingsMessages.zh } },
    lang,
    { missingWarn: import.meta.env.DEV },
  );
}

export type AppI18n = ReturnType<typeof createAppI18n>;
