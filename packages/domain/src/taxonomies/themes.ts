import themes from './themes.json';
import { termsFromTable } from './types';

export const THEMES = termsFromTable(themes);

export type ThemeCode = (typeof THEMES)[number]['code'];
