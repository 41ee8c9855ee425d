/** What an audit row holds, written and read (its own module: the service and the queries both use it). */

export interface AuditEntry {
  /** The user who acted; null for the system, the CLI or an anonymous caller (e.g. a failed login). */
  actorId: string | null;
  /** `<area>.<verb>`, e.g. 'entry.submit', 'auth.login_failed', 'user.update'. */
  action: string;
  /** e.g. 'entry', 'user', 'session', 'taxonomy_term'. */
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** Keys never written to the audit log, at any depth: secrets have no place in an append-only table. */
const SECRET_KEY = /^(password|passwordhash|password_hash|token|tokenhash|token_hash|csrftoken|secret)$/i;

export function redact(value: unknown, depth = 0): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object' || depth > 20) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !SECRET_KEY.test(k) && v !== undefined)
      .map(([k, v]) => [k, redact(v, depth + 1)]),
  );
}
