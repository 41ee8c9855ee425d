import { describe, expect, it } from 'vitest';
import { csvRecordToInput, detectFormat, ImportFileError, readImportFile } from './import-format';

describe('import files', () => {
  it('reads CSV rows into entry inputs, lists split on ";"', () => {
    const csv = [
      'slug,kind,title_en,title_zh,jurisdiction,level,sectors,themes,issued_on,source_urls,relations,key_points_en',
      'a-plan,policy,A plan,"方案, 一",CN,national,energy; industry,,2024-01-02,https://a.example/1;https://a.example/2,implements:national-plan;other-plan,One;Two',
    ].join('\n');
    expect(readImportFile(csv, 'csv')).toEqual([
      {
        slug: 'a-plan',
        kind: 'policy',
        title: { en: 'A plan', zh: '方案, 一' },
        jurisdiction: 'CN',
        level: 'national',
        sectors: ['energy', 'industry'],
        issuedOn: '2024-01-02',
        sources: [{ url: 'https://a.example/1' }, { url: 'https://a.example/2' }],
        relations: [
          { type: 'implements', target: 'national-plan' },
          { type: 'related', target: 'other-plan' },
        ],
        keyPoints: [{ en: 'One' }, { en: 'Two' }],
      },
    ]);
  });

  it('refuses unknown or missing columns and unreadable files as a whole', () => {
    expect(() => readImportFile('slug,kind,jurisdiction,level,colour\nx,policy,CN,national,red', 'csv')).toThrow(/Unknown column\(s\): colour/);
    expect(() => readImportFile('slug,kind\nx,policy', 'csv')).toThrow(/Missing column\(s\): jurisdiction, level/);
    expect(() => readImportFile('{"nope": 1}', 'json')).toThrow(ImportFileError);
    expect(() => readImportFile('[', 'json')).toThrow(/Not a readable JSON/);
    expect(() => readImportFile('  ', 'csv')).toThrow(/empty/);
  });

  it('accepts a JSON array or {entries}', () => {
    expect(readImportFile('[{"slug":"x"}]', 'json')).toEqual([{ slug: 'x' }]);
    expect(readImportFile('{"entries":[{"slug":"y"}]}', 'json')).toEqual([{ slug: 'y' }]);
  });

  it('detects the format', () => {
    expect(detectFormat(' [{}]')).toBe('json');
    expect(detectFormat('slug,kind')).toBe('csv');
    expect(detectFormat('[', undefined, 'x.csv')).toBe('csv');
    expect(detectFormat('a', 'json')).toBe('json');
  });

  it('leaves empty cells out so the domain defaults apply', () => {
    expect(csvRecordToInput({ slug: 'x', kind: '', title_en: '', title_zh: '' })).toEqual({ slug: 'x', title: {} });
  });
});
