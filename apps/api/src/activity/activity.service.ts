import { type NotificationSettings } from '@dualcarbon/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import type { UserRef } from '../editor/users';
import { FEED, GET_SETTINGS, LAST_EVENT, SET_SETTINGS } from './activity.queries';
import type { ActivityQuery } from './activity.schemas';

interface FeedRow { id: string; entry_id: string; kind: string; comment: string | null; created_at: Date; actor: UserRef | null; title: { en?: string; zh?: string } | null }

/** The CMS's activity feed (polled by the dashboard and entry pages) and each account's notification setting. */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async feed(q: ActivityQuery, user: AuthUser) {
    const [{ id: last }] = await this.db.query(LAST_EVENT);
    if (q.after === undefined) return { cursor: Number(last), items: [] };
    const rows: FeedRow[] = await this.db.query(FEED, [q.after, user.id, user.roles.includes('admin'), q.entry ?? null]);
    const items = rows.map((r) => ({
      id: Number(r.id), entryId: r.entry_id, kind: r.kind, actor: r.actor, comment: r.comment, at: new Date(r.created_at).toISOString(), title: r.title ?? {},
    }));
    return { cursor: Math.max(q.after, ...items.map((i) => i.id)), items };
  }

  async settings(user: AuthUser): Promise<NotificationSettings> {
    const [row] = await this.db.query(GET_SETTINGS, [user.id]);
    return { email: !!row?.notify_by_email };
  }

  async saveSettings(body: NotificationSettings, user: AuthUser): Promise<NotificationSettings> {
    const [[row]] = await this.db.query(SET_SETTINGS, [user.id, body.email]);
    return { email: !!row?.notify_by_email };
  }
}
