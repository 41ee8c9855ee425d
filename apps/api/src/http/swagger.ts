import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { documentHttpCaching } from './openapi-caching';

/**
 * Zod schemas become OpenAPI schemas in their input form: the domain's schemas trim and normalise
 * strings with transforms, which JSON Schema cannot express for outputs, yet the input shape is
 * exactly what the API returns.
 */
function zodConverter(schema: unknown) {
  if (!(schema instanceof z.ZodType)) return undefined;
  return { schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) };
}

/** OpenAPI JSON at /api/docs-json and Swagger UI at /api/docs. */
export function setupSwagger(app: INestApplication, version: string) {
  const config = new DocumentBuilder()
    .setTitle('dualcarbon API')
    .setDescription("Bilingual tracker of China's carbon-neutrality policies: published entries, targets and statistics.")
    .setVersion(version)
    .addCookieAuth('dc_session', { type: 'apiKey', in: 'cookie', name: 'dc_session', description: 'Session cookie set by POST /api/auth/login (named __Host-dc_session when PUBLIC_URL is https)' }, 'session')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    standardSchemaConverter: zodConverter,
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  documentHttpCaching(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'dualcarbon API' });
}
