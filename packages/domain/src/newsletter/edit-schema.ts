/** Zod schema for the edits an API accepts from the CMS (`PATCH /newsletters/:n` with `{ edits: [...] }`). */
import { z } from 'zod';
import { IsoDate, Slug } from '../schemas/primitives';
import type { NewsletterEdit } from './edits';
import { NEWSLETTER_SECTION_CODES, NewsletterAboutSchema, NewsletterText } from './schema';

const section = z.enum(NEWSLETTER_SECTION_CODES, { error: 'Section is top_news, subnational_updates or perspectives' });
const index = z.number({ error: 'Expected a position' }).int('Positions are whole numbers').nonnegative('Positions start at 0');
const patchValue = z.string().max(5000, 'At most 5000 characters').nullable().optional();
const patch = z.object({ en: patchValue, zh: patchValue });
const text = NewsletterText(5000);
const bullets = z.array(NewsletterText(2000)).max(50, 'At most 50 bullets');
const ref = { section, group: index };
const target = z.object({ section, group: index, index: index.optional() });

export const NewsletterEditSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('moveItem'), entry: Slug, to: target }),
    z.object({ op: z.literal('removeItem'), entry: Slug }),
    z.object({ op: z.literal('addItem'), entry: Slug, to: target, lead: text.optional(), blurb: text.optional(), bullets: bullets.optional() }),
    z.object({ op: z.literal('editItem'), entry: Slug, lead: patch.nullable().optional(), blurb: patch.optional(), bullets: bullets.optional() }),
    z.object({ op: z.literal('reorderItems'), ...ref, order: z.array(Slug).max(200) }),
    z.object({ op: z.literal('addGroup'), section, index: index.optional(), heading: NewsletterText(500).optional(), lead: text.optional() }),
    z.object({ op: z.literal('removeGroup'), ...ref }),
    z.object({ op: z.literal('moveGroup'), section, from: index, to: index }),
    z.object({ op: z.literal('reorderGroups'), section, order: z.array(index).max(100) }),
    z.object({ op: z.literal('mergeGroups'), section, from: index, into: index }),
    z.object({
      op: z.literal('editGroup'),
      ...ref,
      heading: patch.optional(),
      lead: patch.nullable().optional(),
      sharedBullets: bullets.nullable().optional(),
    }),
    z.object({ op: z.literal('editSection'), section, title: patch.optional(), lead: patch.optional() }),
    z.object({
      op: z.literal('editIssue'),
      title: patch.optional(),
      intro: patch.optional(),
      imageCredit: patch.nullable().optional(),
      periodFrom: IsoDate.optional(),
      periodTo: IsoDate.optional(),
      about: z.array(NewsletterAboutSchema).max(10).nullable().optional(),
    }),
    z.object({ op: z.literal('pruneEmpty') }),
  ],
  { error: 'Unknown edit' },
);

export const NewsletterEditsSchema = z.array(NewsletterEditSchema).max(500, 'At most 500 edits at once');

// Compile-time check: whatever the schema accepts is an edit applyEdits understands.
type Accepts<T extends NewsletterEdit> = T;
export type ParsedNewsletterEdit = Accepts<z.infer<typeof NewsletterEditSchema>>;
