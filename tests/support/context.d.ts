declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** The app's database (for creating test accounts); '' when E2E_BASE_URL is used without E2E_DATABASE_URL. */
    databaseUrl: string;
    /** Where the app writes its mail as .eml files (no SMTP_URL); '' when E2E_BASE_URL is used without E2E_MAIL_DIR. */
    mailDir: string;
    /** Bearer token of GET /api/observability/metrics; '' when E2E_BASE_URL is used without E2E_METRICS_TOKEN. */
    metricsToken: string;
  }
}

export {};
