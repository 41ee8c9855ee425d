import { HttpStatus } from '@nestjs/common';
import { WORKFLOW_ERROR_STATUS, type TransitionFailure } from '@dualcarbon/domain';
import {
  ApiError,
  COMMENT_NOT_FOUND,
  NotFoundError,
  REVIEW_COMMENT_REQUIRED,
  REVIEW_FORBIDDEN,
  REVIEW_INVALID_TRANSITION,
  REVIEW_SELF_APPROVAL,
} from '../common/errors';

const CODES: Readonly<Record<TransitionFailure, string>> = {
  forbidden: REVIEW_FORBIDDEN,
  self_approval: REVIEW_SELF_APPROVAL,
  invalid_transition: REVIEW_INVALID_TRANSITION,
  comment_required: REVIEW_COMMENT_REQUIRED,
};

/** The domain's refusal as the API answers it: 403 forbidden / self_approval, 422 invalid_transition / comment_required. */
export const workflowError = (r: { reason: TransitionFailure; message: string }) =>
  new ApiError(WORKFLOW_ERROR_STATUS[r.reason] as HttpStatus, CODES[r.reason], r.message);

export const commentNotFound = (id: string) => new NotFoundError(COMMENT_NOT_FOUND, `No comment ${id} on this entry`);
