/** schema.org description of an entry, embedded in its page as JSON-LD for search engines. */
import type { LiveTerms } from '@dualcarbon/domain';
import type { EntryDetail, RegionName } from '@/api/types';
import { issuerLabel } from './issuers';
import { termLabel } from './terms';

const LEGAL_FORCE: Record<string, string> = {
  in_force: 'https://schema.org/InForce',
  expired: 'https://schema.org/NotInForce',
  superseded: 'https://schema.org/NotInForce',
};

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

/** Policies are `Legislation`; reports `Report`; actions a `CreativeWork`. Labels from `terms` (the taxonomy store's). */
export function entryJsonLd(entry: EntryDetail, url: string, regionName: RegionName | undefined, terms: Required<LiveTerms>): Record<string, unknown> {
  const type = entry.kind === 'report' ? 'Report' : entry.kind === 'action' ? 'CreativeWork' : 'Legislation';
  const name = entry.title?.en || entry.title?.zh || entry.slug;
  const alternateName = entry.title?.en && entry.title?.zh ? entry.title.zh : undefined;
  const isLegislation = type === 'Legislation';
  const bodies = (entry.issuingBodies ?? []).map((b) =>
    clean({
      '@type': 'GovernmentOrganization',
      name: issuerLabel(terms.issuers, b, entry.jurisdiction, 'en'),
      alternateName: issuerLabel(terms.issuers, b, entry.jurisdiction, 'zh'),
    }),
  );
  return clean({
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    name,
    alternateName,
    inLanguage: [entry.title?.en || entry.summary?.en ? 'en' : undefined, entry.title?.zh || entry.summary?.zh ? 'zh-CN' : undefined].filter(Boolean),
    description: entry.summary?.en || entry.summary?.zh,
    identifier: entry.slug,
    datePublished: entry.issuedOn ?? entry.publishedAt,
    dateModified: entry.updatedAt,
    keywords: [
      ...(entry.sectors ?? []).map((s) => termLabel(terms.sectors, s, 'en')),
      ...(entry.themes ?? []).map((t) => termLabel(terms.themes, t, 'en')),
    ].join(', '),
    spatialCoverage: clean({ '@type': 'AdministrativeArea', name: regionName?.en, alternateName: regionName?.zh, identifier: entry.jurisdiction }),
    sameAs: (entry.sources ?? []).flatMap((s) => (s.official && s.url ? [s.url] : [])),
    isPartOf: { '@type': 'Dataset', name: 'dualcarbon' },
    ...(isLegislation
      ? {
          legislationIdentifier: entry.slug,
          legislationDate: entry.issuedOn,
          legislationDateVersion: entry.effectiveOn,
          legislationType: entry.instrumentType ? termLabel(terms.instruments, entry.instrumentType, 'en') : undefined,
          legislationLegalForce: entry.status ? LEGAL_FORCE[entry.status] : undefined,
          legislationJurisdiction: clean({
            '@type': 'AdministrativeArea',
            name: regionName?.en,
            alternateName: regionName?.zh,
            identifier: entry.jurisdiction,
          }),
          legislationPassedBy: bodies,
        }
      : { author: bodies.length ? bodies : entry.publisher ? { '@type': 'Organization', name: entry.publisher } : undefined }),
  });
}
