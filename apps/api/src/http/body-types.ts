import { HttpStatus, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiError, REQUEST_UNSUPPORTED_MEDIA_TYPE } from '../common/errors';

const BODY_TYPES_KEY = 'dualcarbon:body-types';
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * Body types a route takes besides JSON (a wildcard type takes any). Every other route takes JSON only: an HTML form
 * on another site can send urlencoded, multipart or text/plain bodies without a CORS preflight, never JSON.
 */
export const AcceptsBody = (...types: string[]) => SetMetadata(BODY_TYPES_KEY, types);

/** Whether the request carries a body at all (an empty POST may name no type). */
export function hasBody(req: Pick<Request, 'headers'>): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
}

/** Global: a request body that is not JSON (or a type the route accepts via @AcceptsBody) gets 415. */
@Injectable()
export class BodyTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    if (!hasBody(req)) return true;
    const extra = this.reflector.getAllAndOverride<string[] | undefined>(BODY_TYPES_KEY, [ctx.getHandler(), ctx.getClass()]) ?? [];
    if (req.is([...JSON_TYPES, ...extra])) return true;
    const accepted = ['application/json', ...extra.filter((t) => t !== '*/*')].join(' or ');
    throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, REQUEST_UNSUPPORTED_MEDIA_TYPE, `Send the body as ${accepted}`);
  }
}
