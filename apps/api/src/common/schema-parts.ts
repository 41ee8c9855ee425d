import { WORKFLOW_STATES } from '@dualcarbon/domain';
import { z } from 'zod';

/**
 * Pieces the features' request schemas share, so that a page number, a yes/no parameter or a
 * status filter is refused with the same words on every route.
 */

/** A whole number from a query string or path (coerced), naming the parameter in each message. */
export const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** A query-string yes/no: true, false, 1 or 0. */
export const booleanParam = (name: string) =>
  z.enum(['true', 'false', '1', '0'], { error: `${name} is true or false` }).transform((v) => v === 'true' || v === '1');

/** `?status=draft,in_review`: comma-separated workflow states (as editors see them). */
export const statusList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(WORKFLOW_STATES, { error: `A status is one of ${WORKFLOW_STATES.join(', ')}` })));

/** The version a write is based on, in a body (If-Match says the same in a header). */
export const Version = z.number().int().min(1).describe('The version the edit is based on (or send If-Match: "<version>")');
