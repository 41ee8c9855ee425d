import { readPublicTaxonomies, type LiveTerms } from '@dualcarbon/domain';
import { request } from './http';

/**
 * The open taxonomies' current terms (`GET /api/taxonomies`, active terms only); a malformed list is left out.
 * The public route may be cached for a minute: editorial screens revalidate it every time ('no-cache', an
 * ETag round trip), so a term an admin just added is offered at once.
 */
export async function fetchLiveTerms(): Promise<LiveTerms> {
  return readPublicTaxonomies(await request<unknown>('/taxonomies', { cache: 'no-cache' }));
}
