import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTRY_NOT_FOUND, NotFoundError } from './errors';
import { toErrorBody } from './http-exception.filter';
import { toIssues } from './validation';

describe('toErrorBody', () => {
  it('keeps the code of API errors', () => {
    expect(toErrorBody(new NotFoundError(ENTRY_NOT_FOUND, 'No entry'))).toEqual({ statusCode: 404, code: 'entry/not_found', message: 'No entry' });
  });

  it('turns zod errors into 400 request/invalid with issues', () => {
    const result = z.strictObject({ page: z.number() }).safeParse({ page: 'x', extra: 1 });
    const body = toErrorBody(result.error);
    expect(body).toMatchObject({ statusCode: 400, code: 'request/invalid' });
    expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'page' }), { path: 'extra', message: 'Unknown parameter "extra"' }]));
  });

  it('maps Nest and middleware errors by status, never to 500', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /api/x'))).toEqual({ statusCode: 404, code: 'route/not_found', message: 'Cannot GET /api/x' });
    expect(toErrorBody(new BadRequestException(['a', 'b']))).toMatchObject({ statusCode: 400, code: 'request/invalid', message: 'a; b' });
    const parseError = Object.assign(new SyntaxError('Unexpected token'), { status: 400, expose: true });
    expect(toErrorBody(parseError)).toEqual({ statusCode: 400, code: 'request/invalid', message: 'Unexpected token' });
  });

  it('hides the details of genuine faults', () => {
    expect(toErrorBody(new Error('connection string postgres://secret'))).toEqual({
      statusCode: 500,
      code: 'internal/error',
      message: 'Internal server error',
    });
  });
});

describe('toIssues', () => {
  it('joins paths and names each unknown key', () => {
    expect(
      toIssues([
        { message: 'Too small', path: ['targets', 0, { key: 'value' }] },
        { message: 'Unrecognized keys', path: [], code: 'unrecognized_keys', keys: ['a', 'b'] },
      ]),
    ).toEqual([
      { path: 'targets.0.value', message: 'Too small' },
      { path: 'a', message: 'Unknown parameter "a"' },
      { path: 'b', message: 'Unknown parameter "b"' },
    ]);
  });
});
