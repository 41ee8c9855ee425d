import type { Region } from '../src/regions/types';
export const OUTPUT: string;
export const MUNICIPALITIES: string[];
export function placePinyin(zh: string, pinyin: (s: string, o: object) => string[]): string;
export function buildRegions(input: { provinces: unknown[]; cities: unknown[]; areas: unknown[]; provincesEn: unknown[]; pinyin: unknown }): Region[];
export function renderRegionsModule(rows: Region[], versions: Record<string, string>): string;
export function generateRegionsSource(): Promise<string>;
