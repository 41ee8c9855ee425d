import type { Term } from '../taxonomies/types';

// Kept apart from live.ts (zod schemas, built-in lists) so a client can name the taxonomies without bundling those.

/**
 * The open taxonomies (admins add, rename, retire and merge their terms at run time), by the names the
 * API uses in its URLs (`/api/taxonomies`, `/api/admin/taxonomies/:taxonomy`).
 */
export const OPEN_TAXONOMIES = ['sectors', 'instruments', 'themes', 'issuers', 'metrics'] as const;
export type OpenTaxonomy = (typeof OPEN_TAXONOMIES)[number];

/** A term as the clients use it: the domain's Term plus the metric's unit. */
export type LiveTerm = Term & { unit?: string | null };
/** Terms per open taxonomy, in their order. A missing list means "not known yet". */
export type LiveTerms = Partial<Record<OpenTaxonomy, readonly LiveTerm[]>>;
