import type { INestApplicationContext } from '@nestjs/common';
import { SnapshotService } from '../search/snapshot.service';
import { DataVersionService } from './data-version.service';

/**
 * The version of everything public, for caches of whole answers: the search snapshot's version
 * (read fresh for every request, so a published or withdrawn entry shows at once) with the HTTP
 * data version (regions, taxonomies, newsletters; re-read at most once a second, at once after a
 * change made in this process).
 */
export function publicDataVersion(app: INestApplicationContext): () => Promise<string> {
  const data = app.get(DataVersionService, { strict: false });
  const entries = app.get(SnapshotService, { strict: false });
  return async () => {
    const [d, e] = await Promise.all([data.get(), entries.version()]);
    return `${d.tag}|${e}`;
  };
}
