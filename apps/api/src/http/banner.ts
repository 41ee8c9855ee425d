import type { AppConfig } from '../config/config';

/** Where people can reach the app: PUBLIC_URL when set, else localhost for a wildcard bind. */
export function baseUrl(config: Pick<AppConfig, 'app'>, port: number): string {
  if (config.app.publicUrl) return config.app.publicUrl;
  const host = ['0.0.0.0', '::', ''].includes(config.app.host) ? 'localhost' : config.app.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export function banner(base: string): string {
  return ['dualcarbon is running', `  Portal:  ${base}/`, `  CMS:     ${base}/cms/`, `  API:     ${base}/api`, `  Docs:    ${base}/api/docs`].join('\n');
}
