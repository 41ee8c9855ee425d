import type { OpenAPIObject } from '@nestjs/swagger';
import { classifyPath } from './public-routes';
import { PUBLIC_CACHE_CONTROL } from './http-cache.middleware';

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: object }[];
  responses: Record<string, { description?: string; headers?: Record<string, object> }>;
};

const header = (description: string) => ({ description, schema: { type: 'string' } });

/** Documents what HttpCacheMiddleware and CorsMiddleware add to every public GET route. */
export function documentHttpCaching(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    const op = (item as { get?: Operation }).get;
    if (!op || classifyPath(path) !== 'public') continue;
    op.parameters = [
      ...(op.parameters ?? []),
      { name: 'If-None-Match', in: 'header', required: false, description: 'ETag of a copy you hold: 304 if it is still current', schema: { type: 'string' } },
      {
        name: 'If-Modified-Since',
        in: 'header',
        required: false,
        description: 'Last-Modified of a copy you hold: 304 if nothing changed since',
        schema: { type: 'string' },
      },
    ];
    for (const [status, response] of Object.entries(op.responses)) {
      if (!status.startsWith('2')) continue;
      response.headers = {
        ...response.headers,
        ETag: header('Weak validator over the body'),
        'Last-Modified': header('When public data last changed'),
        'Cache-Control': header(PUBLIC_CACHE_CONTROL),
        'Access-Control-Allow-Origin': header('* (any origin may read public data)'),
      };
    }
    op.responses['304'] = { description: 'Not modified: the copy named by If-None-Match or If-Modified-Since is current (no body)' };
  }
  return document;
}
