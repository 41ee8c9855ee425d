import express, { type NextFunction, type Request, type Response } from 'express';
import { REQUEST_INVALID, type ErrorBody } from '../common/errors';

/** Largest request body accepted (an import of a few thousand rows fits); larger gets 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Deepest JSON accepted: entries nest four levels; anything past this is an attack on the stack. */
export const MAX_JSON_DEPTH = 32;

/** Depth of a parsed JSON value, walked iteratively so a hostile document cannot overflow the stack. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * The JSON parser with explicit size limits, then a depth check, before any route sees the body. No
 * form parser: no route reads a urlencoded body (the one-click unsubscribe ignores its body; imports
 * parse multipart themselves), and BodyTypeGuard refuses types a route does not take (body-types.ts).
 */
export function bodyLimits() {
  const json = express.json({ limit: MAX_BODY_BYTES, type: ['application/json', 'application/*+json'] });
  const depth = (req: Request, res: Response, next: NextFunction) => {
    if (req.body && typeof req.body === 'object' && jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      res.status(400).json({
        statusCode: 400,
        code: REQUEST_INVALID,
        message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`,
      } satisfies ErrorBody);
      return;
    }
    next();
  };
  return [json, depth];
}
