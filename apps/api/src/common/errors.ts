import { HttpException, HttpStatus } from '@nestjs/common';

/** Stable machine-readable error codes: clients switch on these, never on messages. */
export const REQUEST_INVALID = 'request/invalid';
export const ROUTE_NOT_FOUND = 'route/not_found';
export const ENTRY_NOT_FOUND = 'entry/not_found';
export const INTERNAL_ERROR = 'internal/error';

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
