import { escapeHtml } from '@dualcarbon/domain';
import { buttonMailHtml, smallPrint } from '../mail/button-mail';

export type LinkPurpose = 'invite' | 'reset';

const TEXT: Record<LinkPurpose, { subject: string; en: string; zh: string; button: string }> = {
  invite: {
    subject: 'Your dualcarbon CMS account / 您的 dualcarbon 编辑账户',
    en: 'An administrator created a dualcarbon CMS account for you. Choose your password with the link below; nobody else knows it.',
    zh: '管理员为您创建了 dualcarbon 编辑系统账户。请通过下方链接设置您的密码，其他人不会知道它。',
    button: 'Set my password / 设置密码',
  },
  reset: {
    subject: 'Set a new password for dualcarbon / 设置新的 dualcarbon 密码',
    en: 'An administrator reset your dualcarbon CMS password and ended your sessions. Choose a new password with the link below.',
    zh: '管理员重置了您的 dualcarbon 编辑系统密码并结束了您的登录会话。请通过下方链接设置新密码。',
    button: 'Set a new password / 设置新密码',
  },
};

/** The one-time set-password mail, in both languages (accounts have no language of their own). */
export function passwordLinkMail(purpose: LinkPurpose, name: string, url: string, expiresAt: Date) {
  const t = TEXT[purpose];
  const until = expiresAt.toISOString().replace('T', ' ').slice(0, 16);
  const validity = `This link works once, until ${until} UTC. / 此链接仅可使用一次，有效期至 ${until}（UTC）。`;
  const ignore = 'If you did not expect this message, ignore it. / 如非本人预期，请忽略此邮件。';
  const html = buttonMailHtml({
    lang: 'en',
    subject: t.subject,
    before: [
      `<p style="margin:0 0 12px 0;">${escapeHtml(name)},</p>`,
      `<p style="margin:0 0 8px 0;">${escapeHtml(t.en)}</p>`,
      `<p style="margin:0 0 20px 0;" lang="zh-CN">${escapeHtml(t.zh)}</p>`,
    ],
    button: { label: t.button, url },
    after: [smallPrint('20px 0 0 0', escapeHtml(validity)), smallPrint('8px 0 0 0', escapeHtml(ignore))],
  });
  const text = `${name},\n\n${t.en}\n${t.zh}\n\n${t.button}:\n${url}\n\n${validity}\n${ignore}\n`;
  return { subject: t.subject, html, text };
}
