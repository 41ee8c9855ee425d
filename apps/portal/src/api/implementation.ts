import { ImplementationSchema, type Implementation } from '@dualcarbon/domain';
import { ApiError, getJson } from './http';

export function implementationPath(slug: string): string {
  return `/entries/${encodeURIComponent(slug)}/implementation`;
}

/** `GET /api/entries/:slug/implementation`, read with the domain's own answer schema. */
export async function fetchImplementation(path: string): Promise<Implementation> {
  const parsed = ImplementationSchema.safeParse(await getJson<unknown>(path));
  if (!parsed.success) throw new ApiError('bad_response', `Implementation answer does not match its schema: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
