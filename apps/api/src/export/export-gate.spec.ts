import { describe, expect, it } from 'vitest';
import { ExportGate } from './export-gate';

describe('ExportGate', () => {
  it('admits up to the global and the per-client limit, and gives slots back once', () => {
    const gate = new ExportGate({ maxConcurrent: 3, maxPerClient: 2 });
    const a1 = gate.enter('203.0.113.1')!;
    const a2 = gate.enter('::ffff:203.0.113.1')!;
    expect(gate.enter('203.0.113.1')).toBeNull();
    const b1 = gate.enter('2001:db8:1:2::7')!;
    expect(gate.enter('2001:db8:1:2::8')).toBeNull(); // full: 3 running
    expect(gate.enter('198.51.100.1')).toBeNull();
    a1();
    a1(); // twice counts once
    expect(gate.active).toBe(2);
    const c1 = gate.enter('198.51.100.1')!;
    expect(c1).not.toBeNull();
    expect(gate.enter('2001:db8:1:2::9')).toBeNull();
    for (const release of [a2, b1, c1]) release();
    expect(gate.active).toBe(0);
  });
});
