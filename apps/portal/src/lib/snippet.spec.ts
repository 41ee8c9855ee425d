import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createTestI18n } from '@/test/i18n';
import HighlightedSnippet from '@/components/HighlightedSnippet.vue';
import { decodeEntities, parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('splits text and <mark> runs and decodes the escaped text', () => {
    expect(parseSnippet('海南省<mark>氢能</mark>产业 &amp; &lt;b&gt;')).toEqual([
      { text: '海南省', marked: false },
      { text: '氢能', marked: true },
      { text: '产业 & <b>', marked: false },
    ]);
  });

  it('drops every tag other than <mark>, with or without attributes', () => {
    const parts = parseSnippet('<script>alert(1)</script><img src=x onerror=alert(1)><mark onclick="x">a</mark><b>b</b><mark>c</mark>');
    expect(parts).toEqual([
      { text: 'alert(1)ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('copes with unbalanced marks and a dangling tag', () => {
    expect(parseSnippet('a</mark>b<mark>c')).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(parseSnippet('text <img src=x onerror=alert(1)')).toEqual([{ text: 'text ', marked: false }]);
    expect(parseSnippet(null)).toEqual([]);
  });

  it('decodes numeric entities but refuses control characters and invalid code points', () => {
    expect(decodeEntities('&#27700;&#x6C22; &#0; &#x110000; &bogus;')).toBe('水氢   &bogus;');
  });
});

describe('HighlightedSnippet', () => {
  it('renders only text and <mark> elements', () => {
    const w = mount(HighlightedSnippet, {
      props: { snippet: '<mark>氢能</mark> &lt;script&gt;alert(1)&lt;/script&gt; <script>alert(2)</script><a href="javascript:x">y</a>' },
      global: { plugins: [createTestI18n('en')] },
    });
    const snippet = w.find('.snippet');
    expect(snippet.findAll('mark').map((m) => m.text())).toEqual(['氢能']);
    expect(snippet.find('script').exists()).toBe(false);
    expect(snippet.find('a').exists()).toBe(false);
    expect(snippet.text()).toBe('氢能 <script>alert(1)</script> alert(2)y');
    expect(snippet.element.querySelectorAll('*').length).toBe(1); // the one <mark>
  });

  it('marks a passage in the other language than the page', () => {
    const zh = mount(HighlightedSnippet, { props: { snippet: '海南省<mark>氢能</mark>产业' }, global: { plugins: [createTestI18n('en')] } });
    expect(zh.find('.snippet').attributes('lang')).toBe('zh-CN');
    expect(zh.find('.lang-badge').attributes('title')).toBe('Matching text in Chinese');
    const en = mount(HighlightedSnippet, { props: { snippet: 'Development of <mark>Hydrogen</mark> Energy' }, global: { plugins: [createTestI18n('en')] } });
    expect(en.find('.lang-badge').exists()).toBe(false);
  });
});
