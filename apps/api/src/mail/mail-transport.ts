import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailSection } from './mail.config';

/** One message, ready to go. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The unsubscribe link: sent as List-Unsubscribe (RFC 2369), with List-Unsubscribe-Post (RFC 8058) when it takes a one-click POST. Account mail has none. */
  unsubscribeUrl?: string;
  /** false: the link opens a page to change settings (no RFC 8058 one-click POST). Default true. */
  oneClick?: boolean;
}

export interface SentMail {
  messageId: string;
  /** The .eml file, with the file transport. */
  file?: string;
}

/**
 * Where mail goes: SMTP (nodemailer, SMTP_URL) in production; without SMTP_URL, nodemailer's stream
 * transport renders each message and it is written as an .eml file under `$DATA_DIR/mail/`.
 */
export class MailTransport {
  private transporter?: Transporter;
  readonly kind: 'smtp' | 'file';
  readonly outbox: string;

  constructor(private readonly config: Pick<MailSection, 'smtpUrl' | 'from' | 'dataDir'>) {
    this.kind = config.smtpUrl ? 'smtp' : 'file';
    this.outbox = join(config.dataDir, 'mail');
  }

  private get mailer(): Transporter {
    this.transporter ??= this.config.smtpUrl
      ? createTransport(this.config.smtpUrl, { from: this.config.from })
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from: this.config.from });
    return this.transporter;
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.mailer.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.unsubscribeUrl
        ? {
            headers: {
              'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
              ...(mail.oneClick === false ? {} : { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }),
            },
          }
        : {}),
    });
    const messageId = String(info.messageId ?? '');
    if (this.kind === 'smtp') return { messageId };
    await mkdir(this.outbox, { recursive: true });
    const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
    return { messageId, file };
  }

  close() {
    this.transporter?.close();
  }
}
