import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createAppI18n } from '@/i18n';
import TargetParser from './TargetParser.vue';

beforeEach(() => setActivePinia(createPinia()));

describe('target parser (paste a sentence)', () => {
  it('suggests every target of a plan sentence, as the portal will read it, and adds them', async () => {
    const w = mount(TargetParser, { props: { id: 'tp' }, global: { plugins: [createAppI18n('zh')] } });
    await w.find('[data-testid="parse-sentence"]').setValue('到2025年，非化石能源消费比重力争达到32%以上，单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达指标；到2030年，风电和光伏发电装机容量达到7400万千瓦以上，确保2030年前实现碳达峰。');
    await w.find('form').trigger('submit');
    const lines = w.findAll('.suggestion').map((s) => s.text());
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('非化石能源消费比重: 到2025年力争达到32%以上');
    expect(lines[1]).toContain('到2025年完成国家下达指标');
    expect(lines[3]).toContain('到2030年达到7400万千瓦以上');
    expect(lines[4]).toContain('2030年前达峰');
    await w.findAll('button').find((b) => b.text() === '全部添加')!.trigger('click');
    const [added] = w.emitted('add')!;
    expect((added[0] as object[]).map((t) => (t as { comparison: string }).comparison)).toEqual(['share', 'assigned', 'assigned', 'capacity', 'peak']);
    expect((added[0] as Array<Record<string, unknown>>)[0]).toMatchObject({ value: 32, qualifier: 'at_least', strive: true, sourceLanguage: 'zh' });
  });

  it('reads the Chinese A、B分别…X、Y pairing right', async () => {
    const w = mount(TargetParser, { props: { id: 'tp' }, global: { plugins: [createAppI18n('en')] } });
    await w.find('[data-testid="parse-sentence"]').setValue('到2025年，单位地区生产总值能源消耗、二氧化碳排放分别比2020年下降14.5%、20.5%');
    await w.find('form').trigger('submit');
    const lines = w.findAll('.suggestion').map((s) => s.text());
    expect(lines[0]).toMatch(/^Energy intensity.*: a reduction of 14\.5% vs 2020 by 2025/);
    expect(lines[1]).toMatch(/^Carbon intensity.*: a reduction of 20\.5% vs 2020 by 2025/);
  });
});
