import { entryQueryToSearchParams, type EntryFilters } from '@dualcarbon/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { SearchService } from '../search/search.service';
import { atomFeed } from './atom';

/** Entries per feed: the latest by publication time. */
export const FEED_SIZE = 50;

@Injectable()
export class FeedsService {
  constructor(
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
  ) {}

  /** Atom feed of the newest published entries matching the filters. */
  async atom(filters: EntryFilters, res: Response): Promise<string> {
    const { keys } = await this.search.orderedKeys(filters, 'published', FEED_SIZE);
    const rows = await this.search.rowsByKeys(keys);
    const origin = this.config.app.siteUrl;
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    const query = entryQueryToSearchParams(filters).toString();
    const suffix = query ? `?${query}` : '';
    return atomFeed(
      {
        self: `${origin}/api/feeds/entries.atom${suffix}`,
        alternate: `${origin}/en/entries${suffix}`,
        portalUrl: origin,
        title: `dualcarbon: new entries${query ? ` (${decodeURIComponent(query).replace(/&/g, ', ')})` : ''}`,
        now: new Date(),
      },
      rows,
    );
  }
}
