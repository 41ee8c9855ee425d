import type { Activity, ActivityEvent, NotificationSettings, Presence } from '@dualcarbon/domain';
import { del, get, put, request } from './http';

/** `PUT /api/editor/entries/:id/presence`: who has the entry open, who holds it, and its pulse. */
export type { Presence };
export type ActivityItem = ActivityEvent;

export const heartbeat = (entryId: string, body: { editing: boolean; takeOver?: boolean }) => put<Presence>(`/editor/entries/${entryId}/presence`, body);

/** Said when the page leaves the entry; `keepalive` lets it finish while the tab closes. */
export const leaveEntry = (entryId: string, keepalive = false) =>
  keepalive ? request<void>(`/editor/entries/${entryId}/presence`, { method: 'DELETE', keepalive: true }) : del<void>(`/editor/entries/${entryId}/presence`);

export const fetchActivity = (after?: number, entry?: string) => get<Activity>('/editor/activity', { after, entry });

export const fetchNotificationSettings = () => get<NotificationSettings>('/editor/notifications');
export const saveNotificationSettings = (email: boolean) => put<NotificationSettings>('/editor/notifications', { email });
