import { ErrorSchema, type Role } from '@dualcarbon/domain';
import { applyDecorators, createParamDecorator, Header, Headers, HttpCode, Param, type ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiParam, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { requestMeta, type RequestMeta } from '../audit/request-meta';
import { Auth } from '../auth/auth.decorator';
import { openApi } from '../editor/editor.schemas';
import { AcceptsBody } from '../http/body-types';
import type { AnswerOf } from '../http/answer';

/** A documented answer: a domain schema, or a description with a domain schema, a JSON schema (a download) or none (204). */
type Answer = z.ZodType | { standardSchema?: z.ZodType; description: string; schema?: Record<string, unknown> };

/**
 * The decorator for a handler whose answer has schema `S`: a handler (or the service behind it) that
 * builds something else does not compile, so the answer is named once, in the route's doc.
 */
type Answering<S extends z.ZodType> = <H extends (...args: never[]) => AnswerOf<S>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<H>,
) => void;
type AnswerCheck<A> = A extends z.ZodType ? Answering<A> : A extends { standardSchema: infer S extends z.ZodType } ? Answering<S> : MethodDecorator;

/** What a route documents beside its answer, by status: a description naming the error codes (answered as ErrorSchema), or its own schema. */
export type Refusals = Record<number, string | { standardSchema: z.ZodType; description: string }>;

export interface EndpointDoc<A extends Answer = Answer> {
  summary: string;
  description?: string;
  /** The request body's schema, documented only: for a handler taking `@Body() body: unknown` that the domain parses (with its own issue codes). */
  body?: z.ZodType;
  answer: A;
  /** The success status, both sent and documented (200 unless given; a POST would otherwise send 201). */
  status?: 200 | 201 | 202 | 204;
  errors?: Refusals;
}

/**
 * A route's OpenAPI entry (summary, body, answer, refusals) and the success status it sends, so the two
 * cannot disagree. Sign-in is separate: `@EditorRoute` for the CMS's routes, `@Auth` on a controller.
 */
export function Endpoint<A extends Answer>({ summary, description, body, answer, status = 200, errors = {} }: EndpointDoc<A>): AnswerCheck<A> {
  const ok: Exclude<Answer, z.ZodType> | { standardSchema: z.ZodType } = answer instanceof z.ZodType ? { standardSchema: answer } : answer;
  return applyDecorators(
    HttpCode(status),
    ApiOperation(description === undefined ? { summary } : { summary, description }),
    ...(body === undefined ? [] : [ApiBody({ schema: openApi(body) })]),
    ApiResponse({ status, ...ok }),
    ...Object.entries(errors).map(([code, refusal]) =>
      ApiResponse({ status: Number(code), ...(typeof refusal === 'string' ? { standardSchema: ErrorSchema, description: refusal } : refusal) }),
    ),
  ) as AnswerCheck<A>;
}

/** A signed-in route for users with one of `roles` (see `@Auth`), documented as `@Endpoint`. */
export function EditorRoute<A extends Answer>({ roles, ...doc }: EndpointDoc<A> & { roles: Role[] }): AnswerCheck<A> {
  return applyDecorators(Auth(...roles), Endpoint(doc) as MethodDecorator) as AnswerCheck<A>;
}

/** A CMS route every editorial user may take (reading, commenting, the workflow, whose rules the domain applies per action). */
export const EditorialRoute = <A extends Answer>(doc: EndpointDoc<A>) => EditorRoute({ roles: ['editor', 'reviewer', 'admin'], ...doc });

/** A CMS route that writes content: editors and admins. */
export const AuthoringRoute = <A extends Answer>(doc: EndpointDoc<A>) => EditorRoute({ roles: ['editor', 'admin'], ...doc });

/** A CMS route for admins only (the vocabulary, accounts). */
export const AdminRoute = <A extends Answer>(doc: EndpointDoc<A>) => EditorRoute({ roles: ['admin'], ...doc });

/** A route taking a file (multipart, documented by `multipartDoc`) or the same as JSON (`json`). */
export function FileOrJsonBody(multipartDoc: Record<string, unknown>, json: z.ZodType) {
  return applyDecorators(
    AcceptsBody('multipart/form-data'),
    ApiConsumes('multipart/form-data', 'application/json'),
    ApiBody({ schema: { oneOf: [multipartDoc, openApi(json)] } }),
  );
}

/**
 * A route answering text of `mediaType` in UTF-8 (a page, a sitemap, a rendering) rather than an API
 * answer: the Content-Type it sends and its documented 200. `typed` also documents the body as a string.
 */
export function TextAnswer(mediaType: string, description: string, typed = false) {
  return applyDecorators(
    Header('Content-Type', `${mediaType}; charset=utf-8`),
    ApiProduces(mediaType),
    ApiResponse({ status: 200, description, ...(typed && { content: { [mediaType]: { schema: { type: 'string' } } } }) }),
  );
}

/** `@AuditMeta() meta: RequestMeta`: where the request came from, for the audit log. */
export const AuditMeta = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestMeta => requestMeta(ctx.switchToHttp().getRequest<Request>()));

/** A parameter decorator that also documents the route: `doc` (a method decorator) is applied to the handler it belongs to. */
function documented(read: ParameterDecorator, doc: MethodDecorator): ParameterDecorator {
  return (target, key, index) => {
    read(target, key, index);
    if (key !== undefined) doc(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/**
 * `@IdParam() id: string`: the path parameter `name` (`:id` unless given), documented as a uuid; `schema`
 * (a zod uuid) also refuses another value with 400 rather than leaving it to the service's 404.
 */
export const IdParam = (name = 'id', schema?: z.ZodType) => documented(schema ? Param(name, { schema }) : Param(name), ApiParam({ name, format: 'uuid' }));

/** `@IfMatch() ifMatch: string | undefined`: the optional If-Match header with the version a write is based on, documented as `description` says. */
export const IfMatch = (description = 'The version the edit is based on, e.g. "3"') =>
  documented(Headers('if-match'), ApiHeader({ name: 'If-Match', required: false, description }));
