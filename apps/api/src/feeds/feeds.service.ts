import { entryOutputToSearchParams, entryQueryToSearchParams, type EntryOutputQuery } from '@dualcarbon/domain';
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

  /** Atom feed of the newest published entries matching the filters, in the reader's language. */
  async atom({ filters, lang }: EntryOutputQuery, res: Response): Promise<string> {
    const { keys } = await this.search.orderedKeys(filters, 'published', FEED_SIZE);
    const rows = await this.search.rowsByKeys(keys);
    const origin = this.config.app.siteUrl;
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    const query = entryQueryToSearchParams(filters).toString();
    const self = entryOutputToSearchParams({ filters, lang }).toString();
    const filtered = query ? ` (${decodeURIComponent(query).replace(/&/g, ', ')})` : '';
    return atomFeed(
      {
        self: `${origin}/api/feeds/entries.atom${self ? `?${self}` : ''}`,
        alternate: `${origin}/${lang}/entries${query ? `?${query}` : ''}`,
        portalUrl: origin,
        title: lang === 'zh' ? `dualcarbon：新条目${filtered}` : `dualcarbon: new entries${filtered}`,
        lang,
        now: new Date(),
      },
      rows,
    );
  }
}
