import { describe, expect, it } from 'vitest';
import { jsonDepth } from './body-limits';

describe('jsonDepth', () => {
  it('measures nesting of objects and arrays without recursion', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth({ a: 1 })).toBe(1);
    expect(jsonDepth({ a: [{ b: [] }] })).toBe(4);
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});
