/** Absolute links in mail: the portal and the API share one origin (PUBLIC_URL, else localhost:PORT). */
export class MailLinks {
  readonly base: string;

  constructor(base: string) {
    this.base = base.replace(/\/+$/, '');
  }

  confirm(token: string) {
    return `${this.base}/api/subscriptions/confirm?token=${encodeURIComponent(token)}`;
  }

  unsubscribe(token: string) {
    return `${this.base}/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /**
   * The CMS page that sets a password from a one-time link. The token rides in the fragment, which
   * browsers never send to a server: it stays out of request logs, proxies and Referer headers.
   */
  setPassword(token: string, lang: 'en' | 'zh' = 'en') {
    return `${this.base}/cms/${lang}/set-password#token=${encodeURIComponent(token)}`;
  }

  /** The portal's archive in a language, where the subscription forms and notices live. */
  briefings(lang: 'en' | 'zh', query = '') {
    return `${this.base}/${lang}/briefings${query}`;
  }
}
