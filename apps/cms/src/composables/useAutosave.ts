import { onScopeDispose, type Ref } from 'vue';

export interface AutosaveOptions {
  /** Milliseconds of quiet before a save. */
  delay: Ref<number>;
  /** Whether a save may be scheduled now (editable, no open conflict). */
  mayRun: () => boolean;
  /** Whether the last attempt waited for the network (then coming back online sends it). */
  waitingForNetwork: () => boolean;
  save: () => Promise<unknown>;
}

/**
 * Saves after a pause in typing, and again when the browser comes back online. The timer and the
 * `online` listener belong to the calling scope (a component or a Pinia store) and end with it.
 */
export function useAutosave(opts: AutosaveOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;

  function cancel() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function schedule() {
    cancel();
    if (!opts.mayRun()) return;
    timer = setTimeout(() => void opts.save(), opts.delay.value);
  }

  const onOnline = () => {
    if (opts.waitingForNetwork()) void opts.save();
  };
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

  onScopeDispose(() => {
    cancel();
    if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
  });

  return { schedule, cancel };
}
