import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createTestI18n } from '@/test/i18n';
import { SECTORS, STATIC_TERMS } from '@dualcarbon/domain';
import { facetTermsOf, sectorTree, flatOptions } from '@/lib/facets';
import { regionTree } from '@/lib/regionFacets';
import FacetTree from './FacetTree.vue';

const i18n = () => createTestI18n('en');

describe('facet trees', () => {
  it('files cities and zones under their province, China first, with counts', () => {
    const tree = regionTree(
      [
        { key: '441900', count: 1 },
        { key: '440300', count: 2 },
        { key: '440000', count: 4 },
        { key: '460000', count: 1 },
        { key: 'CN', count: 9 },
        { key: '120100-binhai', count: 1 },
      ],
      ['441900'],
      'en',
      new Map([['120100-binhai', { en: 'Binhai New Area', zh: '滨海新区' }]]),
    );
    expect(tree.map((n) => [n.code, n.label, n.count])).toEqual([
      ['CN', 'China', 9],
      ['440000', 'Guangdong', 4],
      ['460000', 'Hainan', 1],
      ['120000', 'Tianjin', undefined],
    ]);
    expect(tree[1]!.children.map((c) => [c.label, c.count, c.selected])).toEqual([
      ['Shenzhen', 2, false],
      ['Dongguan', 1, true],
    ]);
    expect(tree[3]!.children[0]).toMatchObject({ code: '120100-binhai', label: 'Binhai New Area' });
  });

  it('nests sectors under their parents and hides values nothing matches', () => {
    const tree = sectorTree(
      [
        { key: 'energy', count: 3 },
        { key: 'energy.hydrogen', count: 2 },
        { key: 'industry', count: 0 },
      ],
      [],
      'zh',
      SECTORS,
    );
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ code: 'energy', label: '能源电力', count: 3 });
    expect(tree[0]!.children.map((c) => c.label)).toEqual(['氢能']);
  });

  it('keeps a selected value even when it now matches nothing', () => {
    expect(flatOptions('level', [], ['city'], 'en', facetTermsOf(STATIC_TERMS))).toEqual([
      { code: 'city', label: 'Prefectural city', count: undefined, selected: true },
    ]);
  });
});

describe('FacetTree', () => {
  const nodes = () =>
    sectorTree(
      [
        { key: 'energy', count: 3 },
        { key: 'energy.hydrogen', count: 2 },
        { key: 'finance', count: 1 },
      ],
      [],
      'en',
      SECTORS,
    );

  it('renders labelled checkboxes with counts and emits the code on toggle', async () => {
    const w = mount(FacetTree, { props: { nodes: nodes(), name: 'sector' }, global: { plugins: [i18n()] } });
    const labels = w.findAll('label.facet-option');
    expect(labels[0]!.text()).toContain('Energy and power');
    expect(labels[0]!.find('.facet-option__count').text()).toContain('3');
    await w.find('input[value="finance"]').trigger('change');
    expect(w.emitted('toggle')).toEqual([['finance']]);
  });

  it('hides children until expanded, with aria-expanded on a real button', async () => {
    const w = mount(FacetTree, { props: { nodes: nodes(), name: 'sector' }, global: { plugins: [i18n()] }, attachTo: document.body });
    const toggle = w.find('button.facet-tree__toggle');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    const group = () => document.getElementById(toggle.attributes('aria-controls')!)!;
    expect(group().contains(w.find('input[value="energy.hydrogen"]').element)).toBe(true);
    expect(group().style.display).toBe('none');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(group().style.display).toBe('');
    await w.find('input[value="energy.hydrogen"]').trigger('change');
    expect(w.emitted('toggle')).toEqual([['energy.hydrogen']]);
    w.unmount();
  });

  it('opens a branch whose child is selected', () => {
    const tree = sectorTree(
      [
        { key: 'energy', count: 3 },
        { key: 'energy.hydrogen', count: 2 },
      ],
      ['energy.hydrogen'],
      'en',
      SECTORS,
    );
    const w = mount(FacetTree, { props: { nodes: tree, name: 'sector' }, global: { plugins: [i18n()] } });
    expect(w.find('button.facet-tree__toggle').attributes('aria-expanded')).toBe('true');
    expect((w.find('input[value="energy.hydrogen"]').element as HTMLInputElement).checked).toBe(true);
  });
});
