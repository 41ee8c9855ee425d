import { readPublicTaxonomies, type LiveTerms } from '@dualcarbon/domain';
import { get } from './http';

/** The open taxonomies' current terms (`GET /api/taxonomies`, active terms only); a malformed list is left out. */
export async function fetchLiveTerms(): Promise<LiveTerms> {
  return readPublicTaxonomies(await get<unknown>('/taxonomies'));
}
