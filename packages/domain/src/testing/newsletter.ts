/** A small issue, written by hand, for the newsletter specs (edits, schema). */
import { NEWSLETTER_SECTION_DEFAULTS } from '../newsletter/rules';
import type { NewsletterGroup, NewsletterIssue, NewsletterSectionCode } from '../newsletter/schema';

/**
 * Issue `number` "Briefing" over `period`, without intro, with the given sections in the order given:
 * each with the section's default English title, no lead, and the groups given.
 */
export function smallIssue(
  number: number,
  period: { periodFrom: string; periodTo: string },
  sections: Partial<Record<NewsletterSectionCode, NewsletterGroup[]>>,
): NewsletterIssue {
  return {
    number,
    title: { en: 'Briefing' },
    ...period,
    intro: {},
    sections: Object.entries(sections).map(([code, groups]) => ({
      code: code as NewsletterSectionCode,
      title: { en: NEWSLETTER_SECTION_DEFAULTS[code as NewsletterSectionCode].title.en },
      lead: {},
      groups,
    })),
  };
}
