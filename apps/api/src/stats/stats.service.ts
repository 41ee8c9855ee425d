import { type Stats } from '@dualcarbon/domain';
import type { EntryFilters } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import type { Csr, Dict } from '../search/snapshot';
import { SearchService } from '../search/search.service';

const byCount = (a: { code: string; count: number }, b: { code: string; count: number }) => b.count - a.count || a.code.localeCompare(b.code);

function list(dict: Dict, counts: Int32Array, keep: (code: string) => boolean = () => true) {
  const out: { code: string; count: number }[] = [];
  counts.forEach((count, id) => {
    if (id > 0 && count > 0 && keep(dict.values[id])) out.push({ code: dict.values[id], count });
  });
  return out.sort(byCount);
}

/** Counts over the entries matching the filters (all of them applied), from the search snapshot. */
@Injectable()
export class StatsService {
  constructor(private readonly search: SearchService) {}

  async stats(filters: EntryFilters): Promise<Stats> {
    const { snapshot: s, docs } = await this.search.matchFilters(filters);
    const years = new Int32Array(s.dicts.year.values.length);
    const sectors = new Int32Array(s.dicts.sector.values.length);
    const levels = new Int32Array(s.dicts.level.values.length);
    const regions = new Int32Array(s.dicts.region.values.length);
    const addAll = (field: Csr, counts: Int32Array, d: number) => {
      for (let i = field.offsets[d]; i < field.offsets[d + 1]; i++) counts[field.values[i]]++;
    };
    let undated = 0;
    for (const d of docs) {
      if (s.year[d]) years[s.year[d]]++;
      else undated++;
      addAll(s.sector, sectors, d);
      levels[s.level[d]]++;
      regions[s.province[d]]++;
    }
    return {
      total: docs.length,
      undated,
      byYear: list(s.dicts.year, years)
        .map((y) => ({ year: Number(y.code), count: y.count }))
        .sort((a, b) => a.year - b.year),
      bySector: list(s.dicts.sector, sectors),
      byLevel: list(s.dicts.level, levels),
      byProvince: list(s.dicts.region, regions, (code) => code !== 'CN'),
    };
  }
}
