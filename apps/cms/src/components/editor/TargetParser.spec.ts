import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createAppI18n } from '@/i18n';
import TargetParser from './TargetParser.vue';

describe('target parser', () => {
  it('says when only the year is missing and offers the previous clause’s year', async () => {
    const w = mount(TargetParser, { props: { id: 'p', previousYear: 2025 }, global: { plugins: [createPinia(), createAppI18n('en')] } });
    await w.find('[data-testid="parse-sentence"]').setValue('单位地区生产总值二氧化碳排放比2020年下降20.5%。');
    await w.find('form').trigger('submit');
    const missing = w.find('[data-testid="parse-missing-year"]');
    expect(missing.text()).toContain('but the sentence has no target year');
    expect(missing.text()).toContain('20.5%');
    expect(w.text()).not.toContain('No target found');
    await missing.get('button').trigger('click');
    expect(w.find('.suggestion').text()).toContain('2025');
    await w.find('.suggestion button').trigger('click');
    expect(w.emitted('add')?.[0]?.[0]).toEqual([expect.objectContaining({ metric: 'carbon_intensity', targetYear: 2025, value: 20.5, baseYear: 2020 })]);
  });
});
