import type { OutgoingMail } from '../mail/mail-transport';

export interface NotificationContent {
  email: string;
  user_name: string;
  kind: string;
  comment: string | null;
  entry_id: string;
  actor_name: string | null;
  title: { en?: string; zh?: string } | null;
}

const SUBJECT: Record<string, { en: string; zh: string }> = {
  submit: { en: 'Waiting for your review', zh: '等待您审核' },
  request_changes: { en: 'Changes requested', zh: '需要修改' },
  comment: { en: 'New comment', zh: '新评论' },
};

const WHAT: Record<string, { en: (who: string, title: string) => string; zh: (who: string, title: string) => string }> = {
  submit: { en: (w, t) => `${w} submitted “${t}” for review.`, zh: (w, t) => `${w} 提交了“${t}”，等待审核。` },
  request_changes: { en: (w, t) => `${w} requested changes to “${t}”.`, zh: (w, t) => `${w} 要求修改“${t}”。` },
  comment: { en: (w, t) => `${w} commented on “${t}”.`, zh: (w, t) => `${w} 评论了“${t}”。` },
};

/** The mail to someone an entry now waits on, in English and Chinese, with the entry's link and where to stop such mail. */
export function notificationMail(c: NotificationContent, base: string): OutgoingMail {
  const title = c.title?.en || c.title?.zh || 'an entry';
  const titleZh = c.title?.zh || c.title?.en || '一个条目';
  const who = c.actor_name ?? 'Someone';
  const subject = SUBJECT[c.kind] ?? { en: 'Activity', zh: '动态' };
  const what = WHAT[c.kind];
  const link = `${base}/cms/en/entries/${c.entry_id}`;
  const settings = `${base}/cms/en/notifications`;
  const quote = c.comment ? `\n\n“${c.comment}”` : '';
  const text = [
    `${what ? what.en(who, title) : `${who}: ${c.kind} — “${title}”.`}${quote}`,
    `Open it: ${link}`,
    `${what ? what.zh(who, titleZh) : `${who}：${c.kind}——“${titleZh}”。`}`,
    `打开：${base}/cms/zh/entries/${c.entry_id}`,
    `--\nYou get this because something in the dualcarbon CMS waits on you. Stop these e-mails: ${settings}\n您收到此邮件是因为 CMS 中有事项等待您处理。停止接收：${base}/cms/zh/notifications`,
  ].join('\n\n');
  return { to: c.email, subject: `[dualcarbon] ${subject.en} · ${subject.zh}: ${title}`, text, unsubscribeUrl: settings, oneClick: false };
}
