import 'reflect-metadata';
import { ErrorSchema, TermSchema } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import { AUTH_ROLES_KEY } from '../auth/auth.constants';
import { EditorRoute, Endpoint } from './route-decorators';

// Nest's and @nestjs/swagger's metadata keys (their constants modules are not exported).
const HTTP_CODE_METADATA = '__httpCode__';
const DECORATORS = { API_OPERATION: 'swagger/apiOperation', API_RESPONSE: 'swagger/apiResponse' };

class Probe {
  @Endpoint({ summary: 'Delete', answer: { description: 'Deleted' }, status: 204, errors: { 409: 'In use (code taxonomy/term_in_use)' } })
  remove() {}

  @EditorRoute({ roles: ['admin'], summary: 'Add', answer: TermSchema, status: 201 })
  add() {
    return { code: 'x' } as never;
  }
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

  it('as an EditorRoute, also requires one of the roles', () => {
    expect(Reflect.getMetadata(AUTH_ROLES_KEY, Probe.prototype.add)).toEqual(['admin']);
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, Probe.prototype.add)).toBe(201);
    expect(Reflect.getMetadata(DECORATORS.API_RESPONSE, Probe.prototype.add)).toMatchObject({ 201: { standardSchema: TermSchema }, 401: {}, 403: {} });
  });
});
