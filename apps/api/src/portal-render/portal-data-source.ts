import type { INestApplicationContext } from '@nestjs/common';
import { parse as parseQuery } from 'node:querystring';
import type { z } from 'zod';
import { REQUEST_INVALID, ROUTE_NOT_FOUND, type ErrorBody } from '../common/errors';
import { toErrorBody } from '../common/http-exception.filter';
import { createValidationPipe } from '../common/validation';
import { EntriesService } from '../entries/entries.service';
import { ImplementationService } from '../entries/implementation.service';
import { PublicNewslettersService } from '../newsletters/public-newsletters.service';
import { NumberParamSchema, PublicListQuerySchema } from '../newsletters/newsletter.schemas';
import { RegionsService } from '../regions/regions.service';
import { RegionTreeQuerySchema } from '../regions/regions.schemas';
import { SearchService } from '../search/search.service';
import { StatsService } from '../stats/stats.service';
import { TargetsService } from '../targets/targets.service';
import { NoQuerySchema, TargetsQuerySchema } from '../targets/targets.schemas';
import { PublicTaxonomiesService } from '../taxonomy/public-taxonomies.service';
import { QueryVocabularyService } from '../taxonomy/query-vocabulary.service';

/** What the portal's http.ts reads of an answer (a fetch Response has the same shape). */
export interface PortalAnswer {
  status: number;
  ok: boolean;
  statusText: string;
  json(): Promise<unknown>;
}

/** The portal's fetch, inside the API: `path` below /api, with its query. */
export type PortalDataSource = (path: string) => Promise<PortalAnswer>;

type Query = Record<string, unknown>;
type Handler = (params: string[], query: Query) => Promise<unknown>;

const validation = createValidationPipe();
/** As the global pipe checks `@Query({ schema })` / `@Param({ schema })`: same coercion, same 400. */
const check = async <S extends z.ZodType>(value: unknown, schema: S, type: 'query' | 'param'): Promise<z.output<S>> =>
  (await validation.transform(value, { type, schema } as never)) as z.output<S>;

/**
 * JSON text of a service's answer, kept while that answer object lives: services that keep an answer
 * per data version (taxonomies, region pages, targets) hand the same object to every page rendered.
 */
const jsonTexts = new WeakMap<object, string>();
function jsonOf(result: unknown): string {
  if (typeof result !== 'object' || result === null) return JSON.stringify(result);
  let text = jsonTexts.get(result);
  if (text === undefined) jsonTexts.set(result, (text = JSON.stringify(result)));
  return text;
}

function answer(status: number, body: unknown): PortalAnswer {
  return { status, ok: status >= 200 && status < 300, statusText: '', json: async () => body };
}

/**
 * The public GET routes the portal reads, answered by the same service calls their controllers make
 * (with the same query checks), without going through HTTP: what the server renderer hands the portal
 * instead of fetch. The answer is the JSON the route would send (Dates as strings), or the error body
 * and status the exception filter would send. Only public routes are here, so only published data is.
 */
export function createPortalDataSource(app: INestApplicationContext): PortalDataSource {
  const get = <T>(token: new (...args: never[]) => T) => app.get(token, { strict: false });
  const entries = get(EntriesService);
  const search = get(SearchService);
  const implementation = get(ImplementationService);
  const vocabulary = get(QueryVocabularyService);
  const regions = get(RegionsService);
  const stats = get(StatsService);
  const targets = get(TargetsService);
  const newsletters = get(PublicNewslettersService);
  const taxonomies = get(PublicTaxonomiesService);

  // Mirrors EntriesController, RegionsController, StatsController, TargetsController,
  // PublicNewslettersController and PublicTaxonomiesController (one line per route the portal uses).
  const routes: [RegExp, Handler][] = [
    [/^\/entries$/, async (_, q) => search.search(await check(q, (await vocabulary.schemas()).query, 'query'))],
    [/^\/entries\/([^/]+)$/, ([slug]) => entries.getBySlug(slug!)],
    [/^\/entries\/([^/]+)\/implementation$/, ([slug]) => implementation.of(slug!)],
    [/^\/regions$/, async (_, q) => regions.tree(await check(q, RegionTreeQuerySchema, 'query'))],
    [/^\/regions\/([^/]+)$/, ([code]) => regions.page(code!)],
    [/^\/stats$/, async (_, q) => stats.stats(await check(q, (await vocabulary.schemas()).filters, 'query'))],
    [/^\/metrics$/, async (_, q) => (await check(q, NoQuerySchema, 'query'), targets.metrics())],
    [/^\/targets$/, async (_, q) => targets.table(await check(q, TargetsQuerySchema, 'query'))],
    [/^\/newsletters$/, async (_, q) => newsletters.list(await check(q, PublicListQuerySchema, 'query'))],
    [/^\/newsletters\/([^/.]+)$/, async ([n]) => newsletters.get(await check(n, NumberParamSchema, 'param'))],
    [/^\/taxonomies$/, () => taxonomies.all()],
  ];

  return async (url) => {
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    // As Express parses a query (repeated keys become arrays); a null-prototype object.
    const query = parseQuery(q < 0 ? '' : url.slice(q + 1)) as Query;
    try {
      for (const [pattern, handle] of routes) {
        const m = pattern.exec(path);
        if (!m) continue;
        const result = await handle(m.slice(1).map(decodeURIComponent), query);
        // The JSON the route sends, so the server renders exactly what the browser will read; a fresh
        // copy per page, as the portal's stores keep what they are given.
        return answer(200, JSON.parse(jsonOf(result)));
      }
      return answer(404, { statusCode: 404, code: ROUTE_NOT_FOUND, message: `Cannot GET /api${path}` } satisfies ErrorBody);
    } catch (e) {
      // A malformed %-escape in a slug: Express answers such a path 400 too.
      const body = e instanceof URIError ? { statusCode: 400, code: REQUEST_INVALID, message: 'Malformed URL encoding' } : toErrorBody(e);
      return answer(body.statusCode, body);
    }
  };
}
