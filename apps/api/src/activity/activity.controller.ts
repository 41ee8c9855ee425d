import type { AnswerOf } from '../http/answer';
import { ActivitySchema, ErrorSchema, type NotificationSettings, NotificationSettingsSchema, PresenceSchema } from '@dualcarbon/domain';
import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { IdParam } from '../common/route-decorators';
import { ActivityQuerySchema, HeartbeatBodySchema, type ActivityQuery, type HeartbeatBody } from './activity.schemas';
import { ActivityService } from './activity.service';
import { PresenceService } from './presence.service';

@ApiTags('activity')
@Controller('editor')
@Auth('editor', 'reviewer', 'admin')
export class ActivityController {
  constructor(
    private readonly presence: PresenceService,
    private readonly activity: ActivityService,
  ) {}

  @Put('entries/:id/presence')
  @ApiOperation({ summary: 'Heartbeat of an open entry: who else has it open, who holds it (take over with takeOver), and its version, state and comments' })
  @ApiOkResponse({ standardSchema: PresenceSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code entry/not_found' })
  beat(@IdParam() id: string, @Body({ schema: HeartbeatBodySchema }) body: HeartbeatBody, @CurrentUser() user: AuthUser): AnswerOf<typeof PresenceSchema> {
    return this.presence.beat(id, body, user);
  }

  @Delete('entries/:id/presence')
  @HttpCode(204)
  @ApiOperation({ summary: 'The entry was closed in this browser' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code entry/not_found' })
  leave(@IdParam() id: string, @CurrentUser() user: AuthUser) {
    return this.presence.leave(id, user);
  }

  @Get('activity')
  @ApiOperation({ summary: 'Workflow moves and comments after an event id, for pages that update when a colleague acts (polled)' })
  @ApiOkResponse({ standardSchema: ActivitySchema })
  feed(@Query({ schema: ActivityQuerySchema }) query: ActivityQuery, @CurrentUser() user: AuthUser): AnswerOf<typeof ActivitySchema> {
    return this.activity.feed(query, user);
  }

  @Get('notifications')
  @ApiOperation({ summary: 'My notification setting' })
  @ApiOkResponse({ standardSchema: NotificationSettingsSchema })
  settings(@CurrentUser() user: AuthUser): AnswerOf<typeof NotificationSettingsSchema> {
    return this.activity.settings(user);
  }

  @Put('notifications')
  @ApiOperation({ summary: 'Turn e-mail about what waits on me on or off' })
  @ApiOkResponse({ standardSchema: NotificationSettingsSchema })
  saveSettings(
    @Body({ schema: NotificationSettingsSchema }) body: NotificationSettings,
    @CurrentUser() user: AuthUser,
  ): AnswerOf<typeof NotificationSettingsSchema> {
    return this.activity.saveSettings(body, user);
  }
}
