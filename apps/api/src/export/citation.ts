import { entryOutputToSearchParams, type EntryOutputQuery } from '@dualcarbon/domain';

export interface Citation {
  text: string;
  /** The API URL that reproduces the export. */
  url: string;
  generatedAt: string;
}

/** "dualcarbon (2026). China carbon-neutrality policy tracker … Retrieved 2026-11-29 from <url>" */
export function citation(origin: string, path: string, output: EntryOutputQuery, now = new Date()): Citation {
  return exportCitation(origin, path, entryOutputToSearchParams(output), 'entries', now);
}

/** The citation of any export: `what` names it ("entries export", "targets export"); `query` reproduces it. */
export function exportCitation(origin: string, path: string, query: URLSearchParams, what: 'entries' | 'targets', now = new Date()): Citation {
  const qs = query.toString();
  const url = `${origin}${path}${qs ? `?${qs}` : ''}`;
  const day = now.toISOString().slice(0, 10);
  return {
    // ASCII only (the query stays percent-encoded in the URL), so it fits an HTTP header too.
    text: `dualcarbon (${now.getUTCFullYear()}). Open bilingual tracker of China's carbon-neutrality policies: ${what} export. Retrieved ${day} from ${url}`,
    url,
    generatedAt: now.toISOString(),
  };
}
