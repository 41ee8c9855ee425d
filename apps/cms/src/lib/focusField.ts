import { nextTick } from 'vue';
import { fieldId } from './validation';

/** Moves focus to a field by its path, or to the nearest enclosing field or section that exists. */
export async function focusField(path: string): Promise<void> {
  await nextTick();
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) {
      const target = el.matches('input, select, textarea, button, [tabindex]') ? el : (el.querySelector<HTMLElement>('input, select, textarea') ?? el);
      target.scrollIntoView?.({ block: 'center' });
      target.focus?.();
      return;
    }
  }
}
