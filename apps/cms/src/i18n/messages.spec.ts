import { WORKFLOW_STATES } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import en from './en';
import zh from './zh';

/** Every source file's text, through Vite (no file-system access needed). */
const SOURCES = import.meta.glob(['../**/*.vue', '../**/*.ts', '!../**/*.spec.ts'], { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

function has(messages: unknown, key: string): boolean {
  let node = messages;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('interface messages', () => {
  it('has every literal key the sources use, in both languages', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(SOURCES)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) {
        if (!has(en, m[1])) missing.push(`${file}: ${m[1]}`);
        if (!has(zh, m[1])) missing.push(`${file} (zh): ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(SOURCES).length).toBeGreaterThan(40);
  });

  it('names every workflow state in both languages', () => {
    for (const s of WORKFLOW_STATES) {
      expect(has(en, `status.${s}`) && has(zh, `status.${s}`)).toBe(true);
    }
  });
});
