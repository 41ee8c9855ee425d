import { EntryFilterSchema, EntryOutputSchema, EntryQuerySchema } from '@dualcarbon/domain';
import { applyDecorators, Injectable, Query, type ArgumentMetadata, type PipeTransform, type Type } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { createValidationPipe } from '../common/validation';
import { QueryVocabularyService, type EntrySchemas } from './query-vocabulary.service';

/** The global validation pipe itself (proto keys stripped, the one 400 shape), run with the schema of the moment. */
const validation = createValidationPipe();

async function validate(vocabulary: QueryVocabularyService, kind: keyof EntrySchemas, value: unknown, metadata: ArgumentMetadata) {
  const schema = (await vocabulary.schemas())[kind];
  return validation.transform(value, { ...metadata, schema });
}

/** GET /api/entries: filters, sort, paging and facets against the current vocabulary. */
@Injectable()
export class EntryQueryPipe implements PipeTransform {
  constructor(private readonly vocabulary: QueryVocabularyService) {}
  transform(value: unknown, metadata: ArgumentMetadata) {
    return validate(this.vocabulary, 'query', value, metadata);
  }
}

/** Statistics: the filters only, against the current vocabulary. */
@Injectable()
export class EntryFilterPipe implements PipeTransform {
  constructor(private readonly vocabulary: QueryVocabularyService) {}
  transform(value: unknown, metadata: ArgumentMetadata) {
    return validate(this.vocabulary, 'filters', value, metadata);
  }
}

/** Export and feeds: the filters and the reader's language. */
@Injectable()
export class EntryOutputPipe implements PipeTransform {
  constructor(private readonly vocabulary: QueryVocabularyService) {}
  transform(value: unknown, metadata: ArgumentMetadata) {
    return validate(this.vocabulary, 'output', value, metadata);
  }
}

/** Parameters whose codes come from taxonomies admins maintain (QueryVocabulary). */
const OPEN_PARAMS = new Set(['sector', 'instrument', 'theme', 'issuer', 'targetMetric']);
export const OPEN_PARAM_NOTE = 'Admins add and retire codes at run time: the current terms are accepted, the list above is the built-in one.';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; required?: string[] };

/**
 * One documented query parameter per property of the static schema, as the OpenAPI generator would
 * write them for `@Query({ schema })` (same conversion as src/http/swagger.ts), open taxonomies noted.
 */
export function documentQuery(schema: z.ZodType): MethodDecorator {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) => {
      const description = OPEN_PARAMS.has(name)
        ? property.description
          ? `${property.description}. ${OPEN_PARAM_NOTE}`
          : OPEN_PARAM_NOTE
        : property.description;
      return ApiQuery({ name, required: json.required?.includes(name) ?? false, description, schema: { ...property, description } });
    }),
  );
}

/**
 * `@Query()` validated by `pipe` (not by the global pipe, which only knows static schemas), and the
 * route's parameters documented from the static `docs` schema.
 */
function vocabularyQuery(pipe: Type<PipeTransform>, docs: MethodDecorator): ParameterDecorator {
  return (target, key, index) => {
    Query(pipe)(target, key, index);
    docs(target, key!, Object.getOwnPropertyDescriptor(target, key!)!);
  };
}

const SEARCH_DOCS = documentQuery(EntryQuerySchema);
const FILTER_DOCS = documentQuery(EntryFilterSchema);
const OUTPUT_DOCS = documentQuery(EntryOutputSchema);

/** The search query of GET /api/entries (`EntryQuery`). */
export const SearchQuery = (): ParameterDecorator => vocabularyQuery(EntryQueryPipe, SEARCH_DOCS);
/** The entry filters of statistics (`EntryFilters`). */
export const FilterQuery = (): ParameterDecorator => vocabularyQuery(EntryFilterPipe, FILTER_DOCS);
/** The filters and language of exports and feeds (`EntryOutputQuery`). */
export const OutputQuery = (): ParameterDecorator => vocabularyQuery(EntryOutputPipe, OUTPUT_DOCS);
