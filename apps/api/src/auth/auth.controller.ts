import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse, ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorSchema } from '../entries/entries.schemas';
import { Auth } from './auth.decorator';
import { LoginSchema, SessionSchema, type LoginBody } from './auth.schemas';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from './current-user.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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
  login(@Body({ schema: LoginSchema }) body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
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

  @Get('session')
  @ApiOperation({ summary: 'The signed-in user and the CSRF token for this session (re-sets dc_csrf)' })
  @ApiOkResponse({ standardSchema: SessionSchema })
  @ApiUnauthorizedResponse({ standardSchema: ErrorSchema, description: 'Not signed in (code auth/unauthenticated)' })
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.current(req, res);
  }
}
