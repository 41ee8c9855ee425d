import { type EntryFilters, type EntryQuery, type EntrySearchResult, implementedBy, type Sort } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { implementerPlaces } from '../entries/implementation.queries';
import { InjectReadDataSource } from '../database/read-data-source';
import { readEntryRows, toSummary, type EntryRow } from './entry-rows';
import { LRUCache } from 'lru-cache';
import type { RequestVersion } from './request-version';
import { match, type Facets } from './matcher';
import { keysOf, orderDocs } from './order';
import { titleOrder, type Snapshot } from './snapshot';
import { SnapshotService } from './snapshot.service';
import { highlighter, snippet } from './snippet';
import { readTextMatch, textHitsOf, type TextHits, type TextMatch } from './text-hits';
import { parseTextQuery } from './text-query';

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
  private readonly textHits = new LRUCache<string, Promise<TextHits>>({ max: 256 });
  /**
   * Matches per (snapshot version, filters): the landing page, further pages and other sort orders of a
   * search are matched and counted once. Bounded by size (a broad match holds 100k docs, a narrow one few).
   */
  private readonly matches = new LRUCache<string, { docs: Int32Array; facets: Facets | null }>({
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: ({ docs, facets }) => 256 + docs.byteLength + (facets ? 64 * Object.values(facets).reduce((n, list) => n + list.length, 0) : 0),
  });
  /** Whole pages per (snapshot version, query): a popular search costs no query but the version check. */
  private readonly pages = new LRUCache<string, Promise<EntrySearchResult>>({ max: 64 });

  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly snapshots: SnapshotService,
  ) {}

  /**
   * The docs matching the filters (q included), with facet counts when asked. `early`: a text match
   * for filters.q started before the snapshot was known (see search()).
   */
  async matchFilters(filters: EntryFilters, withFacets = false, current?: Snapshot, early?: Promise<TextMatch>): Promise<FilterMatch> {
    const snapshot = current ?? (await this.snapshots.current());
    const hits = filters.q ? await this.hitsFor(snapshot, filters.q, early) : null;
    const key = `${snapshot.version}|${withFacets}|${JSON.stringify(filtersKey(filters))}`;
    let found = this.matches.get(key);
    if (!found) this.matches.set(key, (found = match(snapshot, filters, hits?.candidates ?? null, withFacets)));
    return { snapshot, docs: found.docs, facets: found.facets, hits };
  }

  private hitsFor(snapshot: Snapshot, q: string, early?: Promise<TextMatch>): Promise<TextHits> {
    const key = `${snapshot.version}|${q}`;
    const cached = this.textHits.get(key);
    if (cached) return cached;
    const read = async () => {
      const m = await early?.catch(() => undefined);
      // An early match ran beside the version read: it counts only if its statement saw that very version.
      const usable = m && (m.version === snapshot.version || m.version === null);
      return textHitsOf(snapshot, usable ? m : await readTextMatch(this.db, parseTextQuery(q)));
    };
    const hits = read();
    hits.catch(() => this.textHits.delete(key));
    this.textHits.set(key, hits);
    return hits;
  }

  /**
   * A text match for q started at once, before the snapshot is known, unless q is already matched on
   * the latest snapshot: a fresh query then needs no separate version read (see search()).
   */
  private earlyTextMatch(q: string): Promise<TextMatch> | undefined {
    const latest = this.snapshots.latest();
    if (latest && this.textHits.has(`${latest.version}|${q}`)) return undefined;
    const m = readTextMatch(this.db, parseTextQuery(q));
    m.catch(() => undefined); // unused when the page turns out cached; hitsFor reports its own errors
    return m;
  }

  private async ordered(snapshot: Snapshot, docs: Int32Array, sort: Sort | 'published', hits: TextHits | null): Promise<Int32Array> {
    if (sort === 'relevance' && !hits) sort = 'newest';
    if (sort === 'title') await titleOrder(snapshot, this.db);
    return orderDocs(snapshot, docs, sort, hits ?? undefined);
  }

  /** Search keys of the matching entries in the given order (export, feeds); `limit` keeps the first ones. */
  async orderedKeys(filters: EntryFilters, sort: Sort | 'published', limit?: number): Promise<{ keys: number[]; total: number }> {
    const { snapshot, docs, hits } = await this.matchFilters(filters);
    const ordered = await this.ordered(snapshot, docs, sort, hits);
    return { keys: keysOf(snapshot, limit === undefined ? ordered : ordered.subarray(0, limit)), total: ordered.length };
  }

  async rowsByKeys(keys: number[]): Promise<EntryRow[]> {
    return keys.length ? readEntryRows(this.db, keys) : [];
  }

  /** `version`: this request's snapshot version as the cache of whole answers holds it (see EntriesVersionSeen). */
  async search(query: EntryQuery, version?: RequestVersion): Promise<EntrySearchResult> {
    const early = query.q ? this.earlyTextMatch(query.q) : undefined;
    let seen: string | undefined;
    if (version) {
      // A fresh text match read the version in its own statement, after the request arrived: it can be the request's.
      const m = await early?.catch(() => undefined);
      if (m?.version) version.supply(m.version);
      seen = await version.get();
    }
    const snapshot = await this.snapshots.current(seen);
    // The snapshot version moves with every change to a public row, so a cached page is never stale.
    const key = `${snapshot.version}|${JSON.stringify([...filtersKey(query), query.sort, query.page, query.pageSize, query.facets])}`;
    const cached = this.pages.get(key);
    if (cached) return cached;
    const page = this.searchIn(snapshot, query, early);
    page.catch(() => this.pages.delete(key));
    this.pages.set(key, page);
    return page;
  }

  private async searchIn(current: Snapshot, query: EntryQuery, early?: Promise<TextMatch>): Promise<EntrySearchResult> {
    const { snapshot, docs, facets, hits } = await this.matchFilters(query, query.facets, current, early);
    const sort = query.sort === 'relevance' && !hits ? 'newest' : query.sort;
    const ordered = await this.ordered(snapshot, docs, sort, hits);
    const start = (query.page - 1) * query.pageSize;
    const keys = keysOf(snapshot, ordered.subarray(start, start + query.pageSize));
    // Beside the page's rows, in parallel: who implements the documents on it (relation changes move the version too).
    const [rows, places] = await Promise.all([this.rowsByKeys(keys), implementerPlaces(this.db, keys)]);
    const hl = hits ? highlighter(hits.query) : null;
    const items = rows.map((r) => ({
      ...toSummary(r),
      snippet: hits ? snippet({ titleEn: r.title_en, titleZh: r.title_zh, summaryEn: r.summary_en, summaryZh: r.summary_zh }, hits.query, hl) : null,
      implementedBy: implementedBy(places.get(r.slug) ?? []),
    }));
    return { items, total: ordered.length, page: query.page, pageSize: query.pageSize, sort, facets };
  }
}

/** The filters that decide a match (sort, paging and facets do not). */
function filtersKey(f: EntryFilters) {
  return [
    f.q,
    f.region,
    f.includeSubregions,
    f.level,
    f.sector,
    f.instrument,
    f.theme,
    f.ghg,
    f.status,
    f.kind,
    f.issuer,
    f.issuedFrom,
    f.issuedTo,
    f.hasTargets,
    f.targetMetric,
    f.targetYear,
  ];
}
