import themes from './themes.json';
import { termsOf } from './types';

export const THEMES = termsOf(themes);

export type ThemeCode = (typeof THEMES)[number]['code'];
