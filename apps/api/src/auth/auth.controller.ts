import { ChangePasswordResultSchema, PasswordLinkSchema, SessionSchema, SetPasswordResultSchema } from '@dualcarbon/domain';
import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth } from './auth.decorator';
import type { RequestMeta } from '../audit/request-meta';
import { AuditMeta, Endpoint } from '../common/route-decorators';
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
  @Endpoint({
    summary: 'Sign in: sets the httpOnly dc_session cookie and the readable dc_csrf cookie',
    description: 'Rate-limited per account and per client IP (429 auth/rate_limited with Retry-After). Send JSON.',
    answer: SessionSchema,
    errors: {
      400: 'Malformed body (code request/invalid)',
      401: 'Wrong email or password, or inactive account (code auth/invalid_credentials)',
      429: 'Too many failed attempts (code auth/rate_limited); see Retry-After',
      415: 'Not application/json',
    },
  })
  login(@Body({ schema: LoginSchema }) body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.login(body, req, res);
  }

  @Post('logout')
  @Auth()
  @Endpoint({ summary: 'Sign out: ends this session and clears the cookies (needs X-CSRF-Token)', answer: { description: 'Signed out' }, status: 204 })
  logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    return this.auth.logout(req, res);
  }

  @Post('password')
  @Auth()
  @Endpoint({
    summary: 'Change my password: the current one is required; my other sessions end (needs X-CSRF-Token)',
    description: 'Wrong current passwords count like failed sign-ins (429 auth/rate_limited with Retry-After).',
    answer: ChangePasswordResultSchema,
    errors: {
      400: 'The new password is too short or too long (code request/invalid)',
      403: 'The current password is wrong (code auth/wrong_password)',
      429: 'Too many wrong passwords (code auth/rate_limited); see Retry-After',
    },
  })
  changePassword(
    @Body({ schema: ChangePasswordSchema }) body: ChangePasswordBody,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.auth.changePassword(body, req, res);
  }

  @Post('password-link')
  @Endpoint({
    summary: 'Whom a one-time set-password link (invitation or reset) is for; does not use it up',
    answer: PasswordLinkSchema,
    errors: { 400: 'Expired, used, replaced or forged link (code auth/link_invalid)' },
  })
  passwordLink(@Body({ schema: PasswordLinkQuerySchema }) body: PasswordLinkQuery) {
    return this.links.inspect(body.token);
  }

  @Post('set-password')
  @Endpoint({
    summary: 'Choose a password with a one-time link mailed by an invitation or a reset; the link is used up and every session of the account ends',
    answer: SetPasswordResultSchema,
    errors: { 400: 'Expired, used, replaced or forged link (code auth/link_invalid), or a password that is too short (code request/invalid)' },
  })
  setPassword(@Body({ schema: SetPasswordSchema }) body: SetPasswordBody, @AuditMeta() meta: RequestMeta) {
    return this.links.consume(body.token, body.password, meta);
  }

  @Get('session')
  @Endpoint({
    summary: 'The signed-in user and the CSRF token for this session (re-sets dc_csrf)',
    answer: SessionSchema,
    errors: { 401: 'Not signed in (code auth/unauthenticated)' },
  })
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.current(req, res);
  }
}
