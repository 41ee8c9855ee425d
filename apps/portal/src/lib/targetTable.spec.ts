import { describe, expect, it } from 'vitest';
import { targetRowView, type JurisdictionRef, type TargetRow } from '@/api/targets';
import { place, targetAnswer } from '@/test/fixtures';
import { nextSort, ofLevel, readTableQuery, sortTargets, splitNational } from './targetTable';

/** A row as the page reads it from `GET /api/targets`: the fixture's reduction by 2025, with this value. */
const row = (code: string, kind: JurisdictionRef['kind'], value: number, name: { en: string; zh: string }): TargetRow =>
  targetRowView(targetAnswer(place(code, kind, name.en, name.zh), { value }));
const CN = row('CN', 'country', 18, { en: 'China', zh: '中国' });
const GUIZHOU = row('520000', 'province', 18, { en: 'Guizhou', zh: '贵州省' });
const BEIJING = row('110000', 'province', 19, { en: 'Beijing', zh: '北京市' });
const MIANYANG = row('510700', 'city', 19.5, { en: 'Mianyang', zh: '绵阳市' });
const ZONE = row('120100-binhai', 'zone', 17, { en: 'Binhai', zh: '滨海新区' });
const ROWS = [CN, BEIJING, GUIZHOU, MIANYANG, ZONE];
const codes = (rows: TargetRow[]) => rows.map((r) => r.jurisdiction.code);

describe('targets table', () => {
  it('reads level and order from the URL, defaulting what it does not know', () => {
    expect(readTableQuery({ level: 'city', sort: '-value' })).toEqual({ level: 'city', sort: '-value' });
    expect(readTableQuery({ level: 'town', sort: 'size' })).toEqual({ level: 'all', sort: undefined });
    expect(readTableQuery({ level: ['province', 'city'] })).toEqual({ level: 'province', sort: undefined });
  });

  it('keeps the national target apart from the places it is a reference for', () => {
    const { national, places } = splitNational(ROWS);
    expect(national).toBe(CN);
    expect(codes(places)).toEqual(['110000', '520000', '510700', '120100-binhai']);
    expect(splitNational([GUIZHOU]).national).toBeUndefined();
  });

  it('filters provinces or cities (zones go with cities)', () => {
    const places = splitNational(ROWS).places;
    expect(codes(ofLevel(places, 'province'))).toEqual(['110000', '520000']);
    expect(codes(ofLevel(places, 'city'))).toEqual(['510700', '120100-binhai']);
    expect(ofLevel(places, 'all')).toHaveLength(4);
  });

  it("sorts by value or by name in the reader's language (Chinese by pinyin), and toggles direction", () => {
    const places = splitNational(ROWS).places;
    const en = (r: TargetRow) => r.jurisdiction.name!.en;
    const zh = (r: TargetRow) => r.jurisdiction.name!.zh;
    expect(codes(sortTargets(places, 'value', en, 'en'))).toEqual(['120100-binhai', '520000', '110000', '510700']);
    expect(codes(sortTargets(places, '-value', en, 'en'))).toEqual(['510700', '110000', '520000', '120100-binhai']);
    expect(sortTargets(places, 'place', en, 'en').map(en)).toEqual(['Beijing', 'Binhai', 'Guizhou', 'Mianyang']);
    // běi, bīn, guì, mián
    expect(sortTargets(places, 'place', zh, 'zh').map(zh)).toEqual(['北京市', '滨海新区', '贵州省', '绵阳市']);
    expect(sortTargets(places, '-place', en, 'en').map(en)).toEqual(['Mianyang', 'Guizhou', 'Binhai', 'Beijing']);
    expect(codes(sortTargets(places, undefined, en, 'en'))).toEqual(codes(places));
    expect(nextSort(undefined, 'value')).toBe('value');
    expect(nextSort('value', 'value')).toBe('-value');
    expect(nextSort('-value', 'value')).toBe('value');
    expect(nextSort('value', 'place')).toBe('place');
  });
});
