import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config';

const ROOT = '/srv/dualcarbon';

describe('observability configuration', () => {
  it('leaves the metrics open by default and takes METRICS_TOKEN when set', () => {
    expect(loadConfig({}, ROOT).observability).toEqual({ metricsToken: undefined, metricsPublic: false });
    expect(loadConfig({ METRICS_TOKEN: ' ' }, ROOT).observability.metricsToken).toBeUndefined();
    const token = 'f'.repeat(64);
    expect(loadConfig({ METRICS_TOKEN: token }, ROOT).observability.metricsToken).toBe(token);
  });

  it.each(['short', 'has spaces in the middle of it', 'quote"sixteen-characters', 'x'.repeat(1025)])('refuses METRICS_TOKEN=%s by name', (value) => {
    let error: unknown;
    try {
      loadConfig({ METRICS_TOKEN: value }, ROOT);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toContain('METRICS_TOKEN');
  });
});
