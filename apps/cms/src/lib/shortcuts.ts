import { onBeforeUnmount, onMounted } from 'vue';

export interface Shortcuts {
  /** Ctrl/Cmd+S. */
  save?: () => void;
  /** Ctrl/Cmd+Enter. */
  submit?: () => void;
}

/** What a keydown asks for, if anything. */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): keyof Shortcuts | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.key === 's' || e.key === 'S') return 'save';
  if (e.key === 'Enter') return 'submit';
  return null;
}

/** Document-wide editor shortcuts while the component is mounted; the browser's "save page" is suppressed. */
export function useShortcuts(handlers: Shortcuts): void {
  const onKey = (e: KeyboardEvent) => {
    const which = shortcutOf(e);
    const fn = which ? handlers[which] : undefined;
    if (!fn) return;
    e.preventDefault();
    fn();
  };
  onMounted(() => document.addEventListener('keydown', onKey));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKey));
}
