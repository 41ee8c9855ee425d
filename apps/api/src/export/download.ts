import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Duplex } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError, EXPORT_BUSY } from '../common/errors';
import type { Citation } from './citation';
import type { ExportSection } from './export.config';
import { EXPORT_RETRY_AFTER_SECONDS, type ExportGate } from './export-gate';
import { EXPORT_FORMATS, type ExportFormat } from './formats';

/**
 * A slot for one download from the process's gate (shared by every export), or 429 `export/busy` with
 * Retry-After. A HEAD request streams nothing and takes no slot.
 */
export function enterExportGate(gate: ExportGate, limits: ExportSection, req: Request, res: Response): () => void {
  if (req.method === 'HEAD') return () => undefined;
  const release = gate.enter(req.ip);
  if (release) return release;
  res.setHeader('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
  res.setHeader('Cache-Control', 'no-store');
  throw new ApiError(
    HttpStatus.TOO_MANY_REQUESTS,
    EXPORT_BUSY,
    `Too many exports are running (at most ${limits.maxConcurrent} at once, ${limits.maxPerClient} per client): try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds`,
  );
}

export interface Download<Row> {
  /** "entries" or "targets": the file is dualcarbon-<name>-YYYY-MM-DD.<format>. */
  name: string;
  format: ExportFormat;
  citation: Citation;
  total: number;
  rows: AsyncIterable<Row>;
  stages: Duplex[];
}

/**
 * Sends a download's headers (type, attachment, citation, Link, count) and, unless HEAD, streams its rows
 * through the format's stages; a reader that takes nothing for `stallSeconds` is cut.
 */
export async function sendDownload<Row>(req: Request, res: Response, d: Download<Row>, stallSeconds: number): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', EXPORT_FORMATS[d.format]);
  res.setHeader('Content-Disposition', `attachment; filename="dualcarbon-${d.name}-${d.citation.generatedAt.slice(0, 10)}.${d.format}"`);
  res.setHeader('X-Citation', d.citation.text);
  res.setHeader('Link', `<${d.citation.url}>; rel="cite-as"`);
  res.setHeader('X-Total-Count', String(d.total));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const socket = req.socket;
  socket.setTimeout(stallSeconds * 1000, () => socket.destroy());
  try {
    await pipeline([Readable.from(d.rows), ...d.stages, res]);
  } finally {
    socket.setTimeout(0);
  }
}

/**
 * Rows for a list of keys in order, a chunk per statement, the next chunk read while this one is written:
 * a connection is held only while a statement runs, never while the response waits for a slow reader.
 */
export async function* rowsByChunks<Key, Row>(keys: readonly Key[], chunk: number, read: (keys: Key[]) => Promise<Row[]>): AsyncGenerator<Row> {
  const start = (from: number): Promise<Row[]> | null => {
    if (from >= keys.length) return null;
    const rows = read(keys.slice(from, from + chunk));
    rows.catch(() => undefined); // a download abandoned mid-way never awaits its read-ahead
    return rows;
  };
  let next = start(0);
  for (let from = 0; next; from += chunk) {
    const rows = await next;
    next = start(from + chunk);
    yield* rows;
  }
}

/** Rows read per statement: memory stays flat whatever the export's size, and no statement runs long. */
export const EXPORT_CHUNK = 500;

/** What one export sends: the download's description, the keys of its rows in order, and how to read a chunk of them. */
export interface ChunkedExport<Key, Row> extends Omit<Download<Row>, 'rows'> {
  keys: readonly Key[];
  readChunk: (keys: Key[]) => Promise<Row[]>;
}
