import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createAppI18n } from '@/i18n';
import { ApiError } from '@/api/http';
import { useIngestReviewStore } from '@/stores/ingestReview';
import DocumentSource from './DocumentSource.vue';

vi.mock('@/ingest/api', () => ({ readDocumentFile: vi.fn(), readDocumentText: vi.fn() }));

function render() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const store = useIngestReviewStore();
  const readFile = vi.spyOn(store, 'readFile').mockResolvedValue();
  const readText = vi.spyOn(store, 'readText').mockResolvedValue();
  const w = mount(DocumentSource, { global: { plugins: [createAppI18n('en'), pinia] } });
  return { w, store, readFile, readText };
}

beforeEach(() => vi.clearAllMocks());

describe('DocumentSource', () => {
  it('reads a dropped file', async () => {
    const { w, readFile } = render();
    const file = new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' });
    await w.get('[data-testid="ingest-dropzone"]').trigger('drop', { dataTransfer: { files: [file] } });
    expect(readFile).toHaveBeenCalledWith(file);
  });

  it('reads pasted text, and asks for some when there is none', async () => {
    const { w, readText } = render();
    await w.get('input[value="text"]').setValue(true);
    await w.get('form').trigger('submit');
    expect(readText).not.toHaveBeenCalled();
    expect(w.text()).toContain('Paste the text first.');
    await w.get('textarea').setValue('到2025年，非化石能源消费比重达到28.3%。');
    await w.get('form').trigger('submit');
    expect(readText).toHaveBeenCalledWith('到2025年，非化石能源消费比重达到28.3%。');
  });

  it('shows upload progress, and what to do when the API refuses the file', async () => {
    const { w, store } = render();
    await w.get('[data-testid="ingest-dropzone"]').trigger('drop', { dataTransfer: { files: [new File(['x'], 'plan.pdf')] } });
    store.step = 'reading';
    store.progress = 0.42;
    await w.vm.$nextTick();
    expect(w.text()).toContain('Uploading plan.pdf: 42%');
    expect(w.get('progress').attributes('value')).toBe('42');
    store.progress = 1;
    await w.vm.$nextTick();
    expect(w.text()).toContain('Reading the document…');
    store.step = 'choose';
    store.error = new ApiError(415, 'ingest/unsupported_type', 'Unsupported file type: a spreadsheet (.xlsx). Upload a PDF, DOCX, HTML or TXT file');
    await w.vm.$nextTick();
    expect(w.get('[data-testid="ingest-error"]').text()).toBe('Unsupported file type: a spreadsheet (.xlsx). Upload a PDF, DOCX, HTML or TXT file.');
  });
});
