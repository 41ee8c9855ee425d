import { describe, expect, it } from 'vitest';
import { joinLines, joinParagraphs, readDocument } from './index';

const ZH = [
  '某省人民政府文件',
  '某府〔2022〕56号',
  '某省人民政府关于印发某省碳达峰实施方案的通知',
  '各市、县人民政府，省政府各部门：',
  '现将《某省碳达峰实施方案》印发给你们，请认真组织实施。',
  '某省人民政府',
  '二〇二二年十二月五日',
  '（此件公开发布）',
  '某省碳达峰实施方案（2022—2030年）',
  '为深入贯彻落实党中央、国务院决策部署，按照《2030年前碳达峰行动方案》（国发〔2021〕23号）要求，结合我省实际，制定本方案。',
  '一、主要目标',
  '到2025年，非化石能源消费比重达到20%左右，单位地区生产总值能源消耗比2020年下降14.5%。',
  '1. 森林覆盖率达到58.9%。',
  '本方案自2023年1月1日起施行，有效期5年。',
  '某省人民政府办公厅 2022年12月6日印发',
];

describe('readDocument', () => {
  const r = readDocument({ text: joinParagraphs(ZH), format: 'txt' });
  const f = r.fields;

  it('reads the header: cover notice → title, 文号, 落款 body and date (Chinese numerals too)', () => {
    expect(f.heading?.value).toBe('某省人民政府关于印发某省碳达峰实施方案的通知');
    expect(f.title?.value).toBe('某省碳达峰实施方案（2022—2030年）');
    expect(f.documentNumber?.value).toBe('某府〔2022〕56号');
    expect(f.issuedOn?.value).toBe('2022-12-05');
    expect(f.issuingBodies.map((b) => [b.value, b.name])).toEqual([['provincial_government', '某省人民政府']]);
    // 某省 names no place: the level is known, the jurisdiction is left to the editor.
    expect([f.level?.value, f.jurisdiction]).toEqual(['provincial', null]);
    expect(r.warnings.join(' ')).toContain('names no known place');
  });

  it('reads the period and validity', () => {
    expect([f.periodFrom?.value, f.periodTo?.value]).toEqual([2022, 2030]);
    expect([f.effectiveOn?.value, f.expiresOn?.value]).toEqual(['2023-01-01', '2027-12-31']);
  });

  it('reads targets paragraph by paragraph; a paragraph without a year takes the last dated one', () => {
    expect(r.targets.map((t) => [t.value.metric, t.value.value, t.value.targetYear])).toEqual([
      ['non_fossil_share', 20, 2025],
      ['energy_intensity', 14.5, 2025],
      ['forest_coverage', 58.9, 2025],
    ]);
  });

  it('finds cited documents, not its own title, with the number printed after them', () => {
    expect(r.citations.map((c) => [c.title, c.implements, c.documentNumber])).toEqual([['2030年前碳达峰行动方案', true, '国发〔2021〕23号']]);
  });

  it('gives evidence as offsets into the text', () => {
    const spans = [f.title, f.documentNumber, f.issuedOn, f.periodFrom, f.effectiveOn, f.instrumentType, ...f.issuingBodies, ...r.targets, ...r.citations].map(
      (x) => x!.evidence!,
    );
    for (const s of spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    expect(r.targets[2].evidence.text).toContain('森林覆盖率达到58.9%');
  });

  it('reads an English notice: the body in the title, the region, the date', () => {
    const en = readDocument({
      text: joinParagraphs([
        "Notice of the People's Government of Jiangxi Province on Issuing the Implementation Plan for Carbon Peaking",
        'In order to implement the Action Plan for Carbon Dioxide Peaking Before 2030, this plan is formulated.',
        'By 2025, the share of non-fossil energy consumption will reach about 18.3%.',
        "People's Government of Jiangxi Province",
        'July 8, 2022',
      ]),
      format: 'text',
    });
    expect(en.language).toBe('en');
    expect(en.fields.title?.value).toBe('Implementation Plan for Carbon Peaking');
    expect([en.fields.jurisdiction?.value, en.fields.level?.value, en.fields.issuedOn?.value]).toEqual(['360000', 'provincial', '2022-07-08']);
    expect(en.citations.map((c) => [c.title, c.implements])).toEqual([['Action Plan for Carbon Dioxide Peaking Before 2030', true]]);
  });
});

describe('joinLines', () => {
  it('joins Chinese lines without a space and English lines with one', () => {
    expect(joinLines(['到2025年，非化石能源消费比重达到', '20%左右。'])).toBe('到2025年，非化石能源消费比重达到20%左右。');
    expect(joinLines(['By 2025, the share will', 'reach 20%.'])).toBe('By 2025, the share will reach 20%.');
    expect(joinLines(['中共中央 国务院关于', '完整准确全面贯彻'])).toBe('中共中央 国务院关于完整准确全面贯彻');
  });
});
