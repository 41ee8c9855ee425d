import { CreatedUserSchema, ErrorSchema, ResetPasswordResultSchema, UserListSchema, UserSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import { Endpoint, IdParam } from '../common/route-decorators';
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

const NOT_FOUND = 'code user/not_found';

@ApiTags('admin')
@Controller('admin/users')
@Auth('admin')
@ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Invalid input (code request/invalid)' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Endpoint({ summary: 'Users, by email (admins)', answer: UserListSchema })
  list(@Query({ schema: ListUsersQuerySchema }) query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Get(':id')
  @Endpoint({ summary: 'One user (admins)', answer: UserSchema, errors: { 404: NOT_FOUND } })
  get(@IdParam('id', UserIdParamSchema) id: string) {
    return this.users.get(id);
  }

  @Post()
  @Endpoint({
    summary: 'Invite a user (admins): a one-time set-password link is mailed to the address; nobody else ever sees or sets the password',
    answer: CreatedUserSchema,
    status: 201,
    errors: { 409: 'Email already used (code user/email_taken)' },
  })
  create(@Body({ schema: CreateUserSchema }) body: CreateUserBody, @Req() req: AuthenticatedRequest) {
    return this.users.invite(body, actorOf(req));
  }

  @Patch(':id')
  @Endpoint({
    summary: 'Change name, roles or active (admins); deactivating ends the user’s sessions',
    answer: UserSchema,
    errors: { 404: NOT_FOUND, 409: 'Would leave no active admin (code user/last_admin)' },
  })
  update(@IdParam('id', UserIdParamSchema) id: string, @Body({ schema: UpdateUserSchema }) body: UpdateUserBody, @Req() req: AuthenticatedRequest) {
    return this.users.update(id, body, actorOf(req));
  }

  @Post(':id/reset-password')
  @Endpoint({
    summary: 'Reset a password (admins): the old one stops working, the user’s sessions end, and a one-time set-password link is mailed to them',
    answer: ResetPasswordResultSchema,
    status: 201,
    errors: { 404: NOT_FOUND },
  })
  resetPassword(
    @IdParam('id', UserIdParamSchema) id: string,
    @Body({ schema: ResetPasswordSchema }) _body: ResetPasswordBody,
    @Req() req: AuthenticatedRequest,
  ) {
    return this.users.resetPassword(id, actorOf(req));
  }
}
