import { describe, expect, it } from 'vitest';
import { writeAtomFeed } from './atom';

describe('writeAtomFeed', () => {
  const feed = {
    id: 'https://x.test/feed',
    title: 'A & B',
    lang: 'zh' as const,
    updated: '2026-01-01T00:00:00Z',
    selfUrl: 'https://x.test/feed?a=1&b=2',
    alternateUrl: 'https://x.test/',
    entries: [{ id: 'urn:uuid:1', title: '<i>', updated: '2026-01-01T00:00:00Z', link: 'https://x.test/e/1', categories: [{ scheme: 's', term: "it's" }] }],
  };

  it('escapes every text and attribute and leaves out what is not given', () => {
    const xml = writeAtomFeed(feed);
    expect(xml).toContain('xml:lang="zh-CN"');
    expect(xml).toContain('<title type="text">A &amp; B</title>');
    expect(xml).toContain('href="https://x.test/feed?a=1&amp;b=2"');
    expect(xml).toContain('<title type="text">&lt;i&gt;</title>');
    expect(xml).toContain('term="it&apos;s"');
    expect(xml).not.toMatch(/<summary|<published|<author|<subtitle|<generator/);
    expect(xml.endsWith('</feed>\n')).toBe(true);
  });
});
