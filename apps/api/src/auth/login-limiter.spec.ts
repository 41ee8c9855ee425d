import { describe, expect, it } from 'vitest';
import { accountDelaySeconds } from './login-limiter';

describe('accountDelaySeconds', () => {
  it('waits nothing up to the free failures, then 1 s doubling up to the cap', () => {
    expect([0, 4, 5, 6, 7, 14, 15, 16, 60, 5000].map((n) => accountDelaySeconds(n, 5, 900))).toEqual([0, 0, 1, 2, 4, 512, 900, 900, 900, 900]);
  });
});
