import type { AnswerOf } from '../http/answer';
import { ChangePasswordResultSchema, ErrorSchema, PasswordLinkSchema, SessionSchema, SetPasswordResultSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth } from './auth.decorator';
import { requestMeta } from '../audit/request-meta';
import {
  ChangePasswordSchema,
  LoginSchema,
  PasswordLinkQuerySchema,
  SetPasswordSchema,
  type ChangePasswordBody,
  type LoginBody,
  type PasswordLinkQuery,
  type SetPasswordBody,
} from './auth.schemas';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from './current-user.decorator';
import { PasswordLinks } from './password-links';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly links: PasswordLinks,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in: sets the httpOnly dc_session cookie and the readable dc_csrf cookie',
    description: 'Rate-limited per account and per client IP (429 auth/rate_limited with Retry-After). Send JSON.',
  })
  @ApiOkResponse({ standardSchema: SessionSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Malformed body (code request/invalid)' })
  @ApiUnauthorizedResponse({ standardSchema: ErrorSchema, description: 'Wrong email or password, or inactive account (code auth/invalid_credentials)' })
  @ApiTooManyRequestsResponse({ standardSchema: ErrorSchema, description: 'Too many failed attempts (code auth/rate_limited); see Retry-After' })
  @ApiUnsupportedMediaTypeResponse({ standardSchema: ErrorSchema, description: 'Not application/json' })
  login(@Body({ schema: LoginSchema }) body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): AnswerOf<typeof SessionSchema> {
    return this.auth.login(body, req, res);
  }

  @Post('logout')
  @HttpCode(204)
  @Auth()
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookies (needs X-CSRF-Token)' })
  @ApiNoContentResponse({ description: 'Signed out' })
  logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    return this.auth.logout(req, res);
  }

  @Post('password')
  @HttpCode(200)
  @Auth()
  @ApiOperation({
    summary: 'Change my password: the current one is required; my other sessions end (needs X-CSRF-Token)',
    description: 'Wrong current passwords count like failed sign-ins (429 auth/rate_limited with Retry-After).',
  })
  @ApiOkResponse({ standardSchema: ChangePasswordResultSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'The new password is too short or too long (code request/invalid)' })
  @ApiForbiddenResponse({ standardSchema: ErrorSchema, description: 'The current password is wrong (code auth/wrong_password)' })
  @ApiTooManyRequestsResponse({ standardSchema: ErrorSchema, description: 'Too many wrong passwords (code auth/rate_limited); see Retry-After' })
  changePassword(
    @Body({ schema: ChangePasswordSchema }) body: ChangePasswordBody,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): AnswerOf<typeof ChangePasswordResultSchema> {
    return this.auth.changePassword(body, req, res);
  }

  @Post('password-link')
  @HttpCode(200)
  @ApiOperation({ summary: 'Whom a one-time set-password link (invitation or reset) is for; does not use it up' })
  @ApiOkResponse({ standardSchema: PasswordLinkSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Expired, used, replaced or forged link (code auth/link_invalid)' })
  passwordLink(@Body({ schema: PasswordLinkQuerySchema }) body: PasswordLinkQuery): AnswerOf<typeof PasswordLinkSchema> {
    return this.links.inspect(body.token);
  }

  @Post('set-password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Choose a password with a one-time link mailed by an invitation or a reset; the link is used up and every session of the account ends',
  })
  @ApiOkResponse({ standardSchema: SetPasswordResultSchema })
  @ApiBadRequestResponse({
    standardSchema: ErrorSchema,
    description: 'Expired, used, replaced or forged link (code auth/link_invalid), or a password that is too short (code request/invalid)',
  })
  setPassword(@Body({ schema: SetPasswordSchema }) body: SetPasswordBody, @Req() req: Request): AnswerOf<typeof SetPasswordResultSchema> {
    return this.links.consume(body.token, body.password, requestMeta(req));
  }

  @Get('session')
  @ApiOperation({ summary: 'The signed-in user and the CSRF token for this session (re-sets dc_csrf)' })
  @ApiOkResponse({ standardSchema: SessionSchema })
  @ApiUnauthorizedResponse({ standardSchema: ErrorSchema, description: 'Not signed in (code auth/unauthenticated)' })
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response): AnswerOf<typeof SessionSchema> {
    return this.auth.current(req, res);
  }
}
