import { describe, expect, it } from 'vitest';
import { toErrorBody } from './http-exception.filter';

describe('toErrorBody', () => {
  it('answers 400 for text PostgreSQL refuses (a NUL byte, an unencodable character), raw or wrapped by TypeORM', () => {
    for (const err of [
      { code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' },
      { message: 'query failed', driverError: { code: '22P05' } },
    ]) {
      expect(toErrorBody(err)).toMatchObject({ statusCode: 400, code: 'request/invalid' });
    }
  });

  it('keeps other database errors a 500 that says nothing of the cause', () => {
    expect(toErrorBody({ code: '42P01', message: 'relation "x" does not exist' })).toEqual({
      statusCode: 500,
      code: 'internal/error',
      message: 'Internal server error',
    });
  });
});
