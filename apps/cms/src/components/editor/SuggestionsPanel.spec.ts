import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createAppI18n } from '@/i18n';
import { useEntryEditorStore } from '@/stores/entryEditor';
import SuggestionsPanel from './SuggestionsPanel.vue';

const settle = async () => {
  await new Promise((r) => setTimeout(r, 350)); // the panel re-reads the text 300 ms after typing stops
  await flushPromises();
};

describe('classification suggestions', () => {
  it('says why the list is empty: no text yet, or every suggestion already handled', async () => {
    const pinia = createPinia();
    const w = mount(SuggestionsPanel, { global: { plugins: [pinia, createAppI18n('en')] } });
    const store = useEntryEditorStore(pinia);
    await settle();
    expect(w.find('[data-testid="suggestions-empty"]').text()).toBe('No suggestions yet: they come from the title, summary and key points.');

    store.form.title.en = 'Shandong Province Carbon Peaking Implementation Plan';
    await settle();
    const accept = () => w.findAll('.suggestion button').filter((b) => b.text() === 'Accept');
    expect(accept().length).toBeGreaterThan(0);
    while (accept().length) {
      await accept()[0].trigger('click');
      await flushPromises();
    }
    expect(w.find('[data-testid="suggestions-empty"]').text()).toBe('Every suggestion has been accepted or dismissed.');
    expect(w.text()).not.toContain('add a title, summary or key points');
  });
});
