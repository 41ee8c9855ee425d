import helmet from 'helmet';

/**
 * Helmet with a CSP the Vue apps and Swagger UI work under when served from this origin: scripts
 * only from here (Vite emits no inline scripts), inline styles allowed (Vue and ECharts set them),
 * images also from data:/blob: (ECharts exports, Swagger's icons). `upgrade-insecure-requests` is
 * left out unless the public URL is https, or a plain-http install would break its own assets.
 */
export function securityHeaders(publicUrl: string | undefined) {
  const https = publicUrl?.startsWith('https://') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'self'"],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    strictTransportSecurity: https ? undefined : false,
  });
}
