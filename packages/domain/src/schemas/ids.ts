/**
 * Ids of rows (entries, issues, files, users) are UUIDs. A lookup checks the shape first, so a malformed
 * id is "not found" (404) rather than a database error (PostgreSQL refuses it as a uuid: 500).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
