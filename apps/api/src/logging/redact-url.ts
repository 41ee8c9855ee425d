/**
 * Query parameters whose value is a credential by name: subscription and reset tokens, API keys,
 * passwords, signatures, OAuth-style codes. Compared on the decoded, lower-cased name, also as a
 * suffix (`access_token`, `x-api-key`).
 */
const SECRET_NAME = /(^|[_.-])(token|secret|password|passwd|pwd|key|apikey|sig|signature|code|auth|authorization|session|csrf|credential)s?$/;

/** A value that looks like a token whatever its name: long, no spaces, letters and digits mixed. */
const SECRET_VALUE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9._~+/=-]{32,}$/;

const REDACTED = '[redacted]';

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URL as it may be logged: credential-like query values replaced by `[redacted]`, everything else as sent. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const rest = hash < 0 ? '' : url.slice(hash);
  const parts = query.split('&').map((part) => {
    const eq = part.indexOf('=');
    if (eq < 0) return part;
    const name = decode(part.slice(0, eq)).trim().toLowerCase();
    return SECRET_NAME.test(name) || SECRET_VALUE.test(decode(part.slice(eq + 1))) ? `${part.slice(0, eq)}=${REDACTED}` : part;
  });
  return `${url.slice(0, q)}?${parts.join('&')}${rest}`;
}
