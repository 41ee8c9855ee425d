import { Module } from '@nestjs/common';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { NotificationQueue } from './notification-queue.service';
import { PresenceService } from './presence.service';

/** Presence on entries, the activity feed, and mail to people something waits on. */
@Module({ controllers: [ActivityController], providers: [PresenceService, ActivityService, NotificationQueue], exports: [NotificationQueue] })
export class ActivityModule {}
