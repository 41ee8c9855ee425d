import type { LocalizedText } from '@dualcarbon/domain';
import { del, get, put, request } from './http';
import type { UserRef } from './types';

/** `PUT /api/editor/entries/:id/presence`: who has the entry open, who holds it, and its pulse. */
export interface Presence {
  you: { editing: boolean };
  editor: { user: UserRef | null; since: string } | null;
  present: Array<{ user: UserRef | null; since: string; seenAt: string; editing: boolean }>;
  entry: { version: number; workflowStatus: string; workingStatus: string | null; openComments: number; lastEvent: number };
  heartbeatSeconds: number;
  staleAfterSeconds: number;
}

export interface ActivityItem {
  id: number;
  entryId: string;
  kind: string;
  actor: UserRef | null;
  comment: string | null;
  at: string;
  title: LocalizedText;
}

export const heartbeat = (entryId: string, body: { editing: boolean; takeOver?: boolean }) => put<Presence>(`/editor/entries/${entryId}/presence`, body);

/** Said when the page leaves the entry; `keepalive` lets it finish while the tab closes. */
export const leaveEntry = (entryId: string, keepalive = false) =>
  keepalive ? request<void>(`/editor/entries/${entryId}/presence`, { method: 'DELETE', keepalive: true }) : del<void>(`/editor/entries/${entryId}/presence`);

export const fetchActivity = (after?: number, entry?: string) => get<{ cursor: number; items: ActivityItem[] }>('/editor/activity', { after, entry });

export const fetchNotificationSettings = () => get<{ email: boolean }>('/editor/notifications');
export const saveNotificationSettings = (email: boolean) => put<{ email: boolean }>('/editor/notifications', { email });
