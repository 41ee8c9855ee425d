import type { EntryFilters, EntryQuery, Sort } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readRows } from '../database/pg-pool';
import { InjectReadDataSource } from '../database/read-data-source';
import { ROWS_BY_KEYS_SQL, toSummary, type EntryRow } from './entry-rows';
import { Lru } from './lru';
import { match, type Facets } from './matcher';
import { keysOf, orderDocs } from './order';
import type { EntrySearchResult } from './search.schemas';
import { titleOrder, type Snapshot } from './snapshot';
import { SnapshotService } from './snapshot.service';
import { highlighter, snippet } from './snippet';
import { findTextHits, type TextHits } from './text-hits';

export interface FilterMatch {
  snapshot: Snapshot;
  /** Matching docs in doc order. */
  docs: Int32Array;
  facets: Facets | null;
  hits: TextHits | null;
}

/**
 * Public search over published entries. Filtering, facet counting, sorting and paging run over the
 * in-memory snapshot; PostgreSQL matches the text (ranked) and returns the rows of the page.
 */
@Injectable()
export class SearchService {
  /** Text hits per (snapshot version, q): refining filters or paging with the same q costs no text query. */
  private readonly textHits = new Lru<Promise<TextHits>>(256);
  /** Matches per (snapshot version, filters): the landing page and repeated pages are counted once. */
  private readonly matches = new Lru<{ docs: Int32Array; facets: Facets | null }>(64);
  /** Whole pages per (snapshot version, query): a popular search costs no query but the version check. */
  private readonly pages = new Lru<Promise<EntrySearchResult>>(64);

  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly snapshots: SnapshotService,
  ) {}

  /** The docs matching the filters (q included), with facet counts when asked. */
  async matchFilters(filters: EntryFilters, withFacets = false, current?: Snapshot): Promise<FilterMatch> {
    const snapshot = current ?? (await this.snapshots.current());
    const hits = filters.q ? await this.hitsFor(snapshot, filters.q) : null;
    const key = `${snapshot.version}|${withFacets}|${JSON.stringify(filtersKey(filters))}`;
    const { docs, facets } = this.matches.get(key) ?? this.matches.set(key, match(snapshot, filters, hits?.candidates ?? null, withFacets));
    return { snapshot, docs, facets, hits };
  }

  private hitsFor(snapshot: Snapshot, q: string): Promise<TextHits> {
    const key = `${snapshot.version}|${q}`;
    const cached = this.textHits.get(key);
    if (cached) return cached;
    const hits = findTextHits(this.db, snapshot, q);
    hits.catch(() => this.textHits.delete(key));
    return this.textHits.set(key, hits);
  }

  private async ordered(snapshot: Snapshot, docs: Int32Array, sort: Sort | 'published', hits: TextHits | null): Promise<Int32Array> {
    if (sort === 'relevance' && !hits) sort = 'newest';
    if (sort === 'title') await titleOrder(snapshot, (sql) => this.db.query(sql));
    return orderDocs(snapshot, docs, sort, hits ?? undefined);
  }

  /** Search keys of the matching entries in the given order (export, feeds); `limit` keeps the first ones. */
  async orderedKeys(filters: EntryFilters, sort: Sort | 'published', limit?: number): Promise<{ keys: number[]; total: number }> {
    const { snapshot, docs, hits } = await this.matchFilters(filters);
    const ordered = await this.ordered(snapshot, docs, sort, hits);
    return { keys: keysOf(snapshot, limit === undefined ? ordered : ordered.subarray(0, limit)), total: ordered.length };
  }

  async rowsByKeys(keys: number[]): Promise<EntryRow[]> {
    return keys.length ? readRows<EntryRow>(this.db, ROWS_BY_KEYS_SQL, [keys], { prepared: true }) : [];
  }

  /** `seenVersion`: the snapshot version already read for this request, if any (see EntriesVersionSeen). */
  async search(query: EntryQuery, seenVersion?: string): Promise<EntrySearchResult> {
    const snapshot = await this.snapshots.current(seenVersion);
    // The snapshot version moves with every change to a public row, so a cached page is never stale.
    const key = `${snapshot.version}|${JSON.stringify([...filtersKey(query), query.sort, query.page, query.pageSize, query.facets])}`;
    const cached = this.pages.get(key);
    if (cached) return cached;
    const page = this.searchIn(snapshot, query);
    page.catch(() => this.pages.delete(key));
    return this.pages.set(key, page);
  }

  private async searchIn(current: Snapshot, query: EntryQuery): Promise<EntrySearchResult> {
    const { snapshot, docs, facets, hits } = await this.matchFilters(query, query.facets, current);
    const sort = query.sort === 'relevance' && !hits ? 'newest' : query.sort;
    const ordered = await this.ordered(snapshot, docs, sort, hits);
    const start = (query.page - 1) * query.pageSize;
    const rows = await this.rowsByKeys(keysOf(snapshot, ordered.subarray(start, start + query.pageSize)));
    const re = hits ? highlighter(hits.query) : null;
    const items = rows.map((r) => ({
      ...toSummary(r),
      snippet: hits ? snippet({ titleEn: r.title_en, titleZh: r.title_zh, summaryEn: r.summary_en, summaryZh: r.summary_zh }, hits.query, re) : null,
    }));
    return { items, total: ordered.length, page: query.page, pageSize: query.pageSize, sort, facets };
  }
}

/** The filters that decide a match (sort, paging and facets do not). */
function filtersKey(f: EntryFilters) {
  return [f.q, f.region, f.includeSubregions, f.level, f.sector, f.instrument, f.theme, f.ghg, f.status, f.kind, f.issuer, f.issuedFrom, f.issuedTo, f.hasTargets];
}
