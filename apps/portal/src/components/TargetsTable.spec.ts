import { beforeAll, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { METRICS, STATIC_TERMS } from '@dualcarbon/domain';
import { loadRegionTable } from '@/lib/regions';
import { useTaxonomyStore } from '@/stores/taxonomy';
import type { Lang } from '@/i18n';
import { createTestI18n } from '@/test/i18n';
import { guizhouDetail } from '@/test/fixtures';
import TargetsTable from './TargetsTable.vue';

// Region kinds (who assigns a target) come from the lazily loaded region table.
beforeAll(() => loadRegionTable());

function render(lang: Lang, jurisdiction = '520000') {
  const pinia = createPinia();
  useTaxonomyStore(pinia).live = STATIC_TERMS; // as if GET /api/taxonomies had answered
  return mount(TargetsTable, {
    props: { targets: guizhouDetail.targets, jurisdiction, jurisdictionName: { en: 'Guizhou', zh: '贵州省' } },
    global: { plugins: [createTestI18n(lang), pinia] },
  });
}

const label = (code: string, lang: Lang) => METRICS.find((m) => m.code === code)![lang];
const cellsOf = (w: ReturnType<typeof render>) => w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));

describe('TargetsTable', () => {
  it('lists each target with metric label, kind, years, value and source sentence', () => {
    const rows = cellsOf(render('en'));
    expect(rows).toHaveLength(5);
    expect(rows[0]![0]).toContain(label('carbon_intensity', 'en'));
    expect(rows[0]![0]).toContain('a reduction of 18% vs 2020 by 2025');
    expect(rows[0]!.slice(1, 5)).toEqual(['Reduction versus base year', '2020', '2025', 'a reduction of 18%']);
    expect(rows[0]![5]).toContain('compared with 2020');
    expect(rows[1]![2]).toBe('—'); // no base year
    expect(rows[1]![4]).toBe('strive to reach at least 31%');
  });

  it('reads peak, "as assigned" and totals over a period naturally', () => {
    const en = cellsOf(render('en'));
    expect(en[2]!.slice(4, 5)).toEqual(['As assigned by the state']);
    expect(en[2]![0]).toContain('As assigned by the state, by 2025');
    expect(en[3]![4]).toBe('Peak before 2030');
    expect(en[4]![4]).toBe('100 billion kWh cumulative 2026–2030');
    const zh = cellsOf(render('zh'));
    expect(zh[1]![4]).toBe('力争达到31%以上');
    expect(zh[2]![4]).toBe('完成国家下达指标');
    expect(zh[3]![4]).toBe('2030年前达峰');
    expect(zh[4]![4]).toBe('2026—2030年累计达到1000亿千瓦时');
    // A city's "as assigned" target is assigned by its province.
    expect(cellsOf(render('zh', '520100'))[2]![4]).toBe('完成省下达指标');
  });

  it('uses Chinese labels on the Chinese site', () => {
    const w = render('zh');
    expect(w.find('thead').text()).toContain('基准年');
    expect(w.find('tbody th').text()).toContain(label('carbon_intensity', 'zh'));
    expect(w.find('tbody th').text()).toContain('到2025年比2020年下降18%');
    expect(w.find('tbody td').text()).toBe('较基准年下降');
  });

  it('hides the region column unless a target is for another place', () => {
    expect(render('en').find('thead').text()).not.toContain('Region');
  });
});
