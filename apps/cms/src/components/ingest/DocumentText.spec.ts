import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import DocumentText from './DocumentText.vue';

const TEXT = '一、主要目标\n\n到2025年，非化石能源消费比重达到28.3%。\n\n确保2030年前实现碳达峰。';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

describe('DocumentText', () => {
  it('shows the text paragraph by paragraph and marks the evidence, also across paragraphs', async () => {
    const w = mount(DocumentText, { props: { text: TEXT, highlight: span('28.3%'), lang: 'zh' } });
    expect(w.findAll('p').map((p) => p.text())).toEqual(['一、主要目标', '到2025年，非化石能源消费比重达到28.3%。', '确保2030年前实现碳达峰。']);
    expect(w.findAll('mark').map((m) => m.text())).toEqual(['28.3%']);
    await w.setProps({ highlight: span('28.3%。\n\n确保2030年前') });
    expect(w.findAll('mark').map((m) => m.text())).toEqual(['28.3%。', '确保2030年前']);
    await w.setProps({ highlight: null });
    expect(w.findAll('mark')).toHaveLength(0);
    expect(w.text()).toContain('确保2030年前实现碳达峰。');
  });
});
