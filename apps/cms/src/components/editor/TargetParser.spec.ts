import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createAppI18n } from '@/i18n';
import TargetParser from './TargetParser.vue';

const settle = async () => {
  await new Promise((r) => setTimeout(r, 300)); // read 250 ms after typing stops
  await flushPromises();
};
const mountParser = (props: Record<string, unknown> = {}) =>
  mount(TargetParser, { props: { id: 'p', ...props }, global: { plugins: [createPinia(), createAppI18n('en')] } });

describe('target parser', () => {
  it('reads every target of a pasted paragraph, and adds the ticked ones with one click', async () => {
    const w = mountParser();
    await w
      .find('[data-testid="parse-sentence"]')
      .setValue('到2025年，非化石能源消费比重提高至13%左右，单位地区生产总值能源消耗比2020年下降14.5%。到2030年，非化石能源消费比重提高至20%左右。');
    await settle();
    expect(w.findAll('.suggestion')).toHaveLength(3);
    await w.findAll('.suggestion input[type="checkbox"]')[2].setValue(false);
    expect(w.find('[data-testid="add-parsed"]').text()).toBe('Add 2 targets');
    await w.find('[data-testid="add-parsed"]').trigger('click');
    expect((w.emitted('add')?.[0]?.[0] as Array<{ metric: string; targetYear: number }>).map((x) => [x.metric, x.targetYear])).toEqual([
      ['non_fossil_share', 2025],
      ['energy_intensity', 2025],
    ]);
    expect((w.find('[data-testid="parse-sentence"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('suggests every target of a plan sentence, as the portal will read it, and adds them', async () => {
    const w = mount(TargetParser, { props: { id: 'tp' }, global: { plugins: [createPinia(), createAppI18n('zh')] } });
    await w
      .find('[data-testid="parse-sentence"]')
      .setValue(
        '到2025年，非化石能源消费比重力争达到32%以上，单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达指标；到2030年，风电和光伏发电装机容量达到7400万千瓦以上，确保2030年前实现碳达峰。',
      );
    await settle();
    const lines = w.findAll('.suggestion').map((s) => s.text());
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('非化石能源消费比重: 到2025年力争达到32%以上');
    expect(lines[1]).toContain('到2025年完成国家下达指标');
    expect(lines[3]).toContain('到2030年达到7400万千瓦以上');
    expect(lines[4]).toContain('2030年前达峰');
    await w.find('[data-testid="add-parsed"]').trigger('click');
    const [added] = w.emitted('add')!;
    expect((added[0] as object[]).map((t) => (t as { comparison: string }).comparison)).toEqual(['share', 'assigned', 'assigned', 'capacity', 'peak']);
    expect((added[0] as Array<Record<string, unknown>>)[0]).toMatchObject({ value: 32, qualifier: 'at_least', strive: true, sourceLanguage: 'zh' });
  });

  it('reads the Chinese A、B分别…X、Y pairing right', async () => {
    const w = mountParser();
    await w.find('[data-testid="parse-sentence"]').setValue('到2025年，单位地区生产总值能源消耗、二氧化碳排放分别比2020年下降14.5%、20.5%');
    await settle();
    const lines = w.findAll('.suggestion').map((s) => s.text());
    expect(lines[0]).toMatch(/^Energy intensity.*: a reduction of 14\.5% vs 2020 by 2025/);
    expect(lines[1]).toMatch(/^Carbon intensity.*: a reduction of 20\.5% vs 2020 by 2025/);
  });

  it('says when only the year is missing and offers the previous clause’s year', async () => {
    const w = mountParser({ previousYear: 2025 });
    await w.find('[data-testid="parse-sentence"]').setValue('单位地区生产总值二氧化碳排放比2020年下降20.5%。');
    await settle();
    const missing = w.find('[data-testid="parse-missing-year"]');
    expect(missing.text()).toContain('but the sentence has no target year');
    expect(missing.text()).toContain('20.5%');
    expect(w.text()).not.toContain('No target found');
    await missing.get('button').trigger('click');
    expect(w.find('.suggestion').text()).toContain('2025');
    await w.find('[data-testid="add-parsed"]').trigger('click');
    expect(w.emitted('add')?.[0]?.[0]).toEqual([expect.objectContaining({ metric: 'carbon_intensity', targetYear: 2025, value: 20.5, baseYear: 2020 })]);
  });
});
