import { describe, expect, it } from 'vitest';
import { banner, baseUrl } from './banner';

const app = (host: string, publicUrl?: string) => ({ app: { host, publicUrl } }) as never;

describe('banner', () => {
  it('prints the four URLs', () => {
    expect(banner(baseUrl(app('0.0.0.0'), 3000))).toBe(
      [
        'dualcarbon is running',
        '  Portal:  http://localhost:3000/',
        '  CMS:     http://localhost:3000/cms/',
        '  API:     http://localhost:3000/api',
        '  Docs:    http://localhost:3000/api/docs',
      ].join('\n'),
    );
  });

  it('prefers PUBLIC_URL and shows a specific bind address', () => {
    expect(baseUrl(app('0.0.0.0', 'https://dualcarbon.example.org'), 3000)).toBe('https://dualcarbon.example.org');
    expect(baseUrl(app('127.0.0.1'), 8080)).toBe('http://127.0.0.1:8080');
    expect(baseUrl(app('::1'), 8080)).toBe('http://[::1]:8080');
  });
});
