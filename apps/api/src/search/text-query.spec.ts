import { SECTORS, THEMES } from '@dualcarbon/domain';
import { describe, expect, it } from 'vitest';
import { highlighter, snippet } from './snippet';
import { matchTerms, parseTextQuery, stem } from './text-query';

describe('parseTextQuery', () => {
  it('turns Han runs into bigram phrases and keeps the rest for English', () => {
    expect(parseTextQuery('碳达峰')).toMatchObject({ cjk: "('碳达' <-> '达峰')", english: null, hanRuns: ['碳达峰'] });
    expect(parseTextQuery('氢能')).toMatchObject({ cjk: "'氢能'" });
    expect(parseTextQuery('氢')).toMatchObject({ cjk: "'氢':*" });
    expect(parseTextQuery('hydrogen 氢能 plans')).toMatchObject({ cjk: "'氢能'", english: 'hydrogen plans', words: ['hydrogen', 'plans'] });
  });

  it('never puts anything but Han characters and operators into the tsquery', () => {
    const q = parseTextQuery(`'; DROP TABLE entries; -- & | ! :* ( 碳'达峰`);
    expect(q.cjk).toBe("'碳':* & '达峰'");
    expect(q.english).toContain('DROP TABLE');
  });
});

describe('stem', () => {
  it('maps word forms together', () => {
    expect(stem('emissions')).toBe(stem('emission'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('peaking')).toBe('peak');
    expect(stem('emitted')).toBe(stem('emit'));
    expect(stem('mining')).not.toBe(stem('ministry'));
    expect(stem('mining')).not.toBe(stem('minimum'));
  });
});

describe('matchTerms (cross-language)', () => {
  it('finds sectors and themes named in Chinese or English', () => {
    expect(matchTerms(parseTextQuery('氢能'), SECTORS)).toEqual(['energy.hydrogen']);
    expect(matchTerms(parseTextQuery('氢能'), THEMES)).toEqual(['hydrogen']);
    expect(matchTerms(parseTextQuery('碳达峰'), THEMES)).toContain('one_plus_n');
    expect(matchTerms(parseTextQuery('carbon peaking plans'), THEMES)).toContain('one_plus_n');
    expect(matchTerms(parseTextQuery('Hydrogen'), SECTORS)).toEqual(['energy.hydrogen']);
    expect(matchTerms(parseTextQuery('emission'), SECTORS)).toEqual([]);
  });
});

describe('snippet', () => {
  const source = { titleEn: 'Plan on <Emissions> & more', titleZh: '实施碳达峰行动方案', summaryEn: null, summaryZh: null };
  it('marks matches and escapes the rest', () => {
    const q = parseTextQuery('emission');
    expect(snippet(source, q, highlighter(q))).toBe('Plan on &lt;<mark>Emissions</mark>&gt; &amp; more');
    const zh = parseTextQuery('碳达峰');
    expect(snippet(source, zh, highlighter(zh))).toBe('实施<mark>碳达峰</mark>行动方案');
  });

  it('marks whole words whose stem is a query stem, as PostgreSQL matches them, and nothing inside a word', () => {
    const q = parseTextQuery('emission steel');
    const text = 'Steel-sector emissions, nonemission rules and Emission caps for steelmakers (钢铁)';
    expect(snippet({ titleEn: text, titleZh: null, summaryEn: null, summaryZh: null }, q, highlighter(q))).toBe(
      '<mark>Steel</mark>-sector <mark>emissions</mark>, nonemission rules and <mark>Emission</mark> caps for steelmakers (钢铁)',
    );
    const mining = parseTextQuery('mining');
    expect(
      snippet({ titleEn: 'Ministry sets a minimum for mining and mines', titleZh: null, summaryEn: null, summaryZh: null }, mining, highlighter(mining)),
    ).toBe('Ministry sets a minimum for <mark>mining</mark> and <mark>mines</mark>');
    const emitted = parseTextQuery('emitted');
    expect(
      snippet({ titleEn: 'Plants that emit less than they emitted', titleZh: null, summaryEn: null, summaryZh: null }, emitted, highlighter(emitted)),
    ).toBe('Plants that <mark>emit</mark> less than they <mark>emitted</mark>');
    const stop = parseTextQuery('peaking of the policies');
    expect(snippet({ titleEn: 'The peak of a policy', titleZh: null, summaryEn: null, summaryZh: null }, stop, highlighter(stop))).toBe(
      'The <mark>peak</mark> of a <mark>policy</mark>',
    );
    const mixed = parseTextQuery('钢铁 émission');
    expect(snippet({ titleEn: null, titleZh: '钢铁行业碳达峰方案：Émissions', summaryEn: null, summaryZh: null }, mixed, highlighter(mixed))).toBe(
      '<mark>钢铁</mark>行业碳达峰方案：<mark>Émissions</mark>',
    );
  });

  it('cuts long text around the first match', () => {
    const long = `${'word '.repeat(100)}hydrogen ${'tail '.repeat(100)}`;
    const q = parseTextQuery('hydrogen');
    const out = snippet({ titleEn: 'x', titleZh: null, summaryEn: long, summaryZh: null }, q, highlighter(q))!;
    expect(out.startsWith('…')).toBe(true);
    expect(out).toContain('<mark>hydrogen</mark>');
    expect(out.length).toBeLessThan(260);
  });

  it('gives the summary start, unmarked, when only a tag matched', () => {
    const q = parseTextQuery('氢能');
    expect(snippet({ titleEn: 'Dongguan plan', titleZh: null, summaryEn: 'A <b>plan</b>', summaryZh: null }, q, highlighter(q))).toBe(
      'A &lt;b&gt;plan&lt;/b&gt;',
    );
  });
});
