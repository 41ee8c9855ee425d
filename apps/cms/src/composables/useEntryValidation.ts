import { computed, reactive, ref, type Ref } from 'vue';
import type { EntryForm } from '@/lib/entryForm';
import { indexIssues, validateForm, type ValidationIssue } from '@/lib/validation';
import { useTaxonomyStore } from '@/stores/taxonomy';

/**
 * The form's problems: the domain's checks as one types, plus what the server reported on the last save.
 * A field's messages show once it was visited, after an attempt to submit, or when the server sent them.
 */
export function useEntryValidation(form: Ref<EntryForm>) {
  const taxonomy = useTaxonomyStore();
  const serverIssues = ref<ValidationIssue[]>([]);
  /** After an attempt to submit, every problem shows, not only those of fields already visited. */
  const showAllErrors = ref(false);
  const touched = reactive(new Set<string>());

  const issues = computed(() => validateForm(form.value, { taxonomy: taxonomy.validation }));
  const samePath = (a: ValidationIssue, b: ValidationIssue) => a.path.join('.') === b.path.join('.');
  const issueIndex = computed(() => indexIssues([...issues.value, ...serverIssues.value.filter((s) => !issues.value.some((i) => samePath(i, s)))]));

  function touch(path: string) {
    touched.add(path);
  }

  /** Messages for a field: shown once it was visited, after a submit attempt, or when the server sent them. */
  function errorsFor(path: string): string[] {
    const own = issueIndex.value.at(path);
    if (!own.length) return [];
    if (showAllErrors.value || serverIssues.value.some((i) => i.path.join('.') === path)) return own;
    for (const t of touched) if (path === t || path.startsWith(`${t}.`)) return own;
    return [];
  }

  function resetValidation() {
    serverIssues.value = [];
    showAllErrors.value = false;
    touched.clear();
  }

  return { serverIssues, showAllErrors, touched, issues, issueIndex, touch, errorsFor, resetValidation };
}
