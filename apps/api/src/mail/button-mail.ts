import { EMAIL_FONT_STACK, escapeHtml, safeHref } from '@dualcarbon/domain';

export interface ButtonMailParts {
  /** The html element's lang. */
  lang: string;
  subject: string;
  /** HTML paragraphs above the button, one a line. */
  before: string[];
  button: { label: string; url: string };
  /** HTML paragraphs below it. */
  after: string[];
}

const FONT = `font-family:${EMAIL_FONT_STACK};`;

/** A small-print paragraph below the button (validity, "ignore this", unsubscribe). */
export const smallPrint = (margin: string, inner: string, color = 'color:#5b6b63;') =>
  `<p style="margin:${margin};font-size:13px;line-height:19px;${color}">${inner}</p>`;

/**
 * The account and subscription mails' one layout: a white card with a few paragraphs and one button.
 * Tables and inline CSS, as mail clients need.
 */
export function buttonMailHtml(m: ButtonMailParts): string {
  return `<!DOCTYPE html>
<html lang="${m.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.subject)}</title></head>
<body style="margin:0;padding:0;background:#eef2f0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2f0;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background:#ffffff;">
<tr><td style="padding:28px 32px;${FONT}font-size:15px;line-height:23px;color:#1f2a24;">
${m.before.join('\n')}
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0b5d45;border-radius:4px;">
<a href="${safeHref(m.button.url)}" style="display:inline-block;padding:12px 22px;${FONT}font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(m.button.label)}</a>
</td></tr></table>
${m.after.join('\n')}
</td></tr></table></td></tr></table></body></html>
`;
}
