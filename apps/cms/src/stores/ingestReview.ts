import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import {
  ENTRY_FILE_MAX_BYTES,
  HIGH_CONFIDENCE,
  draftFromReview,
  itemForIssue,
  parseEntryInput,
  proposeSlug,
  reviewItems,
  type IngestAnswer,
  type ReviewField,
  type ReviewItem,
  type ReviewValues,
  type ValidationIssue,
} from '@dualcarbon/domain';
import { createEntry } from '@/api/editor';
import { ApiError } from '@/api/http';
import { readDocumentFile, readDocumentText } from '@/ingest/api';
import { useTaxonomyStore } from './taxonomy';

/** choose: upload or paste; reading: sending and reading the document; review: deciding; creating: the draft is being saved. */
export type IngestStep = 'choose' | 'reading' | 'review' | 'creating';

/** Where a validation issue shows: on an item, on a field without an accepted item, or on the slug. */
export type IssueTarget = string;

const asError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'unknown', e instanceof Error ? e.message : String(e)));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * "New entry from a document": the document read by the API, one review item per suggestion (accepted,
 * edited or rejected by the editor), the evidence being looked at, and the draft the accepted items make.
 */
export const useIngestReviewStore = defineStore('ingestReview', () => {
  const taxonomy = useTaxonomyStore();

  const step = ref<IngestStep>('choose');
  /** 0–1 of the file sent; 1 while the server reads it. */
  const progress = ref(0);
  const error = ref<ApiError | null>(null);
  const answer = shallowRef<IngestAnswer | null>(null);
  const fileName = ref<string | null>(null);
  const items = ref<ReviewItem[]>([]);
  const selectedId = ref<string | null>(null);
  /** The slug the editor typed; until then the one the titles and place suggest. */
  const manualSlug = ref<string | null>(null);
  /** After "Create draft": every problem shows. */
  const attempted = ref(false);
  const serverIssues = ref<ValidationIssue[]>([]);
  let reading: AbortController | null = null;

  const byId = (id: string) => items.value.find((i) => i.id === id);
  const selected = computed(() => (selectedId.value ? (byId(selectedId.value) ?? null) : null));

  function start(a: IngestAnswer, name: string | null) {
    answer.value = a;
    fileName.value = name;
    items.value = reviewItems(a);
    selectedId.value = items.value.find((i) => i.evidence)?.id ?? null;
    manualSlug.value = null;
    attempted.value = false;
    serverIssues.value = [];
    step.value = 'review';
  }

  async function read(run: (signal: AbortSignal) => Promise<IngestAnswer>, name: string | null) {
    reading?.abort();
    reading = new AbortController();
    error.value = null;
    progress.value = 0;
    step.value = 'reading';
    try {
      start(await run(reading.signal), name);
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return;
      error.value = asError(e);
      step.value = 'choose';
    } finally {
      reading = null;
    }
  }

  /** Sends a file to be read. A file over the limit is refused here, before minutes of uploading. */
  async function readFile(file: File) {
    if (file.size > ENTRY_FILE_MAX_BYTES) {
      error.value = new ApiError(413, 'ingest/too_large', `The file is larger than ${ENTRY_FILE_MAX_BYTES / 1024 / 1024} MB`);
      return;
    }
    await read((signal) => readDocumentFile(file, (f) => (progress.value = f), signal), file.name);
  }

  async function readText(text: string) {
    await read((signal) => readDocumentText(text, signal), null);
  }

  function cancelReading() {
    reading?.abort();
    step.value = 'choose';
  }

  function decide(id: string, decision: ReviewItem['decision']) {
    const item = byId(id);
    if (!item) return;
    // An empty item (the other language's title) cannot be accepted as it is: editing fills it.
    if (decision === 'accepted' && item.suggested === null && !item.edited) return;
    item.decision = decision;
    clearServerIssues();
  }

  /** What the API said is about the draft as it was; after a change only the slug's stays worth showing. */
  function clearServerIssues() {
    serverIssues.value = serverIssues.value.filter((i) => i.path[0] === 'slug');
  }

  const accept = (id: string) => decide(id, 'accepted');
  const reject = (id: string) => decide(id, 'rejected');

  /** The editor's own value: accepted as edited (an edit back to the suggestion is a plain accept). */
  function edit<F extends ReviewField>(id: string, value: ReviewValues[F]) {
    const item = byId(id) as ReviewItem<F> | undefined;
    if (!item) return;
    item.value = value;
    item.edited = item.suggested === null ? value !== '' : !same(value, item.suggested);
    item.decision = item.suggested === null && !item.edited ? 'pending' : 'accepted';
    clearServerIssues();
  }

  /** Back to the suggestion, undecided. */
  function undo(id: string) {
    const item = byId(id);
    if (!item) return;
    item.value = (item.suggested ?? '') as ReviewItem['value'];
    item.edited = false;
    item.decision = 'pending';
  }

  /** Accepts every undecided suggestion the reader is sure of; returns how many. */
  function acceptConfident(): number {
    let n = 0;
    for (const i of items.value) {
      if (i.decision === 'pending' && i.suggested !== null && i.confidence >= HIGH_CONFIDENCE) {
        i.decision = 'accepted';
        n++;
      }
    }
    return n;
  }

  function select(id: string | null) {
    selectedId.value = id;
  }

  /** The slug the titles and place suggest (not rejected ones). */
  const suggestedSlug = computed(() => {
    const value = <F extends ReviewField>(field: F) => items.value.find((i): i is ReviewItem<F> => i.field === field && i.decision !== 'rejected')?.value;
    return proposeSlug({ titleEn: value('title.en'), titleZh: value('title.zh'), jurisdiction: value('place')?.jurisdiction });
  });
  const slug = computed(() => manualSlug.value ?? suggestedSlug.value);

  function setSlug(s: string) {
    manualSlug.value = s;
    serverIssues.value = serverIssues.value.filter((i) => i.path[0] !== 'slug');
  }

  /** The document's language (the answer's types widen it to string). */
  const docLang = computed<'en' | 'zh'>(() => (answer.value?.language === 'en' ? 'en' : 'zh'));

  const draft = computed(() =>
    answer.value ? draftFromReview(items.value, { slug: slug.value, upload: answer.value.upload, language: docLang.value }) : null,
  );

  /** The domain's validation of the draft (the API's own), then what the API said on the last try. */
  const issues = computed<ValidationIssue[]>(() => {
    if (!draft.value) return [];
    const r = parseEntryInput(draft.value, { taxonomy: taxonomy.validation });
    return [...(r.ok ? [] : r.issues), ...serverIssues.value];
  });

  /** Issues by where they show: an item's id, a field without an accepted item, "slug", or "entry". */
  const issuesAt = computed(() => {
    const map = new Map<IssueTarget, ValidationIssue[]>();
    for (const issue of issues.value) {
      const at = itemForIssue(items.value, issue.path);
      const key = at === null ? 'entry' : typeof at === 'string' ? at : at.id;
      map.set(key, [...(map.get(key) ?? []), issue]);
    }
    return map;
  });

  const counts = computed(() => {
    const c = { accepted: 0, rejected: 0, pending: 0, confident: 0 };
    for (const i of items.value) {
      if (i.suggested === null && !i.edited) continue;
      c[i.decision]++;
      if (i.decision === 'pending' && i.confidence >= HIGH_CONFIDENCE) c.confident++;
    }
    return c;
  });

  /** Creates the draft through the editor API; its id, or null when something needs fixing first. */
  async function createDraft(): Promise<string | null> {
    attempted.value = true;
    if (!draft.value || issues.value.length || step.value !== 'review') return null;
    step.value = 'creating';
    error.value = null;
    try {
      const created = await createEntry(draft.value);
      return created.id;
    } catch (e) {
      const err = asError(e);
      if (err.issues.length) serverIssues.value = err.issues.map((i) => ({ path: i.path, code: i.code ?? 'api', message: i.message }));
      else error.value = err;
      return null;
    } finally {
      if (step.value === 'creating') step.value = 'review';
    }
  }

  function reset() {
    reading?.abort();
    step.value = 'choose';
    progress.value = 0;
    error.value = null;
    answer.value = null;
    fileName.value = null;
    items.value = [];
    selectedId.value = null;
    manualSlug.value = null;
    attempted.value = false;
    serverIssues.value = [];
  }

  return {
    step,
    progress,
    error,
    answer,
    docLang,
    fileName,
    items,
    selectedId,
    selected,
    slug,
    attempted,
    draft,
    issues,
    issuesAt,
    counts,
    suggestedSlug,
    start,
    readFile,
    readText,
    cancelReading,
    accept,
    reject,
    edit,
    undo,
    acceptConfident,
    select,
    setSlug,
    createDraft,
    reset,
  };
});
