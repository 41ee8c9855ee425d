import type { LocalizedText, NewsletterIssue, RenderableEntry } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';

/** Titles of the published entries among these slugs: nothing else may appear in public output. */
export async function publishedEntries(m: EntityManager, slugs: string[]): Promise<Map<string, RenderableEntry>> {
  if (!slugs.length) return new Map();
  const rows: Array<{ slug: string; title_en: string | null; title_zh: string | null }> = await m.query(
    `SELECT slug, title_en, title_zh FROM entries WHERE slug = ANY($1::text[]) AND workflow_status = 'published' AND deleted_at IS NULL`,
    [slugs],
  );
  return new Map(rows.map((r) => [r.slug, { slug: r.slug, title: { ...(r.title_en ? { en: r.title_en } : {}), ...(r.title_zh ? { zh: r.title_zh } : {}) } }]));
}

export type PublicItem = NewsletterIssue['sections'][number]['groups'][number]['items'][number] & { title: LocalizedText };

/**
 * The issue as the public may see it: items whose entry is not published (a draft, an unpublished
 * or deleted entry) are left out, with groups and sections they leave empty; each item carries its
 * entry's title.
 */
export function publicIssue(issue: NewsletterIssue, entries: ReadonlyMap<string, RenderableEntry>): NewsletterIssue {
  return {
    ...issue,
    sections: issue.sections
      .map((s) => ({
        ...s,
        groups: s.groups
          .map((g) => ({ ...g, items: g.items.filter((i) => entries.has(i.entry)).map((i): PublicItem => ({ ...i, title: entries.get(i.entry)!.title })) }))
          .filter((g) => g.items.length > 0),
      }))
      .filter((s) => s.groups.length > 0),
  };
}
