import { HttpStatus } from '@nestjs/common';
import { NEWSLETTER_VALIDATION_CODES, type ValidationIssue } from '@dualcarbon/domain';
import { isUniqueViolation } from '../database/sql';
import {
  ApiError,
  NEWSLETTER_EDIT_FAILED,
  NEWSLETTER_INVALID,
  NEWSLETTER_NOT_EDITABLE,
  NEWSLETTER_NOT_FOUND,
  NEWSLETTER_NOT_PUBLISHED,
  NEWSLETTER_NUMBER_TAKEN,
  NEWSLETTER_STALE_VERSION,
  NEWSLETTER_VERSION_REQUIRED,
  NotFoundError,
} from '../common/errors';
import { NOT_EDITABLE_HINTS, notEditableError, staleVersionError, toEntryIssues, versionRequiredError, type CurrentVersion } from '../editor/editor.errors';

export const newsletterNotFound = (what: string) => new NotFoundError(NEWSLETTER_NOT_FOUND, `No newsletter issue ${what}`);

/** 409 newsletter/number_taken when the number is the only problem, else 422 newsletter/invalid with every issue. */
export function newsletterInvalid(issues: readonly ValidationIssue[], status = HttpStatus.UNPROCESSABLE_ENTITY): ApiError {
  const mapped = toEntryIssues(issues);
  if (mapped.length && mapped.every((i) => i.code === NEWSLETTER_VALIDATION_CODES.numberTaken)) {
    return new ApiError(HttpStatus.CONFLICT, NEWSLETTER_NUMBER_TAKEN, mapped[0].message, mapped);
  }
  const head = mapped[0] ? `${mapped[0].path || 'issue'}: ${mapped[0].message}` : 'The issue is not valid';
  return new ApiError(status, NEWSLETTER_INVALID, mapped.length > 1 ? `${head} (and ${mapped.length - 1} more)` : head, mapped);
}

export const numberTaken = (n: number) =>
  newsletterInvalid([{ path: ['number'], code: NEWSLETTER_VALIDATION_CODES.numberTaken, message: `Issue ${n} already exists` }]);

/** Postgres unique_violation on the issue number (the primary key). */
export const isNumberViolation = (err: unknown) => isUniqueViolation(err, /newsletters_pkey/);

export const staleVersion = (based: number, current: CurrentVersion) => staleVersionError(NEWSLETTER_STALE_VERSION, 'issue', based, current);

export const versionRequired = () => versionRequiredError(NEWSLETTER_VERSION_REQUIRED);

export const notEditable = (status: string) => notEditableError(NEWSLETTER_NOT_EDITABLE, 'issue', status, NOT_EDITABLE_HINTS);

export const editFailed = (err: { code: string; message: string; editIndex: number }) =>
  new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, NEWSLETTER_EDIT_FAILED, `Edit ${err.editIndex + 1}: ${err.message}`, [
    { path: `edits.${err.editIndex}`, message: err.message, code: err.code } as never,
  ]);

export const notPublished = () => new ApiError(HttpStatus.CONFLICT, NEWSLETTER_NOT_PUBLISHED, 'Only a published issue can be sent: publish it first');
