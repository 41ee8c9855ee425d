import { onBeforeUnmount, onMounted } from 'vue';
import { fetchActivity, type ActivityItem } from '@/api/activity';
import { useSessionStore } from '@/stores/session';
import type { Lang } from '@/i18n';

/** How often a page that shows colleagues' work asks what happened (the feed is one indexed query). */
export const ACTIVITY_POLL_MS = 5_000;

/**
 * Polls the activity feed while the page is mounted and the tab visible (at once when it becomes
 * visible again) and hands over what colleagues did that this page has not seen. Polling works the
 * same through every API process, replica and proxy.
 */
export function useActivityFeed(onItems: (items: ActivityItem[]) => void, intervalMs = ACTIVITY_POLL_MS) {
  const session = useSessionStore();
  let cursor: number | undefined;
  const seen = new Set<number>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let busy = false;

  async function poll() {
    if (busy || document.visibilityState === 'hidden') return;
    busy = true;
    try {
      const first = cursor === undefined;
      const r = await fetchActivity(cursor);
      const fresh = r.items.filter((i) => !seen.has(i.id));
      fresh.forEach((i) => seen.add(i.id));
      cursor = r.cursor;
      const others = fresh.filter((i) => i.actor?.id !== session.user?.id);
      if (!first && others.length) onItems(others);
    } catch {
      /* the next poll tries again */
    } finally {
      busy = false;
    }
  }
  const onVisible = () => document.visibilityState === 'visible' && void poll();

  onMounted(() => {
    void poll();
    timer = setInterval(() => void poll(), intervalMs);
    document.addEventListener('visibilitychange', onVisible);
  });
  onBeforeUnmount(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return { poll };
}

/** "Rui Reviewer approved “Shandong plan”", in the interface language. */
export function activityText(i: ActivityItem, lang: Lang, t: (key: string, values?: Record<string, unknown>) => string): string {
  const title = i.title[lang] || i.title.en || i.title.zh || t('entries.noTitle');
  const who = i.actor?.name ?? t('history.system');
  const known = ['submit', 'withdraw', 'request_changes', 'approve', 'publish', 'unpublish', 'discard', 'comment', 'comment_resolved'];
  return known.includes(i.kind) ? t(`activity.did.${i.kind}`, { who, title }) : t('activity.did.other', { who, title, action: i.kind });
}
