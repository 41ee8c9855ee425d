import { entryOutputToSearchParams, type EntryOutputQuery } from '@dualcarbon/domain';
import type { Request } from 'express';
import type { AppConfig } from '../config/config';

/** The site's public origin: PUBLIC_URL, else the origin the request came to. */
export function publicOrigin(config: Pick<AppConfig, 'app'>, req: Request): string {
  if (config.app.publicUrl) return config.app.publicUrl;
  const host = req.get('host') ?? 'localhost';
  return `${req.protocol}://${host}`;
}

export interface Citation {
  text: string;
  /** The API URL that reproduces the export. */
  url: string;
  generatedAt: string;
}

/** "dualcarbon (2026). China carbon-neutrality policy tracker … Retrieved 2026-11-29 from <url>" */
export function citation(origin: string, path: string, output: EntryOutputQuery, now = new Date()): Citation {
  const query = entryOutputToSearchParams(output).toString();
  const url = `${origin}${path}${query ? `?${query}` : ''}`;
  const day = now.toISOString().slice(0, 10);
  return {
    // ASCII only (the query stays percent-encoded in the URL), so it fits an HTTP header too.
    text: `dualcarbon (${now.getUTCFullYear()}). Open bilingual tracker of China's carbon-neutrality policies: entries export. Retrieved ${day} from ${url}`,
    url,
    generatedAt: now.toISOString(),
  };
}
