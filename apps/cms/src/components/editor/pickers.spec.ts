import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { EntryListItem } from '@/api/types';
import { useDashboardStore } from '@/stores/dashboard';
import { createAppI18n } from '@/i18n';
import { staticTaxonomies } from '@/lib/terms';
import EntrySearchBox from './EntrySearchBox.vue';
import RegionPicker from './RegionPicker.vue';
import TermPicker from './TermPicker.vue';

const global = { plugins: [createAppI18n('en')] };

describe('region picker', () => {
  it('finds places by Chinese or English name and shows where they sit', async () => {
    const w = mount(RegionPicker, { props: { id: 'r', label: 'Place', modelValue: '' }, global });
    const input = w.find('input[role="combobox"]');
    await input.setValue('深圳');
    const options = w.findAll('[role="option"]');
    expect(options[0].text()).toContain('Shenzhen');
    expect(options[0].text()).toContain('广东省 Guangdong › 深圳市 Shenzhen');
    await input.setValue('shenzhen');
    expect(w.find('[role="option"]').text()).toContain('深圳市');
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['440300']);
  });

  it('shows the chosen place with its hierarchy', () => {
    const w = mount(RegionPicker, { props: { id: 'r', label: 'Place', modelValue: '440300' }, global });
    expect(w.find('[data-testid="region-selected"]').text()).toMatch(/中国 China.*广东省 Guangdong.*深圳市 Shenzhen/);
  });
});

describe('entry search box', () => {
  afterEach(() => vi.useRealTimers());

  it('searches as one types, leaves out excluded entries, and picks with the keys', async () => {
    vi.useFakeTimers();
    const pinia = createPinia();
    setActivePinia(pinia);
    const entry = (id: string, slug: string, en: string) => ({ id, slug, title: { en }, workflowStatus: 'draft' }) as unknown as EntryListItem;
    const lookup = vi
      .spyOn(useDashboardStore(), 'lookup')
      .mockResolvedValue([entry('e1', 'hubei-plan', 'Hubei plan'), entry('e2', 'hunan-plan', 'Hunan plan')]);
    const w = mount(EntrySearchBox, { props: { id: 'q', label: 'Add', exclude: ['hubei-plan'] }, global: { plugins: [...global.plugins, pinia] } });
    const input = w.find('input[role="combobox"]');
    await input.setValue('plan');
    await vi.advanceTimersByTimeAsync(250);
    await flushPromises();
    expect(lookup).toHaveBeenCalledWith('plan');
    expect(w.findAll('[role="option"]').map((o) => o.text())).toEqual(['Hunan planhunan-plan · Draft']);
    expect(input.attributes('aria-expanded')).toBe('true');
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.emitted('pick')?.[0]).toEqual([expect.objectContaining({ id: 'e2' })]);
    expect((input.element as HTMLInputElement).value).toBe('');
    expect(input.attributes('aria-expanded')).toBe('false');
  });
});

describe('term picker', () => {
  it('shows sectors as a tree whose branches fold, and filters in either language', async () => {
    const w = mount(TermPicker, {
      props: { id: 's', legend: 'Sectors', modelValue: ['energy.hydrogen'], terms: staticTaxonomies().sectors, hierarchical: true },
      global,
    });
    expect(w.find('.chips').text()).toContain('Hydrogen');
    expect(w.text()).toContain('Renewable energy');
    await w.find('button.tree-toggle[aria-expanded="true"]').trigger('click');
    expect(w.text()).not.toContain('Renewable energy');
    await w.find('input[type="search"]').setValue('钢铁');
    const rows = w.findAll('.term-picker__row').map((r) => r.text());
    expect(rows.some((r) => r.includes('Iron and steel'))).toBe(true);
    expect(rows.some((r) => r.includes('Industry'))).toBe(true);
    await w
      .findAll('.term-picker__row input[type="checkbox"]')
      .find((c) => c.element.closest('li')?.textContent?.includes('Iron and steel'))!
      .setValue(true);
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([['energy.hydrogen', 'industry.steel']]);
  });
});
