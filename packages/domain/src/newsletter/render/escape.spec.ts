import { describe, expect, it } from 'vitest';
import { displayWidth, escapeHtml, escapeMarkdown, escapeXml, formatPeriod, pickText, rfc3339, safeHref, wrapText } from '../index';

describe('escapeHtml / escapeXml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
    expect(escapeHtml('减污降碳 CO₂ – “quotes”')).toBe('减污降碳 CO₂ – “quotes”');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('drops control characters, and for XML lone surrogates, and uses &apos;', () => {
    expect(escapeHtml('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
    expect(escapeXml("it's \uD800 <ok> 😀")).toBe('it&apos;s  &lt;ok&gt; 😀');
  });
});

describe('escapeMarkdown', () => {
  it('keeps text from becoming markup or HTML', () => {
    expect(escapeMarkdown('<script>alert("x")</script>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(escapeMarkdown('**bold** _it_ [link](javascript:x) `code` ~~s~~ a\\b')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\[link\\](javascript:x) \\`code\\` \\~\\~s\\~\\~ a\\\\b',
    );
    expect(escapeMarkdown('# not a heading\n- not a bullet\n2024. not a list\n> not a quote')).toBe(
      '\\# not a heading\n\\- not a bullet\n2024\\. not a list\n&gt; not a quote',
    );
    expect(escapeMarkdown("China's 1+N, R&D - ok")).toBe("China's 1+N, R&amp;D - ok");
  });
});

describe('safeHref', () => {
  it('allows http(s) and mailto, escaped; refuses the rest', () => {
    expect(safeHref('https://x.org/u?a=1&b="2"')).toBe('https://x.org/u?a=1&amp;b=&quot;2&quot;');
    expect(safeHref('mailto:ccnt@igdp.cn')).toBe('mailto:ccnt@igdp.cn');
    expect(() => safeHref('javascript:alert(1)')).toThrow(/http\(s\) or mailto/);
    expect(() => safeHref('data:text/html,<b>')).toThrow();
    expect(() => safeHref('/relative')).toThrow(/Not a URL/);
  });
});

describe('wrapText', () => {
  it('wraps English at the width with indents, keeping long words whole', () => {
    const text = 'By 2025, the proportion of non-fossil energy consumption in the city will reach around 45% and the forest coverage rate will reach 56.5%.';
    const lines = wrapText(text, 40, '  - ', '    ');
    expect(lines[0].startsWith('  - By 2025,')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(
      lines
        .map((l) => l.trim())
        .join(' ')
        .replace(/^- /, ''),
    ).toBe(text);
    expect(wrapText('see https://example.org/a/very/long/path/that/does/not/fit/anywhere ok', 20)).toEqual([
      'see',
      'https://example.org/a/very/long/path/that/does/not/fit/anywhere',
      'ok',
    ]);
  });

  it('breaks Chinese between characters, counting them double, never before closing punctuation', () => {
    const zh = '到2025年，全市非化石能源消费比重达到45%左右，森林覆盖率达到56.5%。单位地区生产总值能耗和二氧化碳排放分别比2020年下降14%和19%。';
    const lines = wrapText(zh, 20);
    expect(lines.every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe(zh);
    expect(lines.some((l) => /^[，。、]/.test(l))).toBe(false);
    expect(displayWidth('碳达峰 CO2')).toBe(10);
  });

  it('keeps paragraphs and no-break / word-joined runs together', () => {
    expect(wrapText('one two\n\nthree', 78)).toEqual(['one two', '', 'three']);
    expect(wrapText('aaaa bbbb\u00A0（仅\u2060有\u2060英\u2060文）', 12)).toEqual(['aaaa', 'bbbb\u00A0（仅有英文）']);
  });
});

describe('small helpers', () => {
  it("picks the reader's language or marks the fallback", () => {
    expect(pickText({ en: 'A', zh: '甲' }, 'zh')).toEqual({ text: '甲', lang: 'zh', fallback: false });
    expect(pickText({ en: 'A' }, 'zh')).toEqual({ text: 'A', lang: 'en', fallback: true });
    expect(pickText({}, 'en')).toBeUndefined();
  });
  it('formats periods and timestamps', () => {
    expect(formatPeriod('2023-12-01', '2024-01-31', 'en')).toBe('1 Dec 2023 – 31 Jan 2024');
    expect(formatPeriod('2024-03-01', '2024-04-30', 'en')).toBe('1 Mar – 30 Apr 2024');
    expect(formatPeriod('2024-03-01', '2024-04-30', 'zh')).toBe('2024年3月1日至4月30日');
    expect(rfc3339('2024-02-01')).toBe('2024-02-01T00:00:00+08:00');
    expect(rfc3339(new Date('2024-02-01T10:00:00.123Z'))).toBe('2024-02-01T10:00:00Z');
    expect(() => rfc3339('soon')).toThrow();
  });
});
