import { StandardSchemaValidationPipe } from '@nestjs/common';
import type { ZodError } from 'zod';
import { RequestValidationError, type ErrorIssue } from './errors';

type Issue = { message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; code?: string; keys?: string[] };

/**
 * Turns schema issues into `{path, message}` pairs. An unknown key is reported under its own
 * name, so `?pag=2` answers "pag: Unknown parameter" rather than a message about the whole object.
 */
export function toIssues(issues: readonly Issue[]): ErrorIssue[] {
  return issues.flatMap((issue) => {
    const base = (issue.path ?? []).map((p) => String(typeof p === 'object' && p !== null && 'key' in p ? p.key : p));
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: `Unknown parameter "${key}"` }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

/** The 400 for schema issues, with the first issue as its message. */
export function toRequestError(issues: readonly Issue[]): RequestValidationError {
  const mapped = toIssues(issues);
  return new RequestValidationError(mapped, describe(mapped));
}

export const zodErrorToRequestError = (err: ZodError) => toRequestError(err.issues as Issue[]);

function describe(issues: ErrorIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid';
  const head = first.path ? `${first.path}: ${first.message}` : first.message;
  return issues.length > 1 ? `${head} (and ${issues.length - 1} more)` : head;
}

/**
 * Global pipe for `@Query({ schema })`, `@Param({ schema })` and `@Body({ schema })`: any Standard
 * Schema (zod here) validates and transforms the value, and failures become one 400 shape.
 */
export function createValidationPipe() {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => toRequestError(issues as readonly Issue[]),
  });
}
