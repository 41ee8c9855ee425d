import { ISSUING_BODIES } from '@dualcarbon/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionTable } from './regions';
import { guizhouDetail } from '@/test/fixtures';
import { bibtexEscape, bibtexKey, citeBibtex, citePlain } from './cite';

// Local issuing bodies are named after their place (山东省人民政府), from the lazily loaded region table.
beforeAll(() => loadRegionTable());

const url = 'https://dualcarbon.example/en/entries/guizhou-pollution-carbon-synergy-implementation-plan';
const input = { entry: guizhouDetail, url, lang: 'en' as const, accessed: '2024-05-01', regionName: { en: 'Guizhou', zh: '贵州省' }, issuers: ISSUING_BODIES };

describe('citeBibtex', () => {
  it('writes a @misc record with corporate authors, both titles, year, URL and access date', () => {
    expect(citeBibtex(input)).toBe(
      [
        '@misc{dualcarbon-guizhou-pollution-carbon-synergy-implementation-plan,',
        "  author = {{Department of the Guizhou Provincial People's Government}},",
        '  title = {{Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou}},',
        '  titleaddon = {贵州省减污降碳协同增效实施方案},',
        '  year = {2023},',
        '  date = {2023-02-10},',
        '  note = {Guizhou, China. dualcarbon},',
        `  howpublished = {\\url{${url}}},`,
        `  url = {${url}},`,
        '  urldate = {2024-05-01}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes BibTeX special characters and keeps keys safe', () => {
    expect(bibtexEscape('R&D 50% {x} $#_ ~^ a\\b')).toBe('R\\&D 50\\% \\{x\\} \\$\\#\\_ \\textasciitilde{}\\textasciicircum{} a\\textbackslash{}b');
    expect(bibtexKey({ slug: 'a b/c' })).toBe('dualcarbon-a-b-c');
  });

  it('leaves out what is unknown instead of inventing it', () => {
    const bib = citeBibtex({ ...input, entry: { ...guizhouDetail, issuingBodies: [], issuedOn: undefined, title: { en: undefined, zh: '仅中文标题' } } });
    expect(bib).not.toContain('author =');
    expect(bib).not.toContain('year =');
    expect(bib).toContain('title = {{仅中文标题}}');
    expect(bib).not.toContain('titleaddon');
  });
});

describe('citePlain', () => {
  it('reads as an English reference', () => {
    expect(citePlain(input)).toBe(
      `Department of the Guizhou Provincial People's Government (2023). Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou [贵州省减污降碳协同增效实施方案]. Guizhou, China. dualcarbon. Retrieved 2024-05-01, from ${url}`,
    );
  });

  it('follows GB/T 7714 in Chinese', () => {
    expect(citePlain({ ...input, lang: 'zh' })).toBe(
      `贵州省人民政府部门. 贵州省减污降碳协同增效实施方案（Implementation Plan for the Synergistic Reduction of Pollution and Carbon Emissions in Guizhou）[EB/OL]. 贵州省, dualcarbon. (2023-02-10)[2024-05-01]. ${url}`,
    );
  });
});
