import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { loadOrCreateSecret, MailTokens } from './mail-tokens';
import { MailTransport } from './mail-transport';
import { MailLinks } from './mail-links';

/** Signed links, the transport (SMTP or .eml files) and the site's public base URL, for any module. */
@Global()
@Module({
  providers: [
    { provide: MailTransport, useFactory: (c: AppConfig) => new MailTransport(c.mail), inject: [APP_CONFIG] },
    // The secret is read (or generated) on first use, so an app that never signs a link never writes one.
    { provide: MailTokens, useFactory: (c: AppConfig) => new MailTokens(() => loadOrCreateSecret(c.mail.secret, c.mail.dataDir)), inject: [APP_CONFIG] },
    { provide: MailLinks, useFactory: (c: AppConfig) => new MailLinks(c.app.siteUrl), inject: [APP_CONFIG] },
  ],
  exports: [MailTransport, MailTokens, MailLinks],
})
export class MailModule implements OnModuleDestroy {
  constructor(@Inject(MailTransport) private readonly transport: MailTransport) {}

  onModuleDestroy() {
    this.transport.close();
  }
}
