import { expect } from 'vitest';
import type { z } from 'zod';

/**
 * Keys an answer carries that its schema does not know: the schema's parse (which drops unknown keys)
 * is walked beside the raw answer, so a field the API added without its schema shows up here.
 */
export function unknownKeys(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((v, i) => unknownKeys(v, parsed[i], `${path}[${i}]`));
  if (!isObject(raw) || !isObject(parsed)) return [];
  return Object.keys(raw).flatMap((k) => (k in parsed ? unknownKeys(raw[k], parsed[k], path ? `${path}.${k}` : k) : [path ? `${path}.${k}` : k]));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of an answer against its schema: failed checks and unknown keys, each with its path. */
export function answerProblems(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return unknownKeys(body, parsed.data).map((k) => `${k}: not in the schema`);
}

/** The answer to one bad request parameter: 400 request/invalid whose one issue names `path` (and says `text`). */
export function expectInvalidParameter(res: { status: number; body: { code?: string; issues?: unknown } }, path: string, text = '') {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('request/invalid');
  expect(res.body.issues).toEqual([expect.objectContaining({ path, message: expect.stringContaining(text) })]);
}
