import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logger.token';
import { isUniqueViolation } from '../database/sql';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersService], exports: [UsersService] })
export class UsersModule implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** ADMIN_EMAIL + ADMIN_PASSWORD create the first admin at boot, and only while no active admin exists. */
  async onApplicationBootstrap() {
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin) return;
    const email = admin.email.normalize('NFKC').trim().toLowerCase();
    try {
      const created = await this.users.createFirstAdmin(email, 'Administrator', admin.password, {
        actorId: null,
        ip: null,
        userAgent: 'dualcarbon boot (ADMIN_EMAIL)',
      });
      if (created) this.logger.warn({ email }, 'created the first admin from ADMIN_EMAIL/ADMIN_PASSWORD; unset ADMIN_PASSWORD now');
    } catch (err) {
      if (!isUniqueViolation(err, 'users_email_key')) throw err;
      this.logger.error({ email }, 'ADMIN_EMAIL belongs to an existing user who is not an active admin: no admin was created');
    }
  }
}
