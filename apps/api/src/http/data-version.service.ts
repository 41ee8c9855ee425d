import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { publicDataSignature } from './data-version.queries';

/** How long one reading of the data version is reused before the database is asked again. */
export const DATA_VERSION_TTL_MS = 1000;
/** Results kept at once (least recently used go first); bounds memory when clients vary their queries. */
const MEMO_LIMIT = 256;

export interface DataVersion {
  /** When public data last changed, to the second (HTTP dates have no finer resolution). */
  lastModified: Date;
  /** Changes whenever anything public may have changed; keys in-process caches. */
  tag: string;
}

/**
 * The version of everything the public API serves. The newest `updated_at`/`published_at` of any
 * entry that has ever been published (unpublished and soft-deleted ones too: unpublishing or deleting
 * an entry bumps its `updated_at`, so that is seen as well; never-published drafts are left out), region, taxonomy term or newsletter, read with indexed max() look-ups,
 * plus the version of dc_search.changes (which triggers append to on every change to a public entry
 * row, hard deletes included). Read at most once per second, in the background once a version is
 * known; writers in this process may call `invalidate()` to make their change visible at once.
 * Read from the same (read) database as the data it describes, so a lagging replica never pairs an
 * old body with a new Last-Modified. Kept per process: after a restart Last-Modified is derived from
 * the timestamps again (ETags, which hash the body, stay exact).
 */
@Injectable()
export class DataVersionService {
  private current?: { at: number; value: Promise<DataVersion>; settled: boolean };
  private refreshing = false;
  private last?: { signature: string; version: DataVersion };
  private readonly memos = new Map<string, { tag: string; value: Promise<unknown> }>();

  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  get(): Promise<DataVersion> {
    const now = Date.now();
    const current = this.current;
    if (current && (now - current.at < DATA_VERSION_TTL_MS || !current.settled)) return current.value;
    if (current) {
      // Past its second, the known version is still answered at once while a read runs in the
      // background: readers never queue behind the version query. invalidate() makes the next call wait.
      this.refresh(current);
      return current.value;
    }
    const value = this.read();
    const entry = { at: now, value, settled: false };
    this.current = entry;
    value.then(
      () => (entry.settled = true),
      () => {
        if (this.current === entry) this.current = undefined;
      },
    );
    return value;
  }

  private refresh(stale: NonNullable<DataVersionService['current']>) {
    if (this.refreshing) return;
    this.refreshing = true;
    const next = this.read();
    next
      .then(
        () => {
          if (this.current === stale) this.current = { at: Date.now(), value: next, settled: true };
        },
        () => undefined,
      )
      .finally(() => (this.refreshing = false));
  }

  invalidate(): void {
    this.current = undefined;
  }

  /** `compute()` once per data version: the result is reused until public data changes. */
  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const { tag } = await this.get();
    const hit = this.memos.get(key);
    this.memos.delete(key);
    if (hit?.tag === tag) {
      this.memos.set(key, hit); // most recently used last
      return hit.value as Promise<T>;
    }
    if (this.memos.size >= MEMO_LIMIT) this.memos.delete(this.memos.keys().next().value!);
    const value = compute();
    this.memos.set(key, { tag, value });
    value.catch(() => {
      if (this.memos.get(key)?.value === value) this.memos.delete(key);
    });
    return value;
  }

  private async read(): Promise<DataVersion> {
    const row = await publicDataSignature(this.db);
    const newest = row?.newest ? new Date(row.newest) : new Date(0);
    const signature = `${newest.toISOString()}|${row?.changes ?? ''}`;
    if (this.last?.signature === signature) return this.last.version;
    // Every new version gets a later Last-Modified than the one before, even when the change hides in
    // the same second (HTTP dates have whole seconds) or moves no timestamp at all (a hard delete).
    let lastModified = floorToSecond(newest);
    const previous = this.last?.version.lastModified.getTime();
    if (previous !== undefined && lastModified.getTime() <= previous) lastModified = new Date(previous + 1000);
    const version = { lastModified, tag: signature };
    this.last = { signature, version };
    return version;
  }
}

export const floorToSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
