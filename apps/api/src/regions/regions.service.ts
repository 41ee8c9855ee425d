import { type RegionNode, type RegionPage } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReadDataSource } from '../database/read-data-source';
import { NotFoundError, REGION_NOT_FOUND } from '../common/errors';
import { DataVersionService } from '../http/data-version.service';
import { findTargets } from '../targets/targets.queries';
import { latestEntries } from './latest-entries';
import { RegionDirectory, publicTree } from './region-tree';
import { countBySectorAndYear, type SectorTerm } from './region-facets';
import { allRegions, publishedCountsByJurisdiction, sectorTerms } from './regions.queries';
import type { RegionTreeQuery } from './regions.schemas';

const LATEST = 10;
const PAGE_TARGETS = 100;

/** The region tree with published-entry counts, and region pages. */
@Injectable()
export class RegionsService {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly version: DataVersionService,
  ) {}

  /** Regions with counts; one grouped scan of published entries, reused until public data changes. */
  directory(): Promise<RegionDirectory> {
    return this.version.memo('regions:directory', async () => {
      const [regions, counts] = await Promise.all([allRegions(this.db), publishedCountsByJurisdiction(this.db)]);
      return new RegionDirectory(regions, new Map(counts.map((c) => [c.code, c.n])));
    });
  }

  async tree({ all }: RegionTreeQuery): Promise<RegionNode> {
    const { root } = await this.directory();
    if (!root) throw new NotFoundError(REGION_NOT_FOUND, 'No regions are loaded');
    return publicTree(root, { all });
  }

  /** Reused until public data changes (see DataVersionService.memo). */
  async page(code: string): Promise<RegionPage> {
    // Only known codes reach the memo, so arbitrary URLs cannot fill it.
    if (!(await this.directory()).get(code)) throw new NotFoundError(REGION_NOT_FOUND, `No region has the code "${code}"`);
    return this.version.memo(`regions:page:${code}`, () => this.build(code));
  }

  private async build(code: string): Promise<RegionPage> {
    const directory = await this.directory();
    const region = directory.get(code);
    if (!region) throw new NotFoundError(REGION_NOT_FOUND, `No region has the code "${code}"`);
    // The national page is about national entries (CN's own); a province's or city's includes its subregions.
    const national = region.kind === 'country';
    const scope = national ? [code] : directory.descendantCodes(code);
    const sectors = await this.sectors();
    const [facets, latest, targets] = await Promise.all([
      countBySectorAndYear(this.db, scope, sectors),
      latestEntries(this.db, scope, LATEST),
      findTargets(this.db, { jurisdictions: [code], limit: PAGE_TARGETS }),
    ]);
    const { parent, count, ownCount, code: c, kind, en, zh, enShort, zhShort } = region;
    return {
      region: { code: c, kind, en, zh, enShort, zhShort, parent, count, ownCount },
      total: national ? ownCount : count,
      includesSubregions: !national,
      ancestors: directory.ancestorsOf(code).map(({ code, kind, en, zh, enShort, zhShort }) => ({ code, kind, en, zh, enShort, zhShort })),
      ...facets,
      latest,
      targets: targets.rows,
      targetTotal: targets.total,
      // CN lists its provinces; a province its cities (zones nested); a city its zones.
      children: publicTree(region, { all: true, depth: region.kind === 'country' ? 1 : 2 }).children,
    };
  }

  private sectors(): Promise<SectorTerm[]> {
    return this.version.memo('regions:sectors', () => sectorTerms(this.db));
  }
}
