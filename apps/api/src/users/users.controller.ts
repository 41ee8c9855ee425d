import type { AnswerOf } from '../http/answer';
import { CreatedUserSchema, ErrorSchema, ResetPasswordResultSchema, UserListSchema, UserSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import {
  CreateUserSchema,
  ListUsersQuerySchema,
  ResetPasswordSchema,
  UpdateUserSchema,
  UserIdParamSchema,
  type CreateUserBody,
  type ListUsersQuery,
  type ResetPasswordBody,
  type UpdateUserBody,
} from './users.schemas';
import { actorOf } from './actor';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
@Auth('admin')
@ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Invalid input (code request/invalid)' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users, by email (admins)' })
  @ApiOkResponse({ standardSchema: UserListSchema })
  list(@Query({ schema: ListUsersQuerySchema }) query: ListUsersQuery): AnswerOf<typeof UserListSchema> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admins)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: UserSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code user/not_found' })
  get(@Param('id', { schema: UserIdParamSchema }) id: string): AnswerOf<typeof UserSchema> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({
    summary: 'Invite a user (admins): a one-time set-password link is mailed to the address; nobody else ever sees or sets the password',
  })
  @ApiCreatedResponse({ standardSchema: CreatedUserSchema })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'Email already used (code user/email_taken)' })
  create(@Body({ schema: CreateUserSchema }) body: CreateUserBody, @Req() req: AuthenticatedRequest): AnswerOf<typeof CreatedUserSchema> {
    return this.users.invite(body, actorOf(req));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, roles or active (admins); deactivating ends the user’s sessions' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: UserSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code user/not_found' })
  @ApiConflictResponse({ standardSchema: ErrorSchema, description: 'Would leave no active admin (code user/last_admin)' })
  update(
    @Param('id', { schema: UserIdParamSchema }) id: string,
    @Body({ schema: UpdateUserSchema }) body: UpdateUserBody,
    @Req() req: AuthenticatedRequest,
  ): AnswerOf<typeof UserSchema> {
    return this.users.update(id, body, actorOf(req));
  }

  @Post(':id/reset-password')
  @ApiOperation({
    summary: 'Reset a password (admins): the old one stops working, the user’s sessions end, and a one-time set-password link is mailed to them',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ standardSchema: ResetPasswordResultSchema })
  @ApiNotFoundResponse({ standardSchema: ErrorSchema, description: 'code user/not_found' })
  resetPassword(
    @Param('id', { schema: UserIdParamSchema }) id: string,
    @Body({ schema: ResetPasswordSchema }) _body: ResetPasswordBody,
    @Req() req: AuthenticatedRequest,
  ): AnswerOf<typeof ResetPasswordResultSchema> {
    return this.users.resetPassword(id, actorOf(req));
  }
}
