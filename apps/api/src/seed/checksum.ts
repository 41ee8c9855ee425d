import { createHash } from 'node:crypto';

/**
 * Bump when the way seed data is written changes (new column, new mapping), so the next start
 * re-applies unchanged seed files through the new code.
 */
export const SEED_FORMAT = 2;

/** JSON with object keys sorted, so equal data hashes equally whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function checksum(value: unknown): string {
  return createHash('sha256')
    .update(`${SEED_FORMAT}:${canonical(value)}`)
    .digest('hex');
}
