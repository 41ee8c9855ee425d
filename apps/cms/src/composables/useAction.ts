import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText } from '@/lib/errors';

/**
 * The one action a form or dialog runs at a time: `busy` while it runs, and what went wrong, said in the UI's
 * language, in `error` (cleared as it starts again; a caller may also put its own check's message there).
 */
export function useAction() {
  const { t } = useI18n();
  const busy = ref(false);
  const error = ref<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (e) {
      error.value = errorText(e, t);
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
