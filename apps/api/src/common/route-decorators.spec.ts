import 'reflect-metadata';
import { ErrorSchema, TermSchema } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUTH_ROLES_KEY } from '../auth/auth.constants';
import { EditorRoute, Endpoint, IdParam, IfMatch } from './route-decorators';

// Nest's and @nestjs/swagger's metadata keys (their constants modules are not exported).
const HTTP_CODE_METADATA = '__httpCode__';
const ROUTE_ARGS_METADATA = '__routeArguments__';
const DECORATORS = { API_OPERATION: 'swagger/apiOperation', API_RESPONSE: 'swagger/apiResponse', API_PARAMETERS: 'swagger/apiParameters' };

class Probe {
  @Endpoint({ summary: 'Delete', answer: { description: 'Deleted' }, status: 204, errors: { 409: 'In use (code taxonomy/term_in_use)' } })
  remove() {}

  @Endpoint({ summary: 'Save', body: z.object({ version: z.int() }), answer: { description: 'Saved' } })
  put() {}

  @EditorRoute({ roles: ['admin'], summary: 'Add', answer: TermSchema, status: 201 })
  add() {
    return { code: 'x' } as never;
  }

  save(@IdParam() _id: string, @IdParam('fileId', z.uuid()) _fileId: string, @IfMatch() _ifMatch: string | undefined) {}
}

describe('Endpoint', () => {
  it('sends the status it documents, and documents refusals as ErrorSchema with their codes', () => {
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, Probe.prototype.remove)).toBe(204);
    expect(Reflect.getMetadata(DECORATORS.API_OPERATION, Probe.prototype.remove)).toEqual({ summary: 'Delete' });
    expect(Reflect.getMetadata(DECORATORS.API_RESPONSE, Probe.prototype.remove)).toMatchObject({
      204: { description: 'Deleted' },
      409: { standardSchema: ErrorSchema, description: 'In use (code taxonomy/term_in_use)' },
    });
  });

  it('documents a body given by its schema', () => {
    expect(Reflect.getMetadata(DECORATORS.API_PARAMETERS, Probe.prototype.put)).toEqual([
      expect.objectContaining({ in: 'body', schema: expect.objectContaining({ type: 'object', required: ['version'] }) }),
    ]);
    expect(Reflect.getMetadata(DECORATORS.API_PARAMETERS, Probe.prototype.remove)).toBeUndefined();
  });

  it('as an EditorRoute, also requires one of the roles', () => {
    expect(Reflect.getMetadata(AUTH_ROLES_KEY, Probe.prototype.add)).toEqual(['admin']);
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, Probe.prototype.add)).toBe(201);
    expect(Reflect.getMetadata(DECORATORS.API_RESPONSE, Probe.prototype.add)).toMatchObject({ 201: { standardSchema: TermSchema }, 401: {}, 403: {} });
  });
});

describe('IdParam and IfMatch', () => {
  it('read the path parameter and the header, and document them on the handler', () => {
    const args = Object.values(Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'save') as Record<string, { index: number; data: string }>);
    expect(args.map(({ index, data }) => [index, data]).sort()).toEqual([
      [0, 'id'],
      [1, 'fileId'],
      [2, 'if-match'],
    ]);
    expect(Reflect.getMetadata(DECORATORS.API_PARAMETERS, Probe.prototype.save)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', format: 'uuid', required: true }),
        expect.objectContaining({ name: 'fileId', in: 'path', format: 'uuid', required: true }),
        expect.objectContaining({ name: 'If-Match', in: 'header', required: false, description: 'The version the edit is based on, e.g. "3"' }),
      ]),
    );
  });
});
