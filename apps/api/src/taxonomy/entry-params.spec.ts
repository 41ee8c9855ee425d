import { createEntryFilterSchema, createEntryQuerySchema, EntryQuerySchema, STATIC_VOCABULARY, type QueryVocabulary } from '@dualcarbon/domain';
import { DECORATORS } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RequestValidationError, type ErrorBody } from '../common/errors';
import { createValidationPipe } from '../common/validation';
import { documentQuery, EntryFilterPipe, EntryQueryPipe, OPEN_PARAM_NOTE } from './entry-params';
import type { QueryVocabularyService } from './query-vocabulary.service';

const VOCABULARY: QueryVocabulary = { ...STATIC_VOCABULARY, sectors: [...STATIC_VOCABULARY.sectors, { code: 'mining', en: 'Mining', zh: '采矿' }] };
const service = {
  schemas: async () => ({ query: createEntryQuerySchema(VOCABULARY), filters: createEntryFilterSchema(VOCABULARY) }),
} as unknown as QueryVocabularyService;
const META = { type: 'query', metatype: Object, data: undefined } as const;

/** The error body a pipe throws. */
async function refusal(run: () => Promise<unknown>) {
  const err = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RequestValidationError);
  return (err as RequestValidationError).getResponse() as ErrorBody;
}

describe('EntryQueryPipe / EntryFilterPipe', () => {
  it('validate with the current vocabulary and return the parsed query', async () => {
    expect(await new EntryQueryPipe(service).transform({ sector: 'mining,energy', page: '2' }, META)).toMatchObject({
      sector: ['mining', 'energy'],
      page: 2,
      facets: true,
    });
    expect(await new EntryFilterPipe(service).transform({ sector: 'mining' }, META)).toMatchObject({ sector: ['mining'], includeSubregions: true });
  });

  it('answer exactly the 400 the global pipe gives for a static schema', async () => {
    const input = { sector: 'nope', level: 'town', page: '0', foo: '1' };
    const ours = await refusal(() => new EntryQueryPipe(service).transform({ ...input }, META));
    const global = await refusal(() => createValidationPipe().transform({ ...input }, { ...META, schema: EntryQuerySchema }));
    // The same body, issue for issue; only the sector message's list of allowed values has the new term.
    expect(ours).toMatchObject({
      statusCode: 400,
      code: 'request/invalid',
      message: 'level: Unknown level "town". Allowed values: national, provincial, city, county, zone (and 2 more)',
    });
    const sector = (body: ErrorBody) => body.issues!.find((i) => i.path === 'sector')!.message;
    expect(sector(ours)).toMatch(/^Unknown sector "nope"\. Allowed values: .*, cross_cutting, mining$/);
    expect(JSON.stringify(ours).replace(', mining', '')).toEqual(JSON.stringify(global));
  });

  it('refuse search parameters on filter-only routes', async () => {
    const body = await refusal(() => new EntryFilterPipe(service).transform({ page: '2' }, META));
    expect(body).toMatchObject({ issues: [{ path: 'page', message: expect.stringContaining('Unknown parameter') }] });
  });
});

describe('documentQuery', () => {
  it('documents every parameter of the static schema, noting the ones admins extend', () => {
    class Controller {
      list() {}
    }
    const descriptor = Object.getOwnPropertyDescriptor(Controller.prototype, 'list')!;
    documentQuery(EntryQuerySchema)(Controller.prototype, 'list', descriptor);
    const params: { name: string; in: string; required: boolean; description?: string; schema: { description?: string } }[] = Reflect.getMetadata(
      DECORATORS.API_PARAMETERS,
      descriptor.value,
    );
    const json = z.toJSONSchema(EntryQuerySchema, { io: 'input', unrepresentable: 'any' }) as { properties: object };
    expect(params.map((p) => p.name)).toEqual(Object.keys(json.properties));
    expect(params.every((p) => p.in === 'query' && p.required === false)).toBe(true);
    const noted = params.filter((p) => p.description?.endsWith(OPEN_PARAM_NOTE)).map((p) => p.name);
    expect(noted).toEqual(['sector', 'instrument', 'theme', 'issuer', 'targetMetric']);
    const sector = params.find((p) => p.name === 'sector')!;
    expect(sector.description).toContain('energy.hydrogen');
    expect(sector.schema.description).toBe(sector.description);
  });
});
