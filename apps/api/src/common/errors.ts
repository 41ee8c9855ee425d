import { HttpException, HttpStatus } from '@nestjs/common';

/** Stable machine-readable error codes: clients switch on these, never on messages. */
export const REQUEST_INVALID = 'request/invalid';
export const ROUTE_NOT_FOUND = 'route/not_found';
export const ENTRY_NOT_FOUND = 'entry/not_found';
export const INTERNAL_ERROR = 'internal/error';
// Public reads (src/regions, src/targets, src/http).
export const REGION_NOT_FOUND = 'region/not_found';
export const CORS_REFUSED = 'cors/refused';
export const EXPORT_BUSY = 'export/busy';
// Accounts, sessions and administration (src/auth, src/users).
export const AUTH_UNAUTHENTICATED = 'auth/unauthenticated';
export const AUTH_FORBIDDEN = 'auth/forbidden';
export const AUTH_CSRF_FAILED = 'auth/csrf_failed';
export const AUTH_INVALID_CREDENTIALS = 'auth/invalid_credentials';
export const AUTH_RATE_LIMITED = 'auth/rate_limited';
export const AUTH_LINK_INVALID = 'auth/link_invalid';
export const AUTH_WRONG_PASSWORD = 'auth/wrong_password';
export const REQUEST_UNSUPPORTED_MEDIA_TYPE = 'request/unsupported_media_type';
export const USER_NOT_FOUND = 'user/not_found';
export const USER_EMAIL_TAKEN = 'user/email_taken';
export const USER_LAST_ADMIN = 'user/last_admin';
// Editorial CMS (src/editor, src/review, src/revisions, src/taxonomy, src/import).
export const ENTRY_INVALID = 'entry/invalid';
export const ENTRY_SLUG_TAKEN = 'entry/slug_taken';
export const ENTRY_STALE_VERSION = 'entry/stale_version';
export const ENTRY_VERSION_REQUIRED = 'entry/version_required';
export const ENTRY_NOT_EDITABLE = 'entry/not_editable';
export const REVIEW_FORBIDDEN = 'review/forbidden';
export const REVIEW_SELF_APPROVAL = 'review/self_approval';
export const REVIEW_INVALID_TRANSITION = 'review/invalid_transition';
export const REVIEW_COMMENT_REQUIRED = 'review/comment_required';
export const COMMENT_NOT_FOUND = 'comment/not_found';
export const REVISION_NOT_FOUND = 'revision/not_found';
export const TAXONOMY_NOT_FOUND = 'taxonomy/not_found';
export const TAXONOMY_TERM_NOT_FOUND = 'taxonomy/term_not_found';
export const TAXONOMY_CODE_TAKEN = 'taxonomy/code_taken';
export const TAXONOMY_TERM_IN_USE = 'taxonomy/term_in_use';
export const TAXONOMY_TERM_HAS_CHILDREN = 'taxonomy/term_has_children';
export const TAXONOMY_INVALID_PARENT = 'taxonomy/invalid_parent';
export const TAXONOMY_INVALID_MERGE = 'taxonomy/invalid_merge';
export const IMPORT_INVALID_FILE = 'import/invalid_file';
export const IMPORT_JOB_NOT_FOUND = 'import/job_not_found';
// Document ingestion (src/ingest).
export const INGEST_UNSUPPORTED_TYPE = 'ingest/unsupported_type';
export const INGEST_TOO_LARGE = 'ingest/too_large';
export const INGEST_CORRUPT_FILE = 'ingest/corrupt_file';
export const INGEST_NO_TEXT = 'ingest/no_text';
export const INGEST_ENCRYPTED = 'ingest/encrypted';
export const INGEST_TOO_COMPLEX = 'ingest/too_complex';
export const INGEST_BUSY = 'ingest/busy';
// Entry source files and uploads (src/entry-files).
export const FILE_NOT_FOUND = 'file/not_found';
export const UPLOAD_TOO_LARGE = 'upload/too_large';
export const UPLOAD_UNSUPPORTED_TYPE = 'upload/unsupported_type';
export const UPLOAD_CORRUPT_FILE = 'upload/corrupt_file';
// Newsletter issues, subscriptions and mail (src/newsletters, src/subscriptions, src/mail).
export const NEWSLETTER_NOT_FOUND = 'newsletter/not_found';
export const NEWSLETTER_INVALID = 'newsletter/invalid';
export const NEWSLETTER_STALE_VERSION = 'newsletter/stale_version';
export const NEWSLETTER_VERSION_REQUIRED = 'newsletter/version_required';
export const NEWSLETTER_NOT_EDITABLE = 'newsletter/not_editable';
export const NEWSLETTER_NUMBER_TAKEN = 'newsletter/number_taken';
export const NEWSLETTER_EDIT_FAILED = 'newsletter/edit_failed';
export const NEWSLETTER_NOT_PUBLISHED = 'newsletter/not_published';
export const SUBSCRIPTION_INVALID_TOKEN = 'subscription/invalid_token';
export const SUBSCRIPTION_RATE_LIMITED = 'subscription/rate_limited';
// Operations (src/observability).
export const METRICS_UNAUTHORIZED = 'metrics/unauthorized';

export interface ErrorIssue {
  /** Dotted path of the offending field or query parameter ("" for the whole request). */
  path: string;
  message: string;
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  issues?: ErrorIssue[];
}

/** An error the API means to return, with its code. */
export class ApiError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super({ statusCode: status, code, message, ...(issues ? { issues } : {}) } satisfies ErrorBody, status);
  }
}

export class NotFoundError extends ApiError {
  constructor(code: string, message: string) {
    super(HttpStatus.NOT_FOUND, code, message);
  }
}

export class RequestValidationError extends ApiError {
  constructor(issues: ErrorIssue[], message = 'The request is not valid') {
    super(HttpStatus.BAD_REQUEST, REQUEST_INVALID, message, issues);
  }
}

export const DATABASE_UNAVAILABLE = 'service/database_unavailable';
/** Seconds a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_S = 5;
