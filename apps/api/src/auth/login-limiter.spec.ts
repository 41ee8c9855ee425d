import { describe, expect, it } from 'vitest';
import { accountDelaySeconds, clientKey } from './login-limiter';

describe('clientKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [null, 'unknown'],
  ])('%s → %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});

describe('accountDelaySeconds', () => {
  it('waits nothing up to the free failures, then 1 s doubling up to the cap', () => {
    expect([0, 4, 5, 6, 7, 14, 15, 16, 60, 5000].map((n) => accountDelaySeconds(n, 5, 900))).toEqual([0, 0, 1, 2, 4, 512, 900, 900, 900, 900]);
  });
});
