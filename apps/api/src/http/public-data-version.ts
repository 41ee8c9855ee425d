import { createParamDecorator, type ExecutionContext, type INestApplicationContext } from '@nestjs/common';
import type { Request } from 'express';
import { SnapshotService } from '../search/snapshot.service';
import { DataVersionService } from './data-version.service';

/**
 * The version of everything public, for caches of whole answers: the search snapshot's version
 * (read fresh for every request, so a published or withdrawn entry shows at once) with the HTTP
 * data version (regions, taxonomies, newsletters; re-read at most once a second, at once after a
 * change made in this process).
 */
export function publicDataVersion(app: INestApplicationContext): (req: Request) => Promise<string> {
  const data = app.get(DataVersionService, { strict: false });
  const entries = app.get(SnapshotService, { strict: false });
  return async (req) => {
    const [d, e] = await Promise.all([data.get(), entries.version()]);
    (req as Seen)[ENTRIES_VERSION] = e;
    return `${d.tag}|${e}`;
  };
}

const ENTRIES_VERSION = Symbol('entriesVersion');
type Seen = { [ENTRIES_VERSION]?: string };

/**
 * The search snapshot's version as read for this request (after it arrived) by the cache of whole
 * answers, or undefined: a search handler can use it instead of asking the database a second time.
 */
export const EntriesVersionSeen = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  (ctx.switchToHttp().getRequest<Request>() as Seen)[ENTRIES_VERSION]);
