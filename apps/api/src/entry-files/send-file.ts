import type { EntryFile } from '@dualcarbon/domain';
import type { Response } from 'express';

/** `Repr-Digest` (RFC 9530) of a SHA-256 given in hex: `sha-256=:<base64>:`. */
export const reprDigest = (sha256Hex: string) => `sha-256=:${Buffer.from(sha256Hex, 'hex').toString('base64')}:`;

/**
 * Sends a stored file as a download: its own type, its uploaded name (RFC 6266, UTF-8 names included), its
 * checksum, and no transformation on the way (compression would change the bytes the digest is about).
 */
export function sendFile(res: Response, file: EntryFile & { bytes: Buffer }): void {
  res.attachment(file.name);
  res.setHeader('Content-Type', file.mediaType);
  res.setHeader('Content-Length', String(file.bytes.length));
  res.setHeader('Cache-Control', 'private, no-store, no-transform');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Repr-Digest', reprDigest(file.sha256));
  res.setHeader('ETag', `"${file.sha256}"`);
  res.end(file.bytes);
}
