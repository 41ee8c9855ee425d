import { reactive } from 'vue';
import { errorText } from './errors';

export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
}

let next = 1;
/** Short messages after an action ("Submitted for review"), read out by screen readers via a live region. */
export const notices = reactive<Notice[]>([]);

export function notify(text: string, kind: Notice['kind'] = 'success', ms = 6000): void {
  const id = next++;
  notices.push({ id, kind, text });
  if (ms > 0) setTimeout(() => dismiss(id), ms);
}

export function dismiss(id: number): void {
  const i = notices.findIndex((n) => n.id === id);
  if (i >= 0) notices.splice(i, 1);
}

type T = (key: string, named?: Record<string, unknown>) => string;

/** Runs an admin action and says how it went: `done` (when given) on success, the error in words on failure. */
export async function attemptWithNotice(fn: () => Promise<unknown>, t: T, done?: string): Promise<void> {
  try {
    await fn();
    if (done) notify(done);
  } catch (e) {
    notify(errorText(e, t), 'error', 10000);
  }
}
