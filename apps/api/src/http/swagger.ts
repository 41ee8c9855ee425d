import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { documentHttpCaching } from './openapi-caching';

type JsonSchema = Record<string, unknown>;

/**
 * Zod schemas become OpenAPI schemas in their input form: the domain's schemas trim and normalise
 * strings with transforms, which JSON Schema cannot express for outputs, yet the input shape is
 * exactly what the API returns. A recursive schema (a taxonomy term and its children) comes with
 * `definitions`, which OpenAPI keeps under components/schemas: they are collected here and added to
 * the document, and the references pointed there.
 */
export function zodConverter(shared: Map<string, JsonSchema>) {
  return (schema: unknown) => {
    if (!(schema instanceof z.ZodType)) return undefined;
    const { definitions, ...json } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as JsonSchema & {
      definitions?: Record<string, JsonSchema>;
    };
    const pointed = (s: JsonSchema) => JSON.parse(JSON.stringify(s).replaceAll('"#/definitions/', '"#/components/schemas/')) as JsonSchema;
    for (const [name, def] of Object.entries(definitions ?? {})) shared.set(name, pointed(def));
    return { schema: pointed(json) };
  };
}

/** OpenAPI JSON at /api/docs-json and Swagger UI at /api/docs. */
export function setupSwagger(app: INestApplication, version: string) {
  const config = new DocumentBuilder()
    .setTitle('dualcarbon API')
    .setDescription("Bilingual tracker of China's carbon-neutrality policies: published entries, targets and statistics.")
    .setVersion(version)
    .addCookieAuth(
      'dc_session',
      {
        type: 'apiKey',
        in: 'cookie',
        name: 'dc_session',
        description: 'Session cookie set by POST /api/auth/login (named __Host-dc_session when PUBLIC_URL is https)',
      },
      'session',
    )
    .build();
  const shared = new Map<string, JsonSchema>();
  const document = SwaggerModule.createDocument(app, config, {
    standardSchemaConverter: zodConverter(shared),
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...Object.fromEntries(shared) } };
  documentHttpCaching(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'dualcarbon API' });
}
