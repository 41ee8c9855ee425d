import { createParamDecorator, type ExecutionContext, type INestApplicationContext } from '@nestjs/common';
import type { Request } from 'express';
import type { RequestVersion } from '../search/request-version';
import { SnapshotService } from '../search/snapshot.service';
import { DataVersionService } from './data-version.service';

/** The version of everything public for one request, as the cache of whole answers sees it. */
export interface PublicVersion {
  /** The version now (reads the entries' version unless the route has already taken one). */
  read(): Promise<string>;
  /** The version the route made its answer at, once it is known (starts no read). */
  settled(): Promise<string>;
}

/**
 * The version of everything public, for caches of whole answers: the search snapshot's version
 * (read fresh for every request, so a published or withdrawn entry shows at once) with the HTTP
 * data version (regions, taxonomies, newsletters; re-read at most once a second, at once after a
 * change made in this process).
 */
export function publicDataVersion(app: INestApplicationContext): (req: Request) => PublicVersion {
  const data = app.get(DataVersionService, { strict: false });
  const entries = app.get(SnapshotService, { strict: false });
  return (req) => {
    const entriesVersion = entries.requestVersion();
    (req as Seen)[ENTRIES_VERSION] = entriesVersion;
    const full = (e: Promise<string>) => Promise.all([data.get(), e]).then(([d, v]) => `${d.tag}|${v}`);
    return { read: () => full(entriesVersion.get()), settled: () => full(entriesVersion.settled) };
  };
}

/** Routes whose answer is made at exactly the version handed to them (EntriesVersionSeen), so they may start before it is read. */
export const ROUTES_TAKING_SEEN_VERSION = ['/api/entries'];

const ENTRIES_VERSION = Symbol('entriesVersion');
type Seen = { [ENTRIES_VERSION]?: RequestVersion };

/**
 * The search snapshot's version for this request, as the cache of whole answers holds it (read after
 * the request arrived, or to be supplied by the search), or undefined without that cache: the search
 * takes its version from here, so the answer is kept under the version it was made at.
 */
export const EntriesVersionSeen = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestVersion | undefined => (ctx.switchToHttp().getRequest<Request>() as Seen)[ENTRIES_VERSION],
);
