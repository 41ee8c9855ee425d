import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { Lang } from '@/i18n';
import { createTestI18n } from '@/test/i18n';
import LocalizedText from './LocalizedText.vue';

function render(value: { en?: string; zh?: string }, lang: Lang, tag = 'h1', fallback?: string) {
  return mount(LocalizedText, { props: { value, tag, fallback }, global: { plugins: [createTestI18n(lang)] } });
}

describe('LocalizedText', () => {
  it('shows the reader’s language without a badge', () => {
    const w = render({ en: 'Plan', zh: '方案' }, 'en');
    expect(w.element.tagName).toBe('H1');
    expect(w.text()).toBe('Plan');
    expect(w.find('[lang="en"]').exists()).toBe(true);
    expect(w.find('.lang-badge').exists()).toBe(false);
  });

  it('marks Chinese shown on the English site with a 中文 badge and lang="zh-CN"', () => {
    const w = render({ zh: '贵州省减污降碳协同增效实施方案' }, 'en');
    expect(w.find('span[lang="zh-CN"]').text()).toBe('贵州省减污降碳协同增效实施方案');
    const badge = w.find('.lang-badge');
    expect(badge.exists()).toBe(true);
    expect(badge.find('[aria-hidden="true"]').text()).toBe('中文');
    expect(badge.attributes('title')).toBe('Shown in Chinese: no English text yet');
    expect(w.classes()).toContain('is-fallback');
  });

  it('marks English shown on the Chinese site with an EN badge', () => {
    const w = render({ en: 'Only English' }, 'zh');
    expect(w.find('span[lang="en"]').text()).toBe('Only English');
    expect(w.find('.lang-badge [aria-hidden="true"]').text()).toBe('EN');
    expect(w.find('.lang-badge').attributes('title')).toBe('暂无中文，以英文显示');
  });

  it('renders nothing when there is no text in either language', () => {
    const w = render({}, 'en');
    expect(w.html()).toBe('<!--v-if-->');
  });

  it('shows the fallback (an entry’s slug) in a plain span when there is no text', () => {
    expect(render({}, 'en', 'h1', 'national-synergy-plan').html()).toBe('<span>national-synergy-plan</span>');
    expect(render({ en: 'Plan' }, 'en', 'h1', 'national-synergy-plan').text()).toBe('Plan');
  });
});
