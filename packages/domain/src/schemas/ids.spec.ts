import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
  it('takes the 8-4-4-4-12 hex shape in either case, nothing else', () => {
    expect(isUuid('7a1d7c1e-2222-4c2b-9d3a-000000000001')).toBe(true);
    expect(isUuid('7A1D7C1E-2222-4C2B-9D3A-00000000000F')).toBe(true);
    for (const bad of [
      '',
      '7a1d7c1e22224c2b9d3a000000000001',
      '7a1d7c1e-2222-4c2b-9d3a-00000000000g',
      ' 7a1d7c1e-2222-4c2b-9d3a-000000000001',
      "1' OR '1'='1",
      42,
      null,
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });
});
