import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in apps/api/package.json, one level above both src/ and dist/. */
function readVersion(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const API_VERSION = readVersion();
