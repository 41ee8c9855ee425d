import { HttpStatus } from '@nestjs/common';
import {
  ApiError,
  NotFoundError,
  TAXONOMY_CODE_TAKEN,
  TAXONOMY_INVALID_MERGE,
  TAXONOMY_INVALID_PARENT,
  TAXONOMY_NOT_FOUND,
  TAXONOMY_TERM_HAS_CHILDREN,
  TAXONOMY_TERM_IN_USE,
  TAXONOMY_TERM_NOT_FOUND,
} from '../common/errors';
import { DetailedApiError } from '../editor/editor.errors';

export const taxonomyNotFound = (name: string, known: string[]) =>
  new NotFoundError(TAXONOMY_NOT_FOUND, `No taxonomy "${name}"; there are ${known.join(', ')}`);

export const termNotFound = (taxonomy: string, code: string) => new NotFoundError(TAXONOMY_TERM_NOT_FOUND, `No ${taxonomy} term "${code}"`);

export const codeTaken = (code: string) => new ApiError(HttpStatus.CONFLICT, TAXONOMY_CODE_TAKEN, `A term with the code "${code}" exists already`);

export const termInUse = (code: string, usage: number) =>
  new DetailedApiError(HttpStatus.CONFLICT, TAXONOMY_TERM_IN_USE, `"${code}" is used ${usage} time(s): merge it into another term instead`, { usage });

export const termHasChildren = (code: string, children: string[]) =>
  new DetailedApiError(HttpStatus.CONFLICT, TAXONOMY_TERM_HAS_CHILDREN, `"${code}" has child terms: move or delete them first`, { children });

export const invalidParent = (message: string) => new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, TAXONOMY_INVALID_PARENT, message);

export const invalidMerge = (message: string) => new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, TAXONOMY_INVALID_MERGE, message);
