import { createLangI18n, type Lang } from '@dualcarbon/web';
import en, { type Messages } from './en';
import zh from './zh';

export { LANGS, isLang, otherLang, localeTag, useLang, type Lang } from '@dualcarbon/web';

export function createAppI18n(lang: Lang = 'en') {
  return createLangI18n<Messages>({ en, zh }, lang, { missingWarn: import.meta.env.DEV });
}
