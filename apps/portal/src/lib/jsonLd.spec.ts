import { STATIC_TERMS } from '@dualcarbon/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionTable } from './regions';
import { guizhouDetail } from '@/test/fixtures';
import { jsonForScript } from './head';
import { entryJsonLd } from './jsonLd';

// Local issuing bodies are named after their place (山东省人民政府), from the lazily loaded region table.
beforeAll(() => loadRegionTable());

describe('entryJsonLd', () => {
  it('describes a policy as schema.org Legislation', () => {
    const ld = entryJsonLd(guizhouDetail, 'https://x.example/en/entries/g', { en: 'Guizhou', zh: '贵州省' }, STATIC_TERMS);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: guizhouDetail.title.en,
      alternateName: guizhouDetail.title.zh,
      legislationDate: '2023-02-10',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Guizhou', identifier: '520000' },
      legislationType: 'Implementation plan',
      sameAs: ['https://example.gov.cn/plan.html'],
    });
    expect(ld.legislationPassedBy).toEqual([
      { '@type': 'GovernmentOrganization', name: "Department of the Guizhou Provincial People's Government", alternateName: '贵州省人民政府部门' },
    ]);
  });

  it('describes a report as a Report', () => {
    expect(entryJsonLd({ ...guizhouDetail, kind: 'report', publisher: 'iGDP' }, 'u', undefined, STATIC_TERMS)['@type']).toBe('Report');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it is written into', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
