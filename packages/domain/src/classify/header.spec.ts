import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { readDocumentHeader } from './header';

const GUANGDONG = `广东省人民政府关于印发广东省碳达峰实施方案的通知
粤府〔2022〕56号

各地级以上市人民政府，省政府各部门、各直属机构：
  现将《广东省碳达峰实施方案》印发给你们，请认真组织实施。实施过程中遇到的问题，请径向省发展改革委反映。

广东省人民政府
2022年6月23日
（此件公开发布）

广东省碳达峰实施方案
为深入贯彻落实党中央、国务院关于碳达峰、碳中和的重大战略决策，根据《2030年前碳达峰行动方案》（国发〔2021〕23号）……`;

const at = (text: string, e: { start: number; end: number }) => text.slice(e.start, e.end);

describe('readDocumentHeader', () => {
  it('reads a provincial cover notice: title, 文号, signature and date, each with where it was found', () => {
    const h = readDocumentHeader(GUANGDONG);
    expect(h.title?.value).toBe('广东省人民政府关于印发广东省碳达峰实施方案的通知');
    expect(h.documentNumber?.value).toBe('粤府〔2022〕56号');
    expect(at(GUANGDONG, h.documentNumber!)).toBe('粤府〔2022〕56号');
    expect(h.issuedOn).toMatchObject({ value: '2022-06-23', text: '2022年6月23日' });
    expect(at(GUANGDONG, h.issuedOn!)).toBe('2022年6月23日');
    // One issuer: the signature's, found again in the title (not listed twice).
    expect(h.issuers).toEqual([
      {
        name: '广东省人民政府',
        code: 'provincial_government',
        jurisdiction: '440000',
        from: 'signature',
        text: '广东省人民政府',
        start: GUANGDONG.lastIndexOf('广东省人民政府\n2022'),
        end: GUANGDONG.lastIndexOf('广东省人民政府\n2022') + 7,
      },
    ]);
  });

  it('does not take a cited document number for the document’s own', () => {
    const h = readDocumentHeader('关于进一步做好新能源消纳工作的通知\n各盟市：\n根据《2030年前碳达峰行动方案》（国发〔2021〕23号）要求，现通知如下。');
    expect(h.documentNumber).toBeUndefined();
    expect(h.title?.value).toBe('关于进一步做好新能源消纳工作的通知');
    expect(h.issuers).toEqual([]);
  });

  it('reads joint issuers from the title and the signature block, and dates in Chinese numerals', () => {
    // Headings wrapped over several lines are joined by the document reader's joinParagraphs before this.
    const text = '中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见\n中发〔2021〕36号\n……\n中共中央\n国务院\n二〇二一年九月二十二日';
    const h = readDocumentHeader(text);
    expect(h.title?.value).toBe('中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见');
    expect(h.documentNumber?.value).toBe('中发〔2021〕36号');
    expect(h.issuedOn?.value).toBe('2021-09-22');
    expect(h.issuers.map((i) => [i.name, i.code, i.from])).toEqual([
      ['中共中央', 'cpc_central_committee', 'signature'],
      ['国务院', 'state_council', 'signature'],
    ]);
  });

  it('tells provincial and city departments and governments apart, and reads short forms of ministries', () => {
    const text =
      '关于印发《深圳市减污降碳协同增效实施方案》的通知\n深环〔2023〕12号\n……\n深圳市生态环境局 深圳市发展和改革委员会\n国家发展改革委\n2023年3月1日';
    const h = readDocumentHeader(text);
    expect(h.documentNumber?.value).toBe('深环〔2023〕12号');
    expect(h.issuers.map((i) => [i.name, i.code, i.jurisdiction])).toEqual([
      ['深圳市生态环境局', 'municipal_dept', '440300'],
      ['深圳市发展和改革委员会', 'municipal_dept', '440300'],
      ['国家发展改革委', 'ndrc', undefined],
    ]);
  });

  it('falls back to a 发布日期 field and gives nothing for plain text', () => {
    expect(readDocumentHeader('标题：某市碳达峰实施方案\n发布日期：2023-07-05\n正文……').issuedOn?.value).toBe('2023-07-05');
    const plain = readDocumentHeader('By 2025, the forest coverage rate will reach 31%.');
    expect([plain.issuers, plain.documentNumber, plain.issuedOn]).toEqual([[], undefined, undefined]);
    expect(readDocumentHeader('')).toEqual({ issuers: [] });
  });

  it('ignores a date line that follows a sentence rather than a body', () => {
    expect(readDocumentHeader('请认真贯彻执行。\n2022年6月23日').issuedOn).toBeUndefined();
  });
});

describe('classify with the document text', () => {
  it('suggests the issuing body and the region from the signature block', () => {
    const c = classify({ title: { zh: '广东省碳达峰实施方案' }, text: GUANGDONG });
    expect(c.issuingBodies[0]).toMatchObject({ code: 'provincial_government', evidence: ['signature: 广东省人民政府'] });
    expect(c.jurisdiction).toMatchObject({ code: '440000' });
    expect(c.jurisdiction!.evidence).toContain('signature: 广东省人民政府');
    expect(c.header?.documentNumber?.value).toBe('粤府〔2022〕56号');
  });

  it('suggests no issuer without the text', () => {
    expect(classify({ title: { en: 'Guangdong Carbon Peaking Implementation Plan' } }).issuingBodies).toEqual([]);
  });
});
