import type { ComposableEntry, LocalizedText } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';

const text = (en: string | null, zh: string | null): LocalizedText => ({ ...(en ? { en } : {}), ...(zh ? { zh } : {}) });

/**
 * The public copy of every entry published in the period (publication date in China time, else the
 * issue date, both ends included), as the domain's composer reads them. The composer filters again by
 * the same rule; the query only keeps the read small.
 */
export async function composableEntries(m: EntityManager, periodFrom: string, periodTo: string): Promise<ComposableEntry[]> {
  const rows: Record<string, any>[] = await m.query(
    `SELECT e.slug, e.kind, e.level, e.title_en, e.title_zh, e.summary_en, e.summary_zh, e.key_points, e.themes,
            e.published_at, e.issued_on::text AS issued_on,
            coalesce((SELECT json_agg(json_build_object('type', r.type, 'target', r.to_slug) ORDER BY r.position)
                        FROM entry_relations r WHERE r.entry_id = e.id), '[]'::json) AS relations
       FROM entries e
      WHERE e.workflow_status = 'published' AND e.deleted_at IS NULL
        AND CASE WHEN e.published_at IS NOT NULL THEN (e.published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date
                 ELSE e.issued_on BETWEEN $1::date AND $2::date END
      ORDER BY e.slug`,
    [periodFrom, periodTo],
  );
  return rows.map((r) => ({
    slug: r.slug,
    kind: r.kind,
    level: r.level,
    title: text(r.title_en, r.title_zh),
    summary: text(r.summary_en, r.summary_zh),
    keyPoints: (r.key_points ?? []) as LocalizedText[],
    themes: r.themes ?? [],
    relations: r.relations ?? [],
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    issuedOn: r.issued_on ?? null,
    state: 'published',
  }));
}
