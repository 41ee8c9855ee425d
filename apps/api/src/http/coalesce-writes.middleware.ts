import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/** Bytes gathered before they are passed on; a streamed export writes one small chunk per row. */
export const COALESCE_BYTES = 64 * 1024;

type Callback = (err?: Error | null) => void;

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding ?? 'utf8');
  const view = chunk as ArrayBufferView;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/**
 * Gathers the small writes of a streamed response into chunks of up to `max` bytes, passed on at
 * that size or at the end of the current turn of the event loop (so a slow stream is never held
 * back). `compression` runs one zlib call per write: 100 000 one-row writes cost ten times more
 * than the same bytes in 64 KB chunks. Backpressure is kept: at most `max` bytes wait here, and a
 * full downstream still answers `false`. One-shot responses (`res.send`) pass straight through.
 */
export function coalesceWrites(res: ServerResponse, max = COALESCE_BYTES): void {
  const write = res.write as (chunk: unknown, cb?: Callback) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  let chunks: Buffer[] = [];
  let callbacks: Callback[] = [];
  let size = 0;
  let scheduled = false;

  const take = () => {
    const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
    const cbs = callbacks;
    chunks = [];
    callbacks = [];
    size = 0;
    return { data, cb: cbs.length ? (err?: Error | null) => cbs.forEach((f) => f(err)) : undefined };
  };
  const flush = (): boolean => {
    scheduled = false;
    if (!size) return true;
    const { data, cb } = take();
    return write.call(res, data, cb);
  };

  res.write = function (chunk: unknown, encoding?: BufferEncoding | Callback, cb?: Callback): boolean {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    const buf = toBuffer(chunk, encoding);
    chunks.push(buf);
    size += buf.length;
    if (cb) callbacks.push(cb);
    if (size >= max) return flush();
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!size) return end.apply(this, args);
    let [chunk, encoding, cb] = args as [unknown, BufferEncoding | Callback | undefined, Callback | undefined];
    if (typeof chunk === 'function') [cb, chunk] = [chunk as Callback, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) {
      const buf = toBuffer(chunk, encoding);
      chunks.push(buf);
      size += buf.length;
    }
    const { data, cb: written } = take();
    const done = (err?: Error | null) => {
      written?.(err);
      cb?.();
    };
    return end.call(this, data, done);
  } as ServerResponse['end'];
}

/** Applies `coalesceWrites` to every API response. */
@Injectable()
export class CoalesceWritesMiddleware implements NestMiddleware {
  use(_req: Request, res: Response, next: NextFunction) {
    coalesceWrites(res);
    next();
  }
}
