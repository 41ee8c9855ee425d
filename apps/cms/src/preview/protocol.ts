import type { EntryInput, LocalizedText } from '@dualcarbon/domain';
import { regionByCode } from '@dualcarbon/domain';
import { cleanEntry } from '@/lib/entryForm';

/** Messages between the editor and the preview frame (same origin only). */
export const PREVIEW_READY = 'dualcarbon:preview-ready';
export const PREVIEW_DATA = 'dualcarbon:preview-data';
export const PREVIEW_HEIGHT = 'dualcarbon:preview-height';

export interface PreviewMessage {
  type: typeof PREVIEW_DATA;
  lang: 'en' | 'zh';
  /** The entry in the shape the portal's entry page reads (`GET /api/entries/:slug`). */
  entry: Record<string, unknown>;
  /** Titles of related entries, by slug. */
  titles: Record<string, LocalizedText>;
}

/** The working copy as the public API would send it once published. */
export function toPortalEntry(data: EntryInput, meta: { id?: string; publishedAt?: string | null; updatedAt?: string | null }): Record<string, unknown> {
  const d = cleanEntry(data) as Record<string, unknown>;
  const r = regionByCode(String(d.jurisdiction ?? ''));
  const now = new Date().toISOString();
  return {
    id: meta.id ?? 'preview',
    issuingBodies: [],
    sectors: [],
    themes: [],
    ghgs: [],
    keyPoints: [],
    sources: [],
    targets: [],
    observations: [],
    relations: [],
    newsletter: [],
    status: 'in_force',
    ...d,
    slug: (d.slug as string) || 'preview',
    publishedAt: meta.publishedAt ?? now,
    updatedAt: meta.updatedAt ?? now,
    region: r ? { code: r.code, parent: r.parent, kind: r.kind, en: r.en, zh: r.zh, enShort: r.enShort, zhShort: r.zhShort } : null,
  };
}
