import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createTestI18n } from '@/test/i18n';
import SourceList from './SourceList.vue';

describe('SourceList', () => {
  it('links a web source, and names a document without a public address with no link at all', () => {
    const w = mount(SourceList, {
      props: {
        sources: [
          { url: 'https://www.gd.gov.cn/plan.html', title: 'Web page', language: 'zh', official: true },
          { title: '广东省碳达峰实施方案', language: 'zh', official: true },
        ],
      },
      global: { plugins: [createTestI18n('en')] },
    });
    const items = w.findAll('li');
    expect(items[0]!.find('a').attributes('href')).toBe('https://www.gd.gov.cn/plan.html');
    expect(items[1]!.find('a').exists()).toBe(false);
    expect(items[1]!.text()).toContain('广东省碳达峰实施方案');
    expect(items[1]!.text()).toContain('no public link');
  });
});
