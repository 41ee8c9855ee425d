import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createTestI18n } from '@/test/i18n';
import { guizhouDetail } from '@/test/fixtures';
import CiteThis from './CiteThis.vue';

afterEach(() => vi.unstubAllGlobals());

function render() {
  return mount(CiteThis, {
    props: { entry: guizhouDetail, url: 'https://x.example/en/entries/g', regionName: { en: 'Guizhou', zh: '贵州省' } },
    global: { plugins: [createTestI18n('en'), createPinia()] },
  });
}

describe('CiteThis', () => {
  it('shows plain text and BibTeX, each with a copy button that copies exactly that text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const w = render();
    const blocks = w.findAll('.copy-block');
    expect(blocks.map((b) => b.find('h3').text())).toEqual(['Plain text', 'BibTeX']);
    const bibtex = blocks[1]!.find('pre').text();
    expect(bibtex.startsWith('@misc{dualcarbon-guizhou-pollution-carbon-synergy-implementation-plan,')).toBe(true);
    await blocks[1]!.find('button').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(bibtex);
    expect(blocks[1]!.find('[role="status"]').text()).toBe('Copied');
  });

  it('says so when the clipboard is unavailable', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    const w = render();
    await w.findAll('.copy-block button')[0]!.trigger('click');
    await flushPromises();
    expect(w.find('.copy-block [role="status"]').text()).toContain('Could not copy');
  });
});
