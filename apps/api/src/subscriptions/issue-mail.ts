import { pickText, renderEmailHtml, renderEmailText, type NewsletterIssue, type RenderableEntry, type RenderLang } from '@dualcarbon/domain';
import type { OutgoingMail } from '../mail/mail-transport';

/** "China Carbon Neutrality Tracker Newsletter · Issue 1" / "中国碳中和追踪简报 · 第1期". */
export function issueSubject(issue: NewsletterIssue, lang: RenderLang): string {
  const title = pickText(issue.title, lang)?.text ?? (lang === 'zh' ? '简报' : 'Briefing');
  return `${title} · ${lang === 'zh' ? `第${issue.number}期` : `Issue ${issue.number}`}`;
}

/** One subscriber's copy of an issue: HTML and plain-text parts, each with their own unsubscribe link. */
export function issueMail(
  issue: NewsletterIssue,
  entries: ReadonlyMap<string, RenderableEntry>,
  to: { email: string; lang: RenderLang },
  baseUrl: string,
  unsubscribeUrl: string,
): OutgoingMail {
  const opts = { lang: to.lang, baseUrl, unsubscribeUrl };
  return {
    to: to.email,
    subject: issueSubject(issue, to.lang),
    html: renderEmailHtml(issue, entries, opts),
    text: renderEmailText(issue, entries, opts),
    unsubscribeUrl,
  };
}
