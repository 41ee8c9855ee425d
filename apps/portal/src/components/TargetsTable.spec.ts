import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { METRICS } from '@dualcarbon/domain';
import { createAppI18n, type Lang } from '@/i18n';
import { guizhouDetail } from '@/test/fixtures';
import TargetsTable from './TargetsTable.vue';

function render(lang: Lang) {
  return mount(TargetsTable, {
    props: { targets: guizhouDetail.targets, jurisdiction: '520000', jurisdictionName: { en: 'Guizhou', zh: '贵州省' } },
    global: { plugins: [createAppI18n(lang), createPinia()] },
  });
}

const label = (code: string, lang: Lang) => METRICS.find((m) => m.code === code)![lang];

describe('TargetsTable', () => {
  it('lists each target with metric label, comparison, years, value and source sentence', () => {
    const rows = render('en').findAll('tbody tr');
    expect(rows).toHaveLength(2);
    const cells = rows[0]!.findAll('th, td').map((c) => c.text());
    expect(cells[0]).toContain(label('carbon_intensity', 'en'));
    expect(cells[0]).toContain('−18% vs 2020 by 2025');
    expect(cells.slice(1, 5)).toEqual(['Reduction versus base year', '2020', '2025', '−18%']);
    expect(cells[5]).toContain('compared with 2020');

    const second = rows[1]!.findAll('th, td').map((c) => c.text());
    expect(second[2]).toBe('—'); // no base year
    expect(second[4]).toBe('≥ 31%');
    expect(rows[1]!.find('td.value').attributes('title')).toBe('at least');
  });

  it('uses Chinese labels on the Chinese site', () => {
    const w = render('zh');
    expect(w.find('thead').text()).toContain('基准年');
    expect(w.find('tbody th').text()).toContain(label('carbon_intensity', 'zh'));
    expect(w.find('tbody td').text()).toBe('较基准年下降');
  });

  it('hides the region column unless a target is for another place', () => {
    expect(render('en').find('thead').text()).not.toContain('Region');
  });
});
