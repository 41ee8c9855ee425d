/**
 * Fixtures for both apps' specs, as `@dualcarbon/web/testing`: only `*.spec.ts` files import it, so it
 * never reaches a bundle.
 */

/** One term of a `GET /api/taxonomies` answer: no keywords, unit or usual comparison. */
export const publicTerm = (code: string, en: string, zh: string, parent: string | null = null, sort = 0) => ({
  code,
  en,
  zh,
  parent,
  sort,
  keywords: [] as string[],
  unit: null,
  defaultComparison: null,
});
