import { defineStore } from 'pinia';
import { computed, inject, provide, ref, type InjectionKey } from 'vue';
import type { NewsletterEdit, WorkflowAction } from '@dualcarbon/domain';
import { ApiError } from '@/api/http';
import { editNewsletter, fetchNewsletter, transitionNewsletter, type NewsletterDetail } from './api';

/** The issue open in the editor. Every change goes to the API as the domain's edits, against the version shown. */
export const useNewsletterEditor = defineStore('newsletterEditor', () => {
  const detail = ref<NewsletterDetail | null>(null);
  const loadError = ref<unknown>(null);
  const busy = ref(false);
  const editable = computed(() => !!detail.value?.editable);

  async function load(id: string) {
    loadError.value = null;
    try {
      detail.value = await fetchNewsletter(id);
    } catch (e) {
      loadError.value = e;
      detail.value = null;
    }
  }

  /** Applies edits; on a stale version the issue is reloaded and the error rethrown for the page to explain. */
  async function apply(edits: NewsletterEdit[]) {
    const d = detail.value;
    if (!d) return;
    busy.value = true;
    try {
      detail.value = await editNewsletter(d.id, d.version, edits);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'newsletter/stale_version') await load(d.id);
      throw e;
    } finally {
      busy.value = false;
    }
  }

  async function act(action: WorkflowAction, comment?: string) {
    const d = detail.value;
    if (!d) return;
    busy.value = true;
    try {
      detail.value = await transitionNewsletter(d.id, action, comment);
    } finally {
      busy.value = false;
    }
  }

  return { detail, loadError, busy, editable, load, apply, act };
});

/** What the page gives its parts: run edits with the page's error handling. */
export type RunEdits = (edits: NewsletterEdit[]) => Promise<boolean>;
const KEY: InjectionKey<RunEdits> = Symbol('newsletter-edits');
export const provideEdits = (run: RunEdits) => provide(KEY, run);
export const useEdits = (): RunEdits => inject(KEY, async () => false);

/** Splits a textarea into bullets (one per line) and back. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
export function bulletsFrom(en: string, zh: string) {
  const a = linesOf(en);
  const b = linesOf(zh);
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ ...(a[i] ? { en: a[i] } : {}), ...(b[i] ? { zh: b[i] } : {}) }));
}
