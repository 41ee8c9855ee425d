import { escapeHtml, safeHref } from '@dualcarbon/domain';
import { buttonMailHtml, smallPrint } from '../mail/button-mail';

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
  const html = buttonMailHtml({
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    subject: t.subject,
    before: [`<p style="margin:0 0 20px 0;">${escapeHtml(t.lead)}</p>`],
    button: { label: t.button, url: confirmUrl },
    after: [
      smallPrint('20px 0 0 0', escapeHtml(t.ignore)),
      smallPrint('12px 0 0 0', `<a href="${safeHref(unsubscribeUrl)}" style="color:#0b5d45;">${escapeHtml(t.unsubscribe)}</a>`, ''),
    ],
  });
  const text = `${t.lead}\n\n${t.button}:\n${confirmUrl}\n\n${t.ignore}\n\n${t.unsubscribe}: ${unsubscribeUrl}\n`;
  return { subject: t.subject, html, text };
}
