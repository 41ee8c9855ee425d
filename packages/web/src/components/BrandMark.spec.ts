import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { BrandMark } from '../index';

describe('BrandMark', () => {
  it('is the two-circle svg the headers size by .brand__mark, hidden from screen readers', () => {
    const svg = mount(BrandMark).find('svg.brand__mark');
    expect(svg.attributes('aria-hidden')).toBe('true');
    expect(svg.attributes('focusable')).toBe('false');
    expect(svg.findAll('circle')).toHaveLength(2);
  });
});
