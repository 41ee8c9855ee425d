import type { NewsletterEdit } from './edits';
import type { NewsletterIssue } from './schema';

/**
 * The edits by which an editor makes an issue's English text read as `target`'s, once both have the
 * same sections, groups and items in the same order (after the structural edits): the issue's image
 * credit and About, and every group and item whose English text differs. How the seed acceptance
 * (the domain's compose spec and the API's) re-creates issue no. 1 from a composed draft.
 */
export function englishTextEdits(issue: NewsletterIssue, target: NewsletterIssue): NewsletterEdit[] {
  const edits: NewsletterEdit[] = [{ op: 'editIssue', imageCredit: { en: target.imageCredit?.en }, about: target.about }];
  target.sections.forEach((s, si) =>
    s.groups.forEach((g, gi) => {
      const d = issue.sections[si].groups[gi];
      if (d.heading.en !== g.heading.en || d.lead?.en !== g.lead?.en || g.sharedBullets) {
        edits.push({
          op: 'editGroup',
          section: s.code,
          group: gi,
          heading: { en: g.heading.en ?? null },
          lead: g.lead ?? null,
          sharedBullets: g.sharedBullets ?? null,
        });
      }
      g.items.forEach((it, ii) => {
        const di = d.items[ii];
        if (di.blurb.en === it.blurb.en && JSON.stringify(di.bullets) === JSON.stringify(it.bullets) && di.lead?.en === it.lead?.en) return;
        edits.push({ op: 'editItem', entry: it.entry, blurb: { en: it.blurb.en ?? null }, bullets: it.bullets, lead: it.lead ?? null });
      });
    }),
  );
  return edits;
}
