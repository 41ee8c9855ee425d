import { z } from 'zod';
import { REGION_KINDS } from '../regions/types';

/**
 * Building blocks of the API's answers. Answers are what the server sends, read by the portal and the
 * CMS: a missing language is left out of a text, a missing person is null.
 */

/** A text in either language; JSON leaves a missing language out. */
export const LocalizedAnswerSchema = z.object({ en: z.string().optional(), zh: z.string().optional() });

/** A person named in an answer (author, reviewer, actor); null when the account is gone or nobody acted. */
export const UserRefSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable();
export type UserRef = z.infer<typeof UserRefSchema>;

/** A paged list: the items plus where the page stands. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Every 4xx/5xx answer (see apps/api/src/common/errors.ts). */
export const ErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().describe('Stable error code, e.g. entry/not_found or request/invalid'),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorAnswer = z.infer<typeof ErrorSchema>;

/** A place's names: full (`Guangdong Province`, `广东省`) and short (`Guangdong`, `广东`). */
export const RegionNamesShape = {
  code: z.string().describe('CN, a GB/T 2260 code (440000) or a zone code (440300-qianhai)'),
  kind: z.enum(REGION_KINDS),
  en: z.string(),
  zh: z.string(),
  enShort: z.string(),
  zhShort: z.string(),
};

/** The jurisdiction as the API describes it beside an entry (from its regions table). */
export const RegionViewSchema = z.object({ ...RegionNamesShape, parent: z.string().nullable() });
export type RegionView = z.infer<typeof RegionViewSchema>;
