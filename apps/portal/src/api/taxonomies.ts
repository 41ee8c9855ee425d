import { readPublicTaxonomies, type LiveTerms } from '@dualcarbon/domain';
import { getJson } from './http';

/** The open taxonomies' current terms (`GET /api/taxonomies`); a malformed list is left out. */
export async function fetchTaxonomies(): Promise<LiveTerms> {
  return readPublicTaxonomies(await getJson<unknown>('/taxonomies'));
}
