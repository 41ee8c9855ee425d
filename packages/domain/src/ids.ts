/** A UUID in its canonical text form (any version), as PostgreSQL's uuid columns print them. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be looked up in a uuid column (other text must not reach PostgreSQL, which would refuse it with an error). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);
