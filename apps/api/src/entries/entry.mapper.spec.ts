import { EntryInputSchema } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import type { EntryEntity, RegionEntity } from '../database/entities';
import { toEntryData, toPublicEntry, toRows, type EntryChildren } from './entry.mapper';

const data = EntryInputSchema.parse({
  kind: 'policy',
  slug: 'round-trip-plan',
  title: { en: 'Round Trip Plan', zh: '往返方案' },
  summary: { zh: '摘要' },
  keyPoints: [{ en: 'One' }, { zh: '二' }],
  publisher: 'Someone',
  issuingBodies: ['ndrc'],
  jurisdiction: '440300',
  level: 'city',
  sectors: ['energy.hydrogen'],
  instrumentType: 'action_plan',
  themes: ['hydrogen'],
  ghgs: ['co2'],
  issuedOn: '2023-05-01',
  documentNumber: '深府〔2023〕5号',
  periodFrom: 2023,
  periodTo: 2030,
  sources: [{ url: 'https://example.org/a', language: 'en' }],
  targets: [
    {
      metric: 'hydrogen_refueling_stations',
      targetYear: 2025,
      value: 10,
      valueMax: 12,
      unit: 'stations',
      comparison: 'count',
      qualifier: 'at_least',
      strive: true,
    },
    { metric: 'co2_emissions', targetYear: 2030, comparison: 'peak', qualifier: 'before' },
    { metric: 'energy_intensity', targetYear: 2025, comparison: 'assigned' },
    { metric: 're_electricity_export', targetYear: 2030, value: 1e11, unit: 'kWh', comparison: 'capacity', cumulativeFrom: 2026 },
  ],
  observations: [
    { metric: 'ghg_emissions_total', jurisdiction: 'CN', year: 2017, value: 11550, unit: 'Mt CO₂e', qualifier: 'about', sourceTitle: 'Inventory' },
  ],
  relations: [{ type: 'implements', target: 'national-plan' }],
  newsletter: [{ issue: 1, section: 'subnational_updates', order: 3 }],
});

/** What the database hands back for the rows toRows produced. */
function stored(): { entry: EntryEntity; children: EntryChildren } {
  const rows = toRows(data);
  const at = new Date('2024-01-02T03:04:05Z');
  const entry = { ...rows.entry, id: 'id-1', publishedAt: at, updatedAt: at } as unknown as EntryEntity;
  const withIds = <T>(list: T[]) => list.map((r, i) => ({ ...r, id: String(i), entryId: 'id-1' })) as never;
  return {
    entry,
    children: {
      targets: withIds(rows.targets),
      observations: withIds(rows.observations),
      sources: withIds(rows.sources),
      relations: withIds(rows.relations),
      placements: withIds(rows.placements),
    },
  };
}

describe('entry mapper', () => {
  it('round-trips EntryData through rows', () => {
    const { entry, children } = stored();
    expect(toEntryData(entry, children)).toEqual(data);
  });

  it('leaves missing optional fields out rather than null', () => {
    const { entry, children } = stored();
    const json = JSON.parse(JSON.stringify(toEntryData(entry, children)));
    expect(json.summary).toEqual({ zh: '摘要' });
    expect(json).not.toHaveProperty('effectiveOn');
    expect(json.targets[0]).not.toHaveProperty('baseYear');
    expect(json.targets[1]).toEqual({ metric: 'co2_emissions', targetYear: 2030, comparison: 'peak', qualifier: 'before', strive: false });
  });

  it('adds id, timestamps and the region names for the public view', () => {
    const { entry, children } = stored();
    const region = {
      code: '440300',
      parentCode: '440000',
      kind: 'city',
      nameEn: 'Shenzhen City',
      nameZh: '深圳市',
      shortEn: 'Shenzhen',
      shortZh: '深圳',
    } as RegionEntity;
    expect(toPublicEntry(entry, children, region)).toMatchObject({
      id: 'id-1',
      publishedAt: '2024-01-02T03:04:05.000Z',
      region: { code: '440300', parent: '440000', kind: 'city', en: 'Shenzhen City', zh: '深圳市', enShort: 'Shenzhen', zhShort: '深圳' },
    });
  });
});
