import { HttpStatus } from '@nestjs/common';
import { SCHEMA_CODE_PREFIX, VALIDATION_CODES, type ValidationIssue } from '@dualcarbon/domain';
import { isUniqueViolation } from '../database/sql';
import {
  ApiError,
  ENTRY_INVALID,
  ENTRY_NOT_EDITABLE,
  ENTRY_NOT_FOUND,
  ENTRY_SLUG_TAKEN,
  ENTRY_STALE_VERSION,
  ENTRY_VERSION_REQUIRED,
  NotFoundError,
  type ErrorIssue,
} from '../common/errors';

const VALIDATION_SLUG_TAKEN = VALIDATION_CODES.slugTaken;

/** An API error whose body carries more than `{statusCode, code, message, issues}` (e.g. `current`, `usage`). */
export class DetailedApiError extends ApiError {
  constructor(status: HttpStatus, code: string, message: string, details: Record<string, unknown>, issues?: ErrorIssue[]) {
    super(status, code, message, issues);
    Object.assign(this.getResponse() as object, details);
  }
}

/** A domain validation issue for the API: dotted path, stable code, message. */
export type EntryIssue = ErrorIssue & { code: string };

export const toEntryIssues = (issues: readonly ValidationIssue[]): EntryIssue[] =>
  issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));

export const entryNotFound = (id: string) => new NotFoundError(ENTRY_NOT_FOUND, `No entry has the id "${id}"`);

/**
 * 409 entry/slug_taken when the slug is the only problem (the editor picks another); else entry/invalid with
 * every issue, each with its path and domain code: 400 when the entry is malformed (the schema refused it: a
 * missing field, a value on an "as assigned" target), 422 when it is well-formed but breaks a rule that needs
 * context (an unknown code, a level that does not fit the place, a year before its base year).
 */
export function entryInvalid(issues: readonly ValidationIssue[]): ApiError {
  const mapped = toEntryIssues(issues);
  if (mapped.every((i) => i.code === VALIDATION_SLUG_TAKEN)) {
    return new ApiError(HttpStatus.CONFLICT, ENTRY_SLUG_TAKEN, mapped[0]?.message ?? 'The slug is taken', mapped);
  }
  const head = mapped[0] ? `${mapped[0].path || 'entry'}: ${mapped[0].message}` : 'The entry is not valid';
  const malformed = mapped.length > 0 && mapped.every((i) => i.code.startsWith(SCHEMA_CODE_PREFIX));
  return new ApiError(
    malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY,
    ENTRY_INVALID,
    mapped.length > 1 ? `${head} (and ${mapped.length - 1} more)` : head,
    mapped,
  );
}

/** The database refused a slug another entry took in the meantime. */
export const slugTakenByRace = (slug: string) =>
  entryInvalid([{ path: ['slug'], code: VALIDATION_SLUG_TAKEN, message: `Another entry already uses the slug "${slug}"` }]);

export interface CurrentVersion {
  version: number;
  data: unknown;
  updatedBy: { id: string; name: string; email: string } | null;
  updatedAt: string;
}

export const staleVersion = (based: number, current: CurrentVersion) =>
  new DetailedApiError(
    HttpStatus.CONFLICT,
    ENTRY_STALE_VERSION,
    `This edit was based on version ${based}, but the entry is at version ${current.version}: reload it, merge and save again`,
    { current },
  );

export const versionRequired = () =>
  new ApiError(
    HttpStatus.PRECONDITION_REQUIRED,
    ENTRY_VERSION_REQUIRED,
    'Say which version the edit is based on: an If-Match: "<version>" header or a version field',
  );

export const notEditable = (status: string) => {
  const hint: Record<string, string> = {
    in_review: 'withdraw it first, or wait for the review',
    approved: 'it is approved and waits to be published',
    unpublished: 'reopen it as a draft first',
    archived: 'reopen it as a draft first',
    trashed: 'restore it from the trash first',
  };
  return new ApiError(
    HttpStatus.CONFLICT,
    ENTRY_NOT_EDITABLE,
    `An entry that is ${status.replace('_', ' ')} cannot be edited: ${hint[status] ?? 'change its state first'}`,
  );
};

/** Postgres unique_violation on entries.slug. */
export const isSlugViolation = (err: unknown) => isUniqueViolation(err, /entries_slug_key/);
