import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../audit/request-meta';
import { ApiError, AUTH_LINK_INVALID } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logger.token';
import { MailLinks } from '../mail/mail-links';
import { MailTransport } from '../mail/mail-transport';
import { passwordLinkMail, type LinkPurpose } from './account-mails';
import { Passwords } from './passwords';
import { SessionsService } from './sessions.service';
import { rowsOf } from '../database/sql';
import { isWellFormedToken, newToken, sha256 } from './tokens';

export interface IssuedLink {
  token: string;
  expiresAt: Date;
}

export interface LinkView {
  email: string;
  name: string;
  purpose: LinkPurpose;
  expiresAt: string;
}

const invalid = () =>
  new ApiError(
    HttpStatus.BAD_REQUEST,
    AUTH_LINK_INVALID,
    'This link has expired, was already used, or was replaced by a newer one: ask an admin for a new one',
  );

/** The valid link of this token: unused, unexpired, the account's newest, its user active. */
const VALID_LINK = `
  SELECT l.user_id, l.purpose, l.expires_at, u.email::text AS email, u.name
    FROM password_links l JOIN users u ON u.id = l.user_id
   WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND u.active`;

/**
 * One-time set-password links: an admin's invitation or reset mails one to the account's address, and
 * whoever holds that mailbox chooses the password. The admin never sees a password or the link.
 */
@Injectable()
export class PasswordLinks {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly transport: MailTransport,
    private readonly links: MailLinks,
    private readonly passwords: Passwords,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** A new link for the account, in the caller's transaction; earlier unused ones stop working. */
  async issue(m: EntityManager, userId: string, purpose: LinkPurpose, createdBy: string | null): Promise<IssuedLink> {
    await m.query(`DELETE FROM password_links WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    const token = newToken();
    const [row] = await m.query(
      `INSERT INTO password_links (user_id, token_hash, purpose, created_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at`,
      [userId, sha256(token), purpose, createdBy, this.config.auth.passwordLinkHours],
    );
    return { token, expiresAt: new Date(row.expires_at) };
  }

  /** Mails the link (after the transaction that made it has committed); false when the mail could not go out. */
  async mail(to: { email: string; name: string }, purpose: LinkPurpose, link: IssuedLink): Promise<boolean> {
    try {
      await this.transport.send({ to: to.email, ...passwordLinkMail(purpose, to.name, this.links.setPassword(link.token), link.expiresAt) });
      return true;
    } catch (err) {
      this.logger.error({ err, purpose }, 'could not mail a set-password link');
      return false;
    }
  }

  /** Whom a link is for, without using it (the CMS page shows it before asking for a password). */
  async inspect(token: string): Promise<LinkView> {
    if (!isWellFormedToken(token)) throw invalid();
    const [row] = await this.db.query(VALID_LINK, [sha256(token)]);
    if (!row) throw invalid();
    return { email: row.email, name: row.name, purpose: row.purpose, expiresAt: new Date(row.expires_at).toISOString() };
  }

  /** Sets the password and uses the link up; every session of the account ends. */
  async consume(token: string, password: string, meta: RequestMeta): Promise<{ email: string }> {
    await this.inspect(token); // no hashing work for a link that cannot work
    const hash = await this.passwords.hash(password);
    return this.db.transaction(async (m) => {
      const [link] = await rowsOf<{ user_id: string; purpose: LinkPurpose }>(
        m,
        `UPDATE password_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id, purpose`,
        [sha256(token)],
      );
      const [user] = link
        ? await rowsOf<{ email: string }>(
            m,
            `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1 AND active RETURNING email::text AS email`,
            [link.user_id, hash],
          )
        : [];
      if (!link || !user) throw invalid();
      await m.query(`DELETE FROM password_links WHERE user_id = $1 AND used_at IS NULL`, [link.user_id]);
      const sessionsEnded = await this.sessions.revokeAllForUser(link.user_id, m);
      await this.audit.record(
        {
          ...meta,
          actorId: link.user_id,
          action: 'user.set_password',
          entityType: 'user',
          entityId: link.user_id,
          after: { purpose: link.purpose, sessionsEnded },
        },
        m,
      );
      return { email: user.email };
    });
  }
}
