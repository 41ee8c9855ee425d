import { type NotificationSettings } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { activityQueries } from './activity.queries';
import type { ActivityQuery } from './activity.schemas';

/** The CMS's activity feed (polled by the dashboard and entry pages) and each account's notification setting. */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async feed(q: ActivityQuery, user: AuthUser) {
    const last = await activityQueries.lastEvent(this.db);
    if (q.after === undefined) return { cursor: last, items: [] };
    const rows = await activityQueries.feed(this.db, q.after, user.id, user.roles.includes('admin'), q.entry ?? null);
    const items = rows.map((r) => ({
      id: Number(r.id),
      entryId: r.entry_id,
      kind: r.kind,
      actor: r.actor,
      comment: r.comment,
      at: new Date(r.created_at).toISOString(),
      title: r.title ?? {},
    }));
    return { cursor: Math.max(q.after, ...items.map((i) => i.id)), items };
  }

  async settings(user: AuthUser): Promise<NotificationSettings> {
    return { email: await activityQueries.notifyByEmail(this.db, user.id) };
  }

  async saveSettings(body: NotificationSettings, user: AuthUser): Promise<NotificationSettings> {
    return { email: await activityQueries.setNotifyByEmail(this.db, user.id, body.email) };
  }
}
