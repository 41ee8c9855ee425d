import { EMAIL_FONT_STACK, escapeHtml, safeHref } from '@dualcarbon/domain';

type Lang = 'en' | 'zh';

const TEXT: Record<Lang, { subject: string; lead: string; button: string; ignore: string; unsubscribe: string }> = {
  en: {
    subject: 'Confirm your subscription to the dualcarbon briefings',
    lead: 'Please confirm that you want to receive the bi-monthly dualcarbon briefing on China’s carbon-neutrality policies at this address.',
    button: 'Confirm my subscription',
    ignore: 'If you did not ask for this, ignore this message: without confirmation you will receive nothing.',
    unsubscribe: 'Do not send me anything',
  },
  zh: {
    subject: '请确认订阅 dualcarbon 简报',
    lead: '请确认您希望在此邮箱接收 dualcarbon 关于中国碳中和政策的双月简报。',
    button: '确认订阅',
    ignore: '如果这不是您本人的申请，请忽略此邮件：未经确认，您不会收到任何邮件。',
    unsubscribe: '不要再给我发送邮件',
  },
};

/** The double opt-in message: a confirm link, and (like every mail) an unsubscribe link. Table layout, inline CSS. */
export function confirmationMail(lang: Lang, confirmUrl: string, unsubscribeUrl: string) {
  const t = TEXT[lang];
  const font = `font-family:${EMAIL_FONT_STACK};`;
  const html = `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.subject)}</title></head>
<body style="margin:0;padding:0;background:#eef2f0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2f0;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background:#ffffff;">
<tr><td style="padding:28px 32px;${font}font-size:15px;line-height:23px;color:#1f2a24;">
<p style="margin:0 0 20px 0;">${escapeHtml(t.lead)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0b5d45;border-radius:4px;">
<a href="${safeHref(confirmUrl)}" style="display:inline-block;padding:12px 22px;${font}font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(t.button)}</a>
</td></tr></table>
<p style="margin:20px 0 0 0;font-size:13px;line-height:19px;color:#5b6b63;">${escapeHtml(t.ignore)}</p>
<p style="margin:12px 0 0 0;font-size:13px;line-height:19px;"><a href="${safeHref(unsubscribeUrl)}" style="color:#0b5d45;">${escapeHtml(t.unsubscribe)}</a></p>
</td></tr></table></td></tr></table></body></html>
`;
  const text = `${t.lead}\n\n${t.button}:\n${confirmUrl}\n\n${t.ignore}\n\n${t.unsubscribe}: ${unsubscribeUrl}\n`;
  return { subject: t.subject, html, text };
}
