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

/** The saved state of an entry or a newsletter issue, sent with a 409 stale_version so the editor can merge. */
export interface CurrentVersion {
  version: number;
  data: unknown;
  updatedBy: { id: string; name: string; email: string } | null;
  updatedAt: string;
}

/** 409 `code`: the edit was based on an older version of the entry or issue (`noun`) than `current`. */
export const staleVersionError = (code: string, noun: string, based: number, current: CurrentVersion) =>
  new DetailedApiError(
    HttpStatus.CONFLICT,
    code,
    `This edit was based on version ${based}, but the ${noun} is at version ${current.version}: reload it, merge and save again`,
    { current },
  );

/** 428 `code`: a save that does not say which version it is based on. */
export const versionRequiredError = (code: string) =>
  new ApiError(HttpStatus.PRECONDITION_REQUIRED, code, 'Say which version the edit is based on: an If-Match: "<version>" header or a version field');

/** What to do about the states in which an entry or an issue cannot be edited. */
export const NOT_EDITABLE_HINTS: Readonly<Record<string, string>> = {
  in_review: 'withdraw it first, or wait for the review',
  approved: 'it is approved and waits to be published',
};

/** 409 `code`: the entry or issue (`noun`) is in a state that cannot be edited, with the hint for that state. */
export const notEditableError = (code: string, noun: string, status: string, hints: Readonly<Record<string, string>>) =>
  new ApiError(HttpStatus.CONFLICT, code, `An ${noun} that is ${status.replace('_', ' ')} cannot be edited: ${hints[status] ?? 'change its state first'}`);

export const staleVersion = (based: number, current: CurrentVersion) => staleVersionError(ENTRY_STALE_VERSION, 'entry', based, current);

export const versionRequired = () => versionRequiredError(ENTRY_VERSION_REQUIRED);

const ENTRY_NOT_EDITABLE_HINTS = {
  ...NOT_EDITABLE_HINTS,
  unpublished: 'reopen it as a draft first',
  archived: 'reopen it as a draft first',
  trashed: 'restore it from the trash first',
};

export const notEditable = (status: string) => notEditableError(ENTRY_NOT_EDITABLE, 'entry', status, ENTRY_NOT_EDITABLE_HINTS);

/** Postgres unique_violation on entries.slug. */
export const isSlugViolation = (err: unknown) => isUniqueViolation(err, /entries_slug_key/);
