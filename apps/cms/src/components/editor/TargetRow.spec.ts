import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { TargetInput } from '@dualcarbon/domain';
import { createAppI18n } from '@/i18n';
import { useEntryEditorStore } from '@/stores/entryEditor';
import TargetRow from './TargetRow.vue';

/** Mounts the row for one target of a provincial entry; exact and firm unless it says otherwise. */
const mountRow = (target: Omit<TargetInput, 'qualifier' | 'strive'> & Partial<TargetInput>, lang: 'en' | 'zh' = 'en') => {
  const store = useEntryEditorStore();
  store.form.level = 'provincial';
  store.form.targets = [{ qualifier: 'exact', strive: false, ...target }];
  const w = mount(TargetRow, { props: { index: 0, count: 1 }, global: { plugins: [createAppI18n(lang)] }, attachTo: document.body });
  return { w, store };
};
const select = (w: ReturnType<typeof mount>, field: string) => w.find<HTMLSelectElement>(`#f-targets-0-${field}`);
const has = (w: ReturnType<typeof mount>, field: string) => w.find(`#f-targets-0-${field}`).exists();

beforeEach(() => setActivePinia(createPinia()));

describe('target row', () => {
  it('hides value, unit, base year and period for an "as assigned" target and clears them', async () => {
    const { w, store } = mountRow({ metric: 'energy_intensity', comparison: 'reduction', targetYear: 2025, value: 13.5, unit: '%', baseYear: 2020 });
    expect(['value', 'valueMax', 'unit', 'baseYear', 'cumulativeFrom', 'qualifier'].every((f) => has(w, f))).toBe(true);
    await select(w, 'comparison').setValue('assigned');
    expect(['value', 'valueMax', 'unit', 'baseYear', 'cumulativeFrom', 'qualifier'].some((f) => has(w, f))).toBe(false);
    expect(store.form.targets[0]).toEqual({ metric: 'energy_intensity', comparison: 'assigned', targetYear: 2025, qualifier: 'exact', strive: false });
    expect(w.find('[data-testid="target-0-reads"]').text()).toBe('Reads: As assigned by the state, by 2025');
  });

  it('offers "before" only for peak and neutrality, and reads the milestone', async () => {
    const { w, store } = mountRow({ metric: '', comparison: 'share', targetYear: 2030, value: 32, unit: '%' });
    expect(
      select(w, 'qualifier')
        .findAll('option')
        .map((o) => o.element.value),
    ).not.toContain('before');
    await select(w, 'comparison').setValue('peak');
    expect(store.form.targets[0]).toMatchObject({ metric: 'co2_emissions', comparison: 'peak', qualifier: 'before' });
    expect(store.form.targets[0]).not.toHaveProperty('value');
    expect(
      select(w, 'qualifier')
        .findAll('option')
        .map((o) => o.element.value),
    ).toEqual(['exact', 'before']);
    await w.find('#f-targets-0-strive').setValue(true);
    expect(w.find('[data-testid="target-0-reads"]').text()).toBe('Reads: Strive to peak before 2030');
  });

  it('converts a value typed in Chinese units to the metric’s unit', async () => {
    const { w, store } = mountRow(
      { metric: 'wind_solar_capacity', comparison: 'capacity', targetYear: 2030, value: 7400, unit: '万千瓦', qualifier: 'at_least', strive: true },
      'zh',
    );
    expect(w.find('.target-row__convert').text()).toContain('7400 万千瓦 按指标单位为 74 GW');
    await w.find('.target-row__convert button').trigger('click');
    expect(store.form.targets[0]).toMatchObject({ value: 74, unit: 'GW' });
    expect(w.find('.target-row__convert').exists()).toBe(false);
    expect(w.find('[data-testid="target-0-reads"]').text()).toBe('读作：到2030年力争达到7400万千瓦以上');
  });

  it('keeps the total over a period', async () => {
    const { w, store } = mountRow({ metric: 're_electricity_export', comparison: 'capacity', targetYear: 2030, value: 1e11, unit: 'kWh' });
    await w.find('#f-targets-0-cumulativeFrom').setValue('2026');
    expect(store.form.targets[0].cumulativeFrom).toBe(2026);
    expect(w.find('[data-testid="target-0-reads"]').text()).toBe('Reads: 100 billion kWh cumulative 2026–2030');
  });
});
