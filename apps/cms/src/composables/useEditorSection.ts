import { useLang } from '@/i18n';
import { fieldId } from '@/lib/validation';
import { useEntryEditorStore } from '@/stores/entryEditor';
import { useTaxonomyStore } from '@/stores/taxonomy';

export interface FieldBinding {
  /** Where the problems come from when not from the field's own path (a taxonomy picker shows those under it). */
  errors?: readonly string[];
  /** The path touched on leaving the field (its own by default; a language of a pair touches the pair), or none. */
  touch?: string | false;
}

/**
 * What every section of the entry editor works with: the entry being edited, the vocabularies, the UI language,
 * and `field(path)` — the props that bind a form field to a place in the entry: the id the error summary links
 * to, the problems found there, the editor's disabled state, and the touch on leaving it that lets them show.
 */
export function useEditorSection(props: { disabled?: boolean }) {
  const { t, lang } = useLang();
  const store = useEntryEditorStore();
  const taxonomy = useTaxonomyStore();

  function field(path: string, { errors, touch = path }: FieldBinding = {}) {
    return {
      id: fieldId(path),
      errors: errors ?? store.errorsFor(path),
      disabled: props.disabled,
      ...(touch === false ? {} : { onBlur: () => store.touch(touch) }),
    };
  }

  return { t, lang, store, taxonomy, field };
}
