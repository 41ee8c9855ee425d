import { describe, expect, it } from 'vitest';
import { pdfParagraphs, type PdfRun } from './pdf-layout';

const run = (str: string, x: number, y: number, width: number, size = 14): PdfRun => ({ str, x, y, width, size });

describe('pdfParagraphs', () => {
  it('joins an indented paragraph with its continuation lines, without a break inside the Chinese sentence', () => {
    const runs = [
      run('重点领域碳达峰示范行动方案', 158, 710, 280, 20),
      run('为深入贯彻落实《2030年前碳达峰行动方案》，扎实推进全区碳', 107, 677, 398),
      run('达峰工作，结合自治区实际，制定本方案。', 79, 655, 266),
      run('一、主要目标', 107, 633, 84),
      run('到2025年，全区非化石能源消费比重达到15%左右，单位地区生', 107, 610, 396),
      run('产总值二氧化碳排放比2020年下降16%，能源消费总量控制在', 79, 588, 430),
      run('9500万吨标准煤左右。', 79, 565, 140),
      run('— 2 —', 280, 50, 35, 11),
    ];
    expect(pdfParagraphs([{ width: 595, runs }])).toEqual([
      '重点领域碳达峰示范行动方案',
      '为深入贯彻落实《2030年前碳达峰行动方案》，扎实推进全区碳达峰工作，结合自治区实际，制定本方案。',
      '一、主要目标',
      '到2025年，全区非化石能源消费比重达到15%左右，单位地区生产总值二氧化碳排放比2020年下降16%，能源消费总量控制在9500万吨标准煤左右。',
    ]);
  });

  it('joins a title set on two centred lines and runs split on one baseline; keeps a wide gap as a space', () => {
    const runs = [
      run('生态环境部 国家发展改革委关于印发《减污', 96, 720, 400, 20),
      run('降碳协同增效示范方案》的通知', 157, 688, 280, 20),
      run('某省人民政府办公厅', 79, 600, 126),
      run('2022年12月6日印发', 380, 600, 130),
      run('By 2025, the share of non-fossil energy will', 79, 560, 430),
      run('reach about 18.3%.', 79, 538, 120),
    ];
    expect(pdfParagraphs([{ width: 595, runs }])).toEqual([
      '生态环境部 国家发展改革委关于印发《减污降碳协同增效示范方案》的通知',
      '某省人民政府办公厅 2022年12月6日印发',
      'By 2025, the share of non-fossil energy will reach about 18.3%.',
    ]);
  });

  it('continues a paragraph across a page break and drops page numbers', () => {
    const p1 = { width: 595, runs: [run('各地区要结合实际，细化工作举措，明确时间表和路线图，坚持', 107, 120, 398), run('— 1 —', 280, 50, 35, 11)] };
    const p2 = { width: 595, runs: [run('- 2 -', 285, 800, 25, 11), run('先立后破，稳妥有序推进。', 79, 752, 168), run('二、保障措施', 107, 730, 84)] };
    expect(pdfParagraphs([p1, p2])).toEqual(['各地区要结合实际，细化工作举措，明确时间表和路线图，坚持先立后破，稳妥有序推进。', '二、保障措施']);
  });
});
