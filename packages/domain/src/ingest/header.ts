/**
 * The parts of an official document around its body: the heading, the document number (文号), the issuing
 * bodies and the issue date. A Chinese official document (GB/T 9704) reads
 *
 *   某省人民政府文件                       ← banner: the issuing body
 *   某府〔2022〕56号                       ← document number
 *   某省人民政府关于印发某省碳达峰实施方案的通知   ← heading (a cover notice transmitting a plan)
 *   各市人民政府，省政府各部门：            ← addressees
 *   现将《某省碳达峰实施方案》印发给你们……
 *                               某省人民政府   ← 落款: signature …
 *                               2022年12月5日 ← … and date (the issue date)
 *   某省碳达峰实施方案                     ← the transmitted document's own heading
 *   ……
 *   某省人民政府办公厅  2022年12月6日印发    ← 印发 line (fallback date)
 *
 * Pages saved from a government site add labelled metadata ("发文字号：…", "成文日期：…"); English
 * translations have "Document No.:", "Issued by:", "Date:" or the same layout in English.
 */
import { unwrapCoverNotice } from '../classify/instrument';
import type { TextSpan } from './suggestion';
import { findDates } from './dates';
import { BODY_LINE_EN, BODY_LINE_ZH } from './issuers';
import { spanOf, type Paragraph } from './text';

export interface Found<T> {
  value: T;
  evidence: TextSpan;
  confidence: number;
}

/** Words that make a line a document's name. */
const DOC_WORD =
  /(?:方案|规划|意见|通知|办法|计划|纲要|指南|指引|决定|条例|规定|细则|报告|公告|通报|措施|要点|清单|名单|标准|Plan|Opinions?|Notice|Circular|Measures|Guidelines?|Program(?:me)?|Outline|Regulations?|Provisions|Rules|Report|Decision|Announcement|Roadmap|Strategy)/;
/** 文号: 国发〔2021〕23号, 粤府办[2022]12号; English: Guo Fa [2021] No. 23. */
const DOC_NUMBER_ZH = /[\u4e00-\u9fa5]{1,12}\s*[〔［[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,4}\s*号/g;
const DOC_NUMBER_EN = /\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,5}\s*[[(〔]\s*(?:19|20)\d{2}\s*[\])〕]\s*No\.\s*\d{1,4}\b/g;

const LABEL = {
  number: /^(?:发文字号|文号|发文号|Document No\.?|Document Number|Doc\. No\.)\s*[:：]\s*/i,
  body: /^(?:发文机关|发布机构|发文单位|制发机关|Issued by|Issuing (?:body|authority|authorities)|Issuer)\s*[:：]\s*/i,
  date: /^(?:成文日期|发文日期|印发日期|签发日期|Date of (?:issue|issuance|writing)|Issue date|Issued on|Date)\s*[:：]\s*/i,
  published: /^(?:发布日期|公开日期|Date of publication|Published(?: on)?)\s*[:：]\s*/i,
  title: /^(?:标\s*题|名\s*称|Title)\s*[:：]\s*/i,
};
const ANY_LABEL =
  /^(?:索引号|主题分类|发文机关|发布机构|发文单位|成文日期|发布日期|发文日期|发文字号|文号|标\s*题|名\s*称|主\s*题\s*词|有效性|Index No\.?|Document No\.?|Issued by|Date|Title|Subject|Published(?: on)?)\s*[:：]/i;

/** A paragraph that holds several labelled values ("发文机关：国务院 成文日期：2021年10月24日") split into its parts. */
function labelledParts(p: Paragraph): Paragraph[] {
  const starts = [
    ...p.text.matchAll(
      /(?:^|\s)((?:索引号|主题分类|发文机关|发布机构|成文日期|发布日期|发文日期|发文字号|文号|标\s*题|名\s*称|Document No\.?|Issued by|Date of (?:issue|publication)|Title)\s*[:：])/gi,
    ),
  ].map((m) => m.index! + m[0].indexOf(m[1]));
  if (starts.length < 2) return [p];
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : p.text.length;
    const text = p.text.slice(s, end).trim();
    return { start: p.start + s, end: p.start + s + text.length, text };
  });
}

/** The value after a label in a paragraph, as a span. */
function labelled(paragraphs: Paragraph[], label: RegExp): Paragraph | undefined {
  for (const p of paragraphs.slice(0, 40).flatMap(labelledParts)) {
    const m = label.exec(p.text);
    if (m && p.text.length > m[0].length) return { start: p.start + m[0].length, end: p.end, text: p.text.slice(m[0].length) };
  }
  return undefined;
}

const isDateLine = (t: string) => {
  const d = findDates(t);
  return d.length === 1 && t.replace(t.slice(d[0].start, d[0].end), '').replace(/[\s（）()]|印发|签发|发布|Issued|Date:?/gi, '') === '';
};
const isBodyLine = (t: string) => BODY_LINE_ZH.test(t) || BODY_LINE_EN.test(t);
const isDocNumberLine = (t: string) =>
  t
    .replace(DOC_NUMBER_ZH, '')
    .replace(DOC_NUMBER_EN, '')
    .replace(/[\s:：]|Document No\.?|发文字号|文号/gi, '') === '' && /\d/.test(t);

/** Lines that are not the heading: banners, numbers, dates, addressees, notes in brackets, labels. */
function notHeading(t: string): boolean {
  return (
    /文件$|^[（(].*[）)]$|[:：]$|^(?:抄送|附件|主送)/.test(t) ||
    ANY_LABEL.test(t) ||
    isDateLine(t) ||
    isDocNumberLine(t) ||
    isBodyLine(t) ||
    t.length < 4 ||
    /[。；;]$/.test(t) ||
    (/[\u4e00-\u9fff]/.test(t) ? t.length > 90 : t.length > 260)
  );
}

export interface Heading {
  heading: Found<string>;
  /** The entry title: the transmitted document of a cover notice, else the heading. */
  title: Found<string>;
}

/**
 * The heading: a labelled title, else the first early line that names a document (方案, Plan …) and is
 * not a banner, number, date, addressee or sentence; else the first such line at all. `hint` is a title
 * the format carries (HTML <h1>/<title>, a DOCX Title style), used when it appears in the text.
 */
export function findHeading(text: string, paragraphs: Paragraph[], hint?: string): Heading | undefined {
  let heading: Found<string> | undefined;
  const label = labelled(paragraphs, LABEL.title);
  if (label) heading = { value: label.text, evidence: spanOf(text, label.start, label.end), confidence: 0.9 };
  if (!heading && hint) {
    const h = hint.trim();
    const p = paragraphs.slice(0, 40).find((x) => x.text === h || (h.length >= 6 && x.text.includes(h) && x.text.length <= h.length + 10));
    if (p) heading = { value: p.text, evidence: spanOf(text, p.start, p.end), confidence: 0.85 };
  }
  if (!heading) {
    const early = paragraphs.slice(0, 15);
    const bodyStart = early.findIndex((p) => p.text.length > 60 && /[。.]$/.test(p.text));
    const window = bodyStart > 0 ? early.slice(0, bodyStart) : early;
    const candidates = window.filter((p) => !notHeading(p.text));
    const best = candidates.find((p) => DOC_WORD.test(p.text)) ?? candidates[0];
    if (best) heading = { value: best.text, evidence: spanOf(text, best.start, best.end), confidence: DOC_WORD.test(best.text) ? 0.8 : 0.4 };
  }
  if (!heading) return undefined;

  const inner = unwrapCoverNotice(heading.value)
    ?.replace(/^[《“"]|[》”"]$/g, '')
    .trim();
  if (!inner || inner === heading.value) return { heading, title: heading };
  // The transmitted document usually repeats its name as its own heading further down.
  const bare = inner.replace(/\s/g, '');
  const own = paragraphs.find((p) => {
    if (p.start <= heading!.evidence.end) return false;
    const t = p.text.replace(/\s/g, '');
    return t === bare || (t.startsWith(bare) && /^[（(][^（）()]{4,20}[）)]$/.test(t.slice(bare.length)));
  });
  const at = heading.value.indexOf(inner);
  const evidence = own ? spanOf(text, own.start, own.end) : spanOf(text, heading.evidence.start + at, heading.evidence.start + at + inner.length);
  return { heading, title: { value: own?.text ?? inner, evidence, confidence: own ? 0.9 : 0.8 } };
}

/** The document number: a labelled one, else a line of its own near the top, else the first in the header. */
export function findDocumentNumber(text: string, paragraphs: Paragraph[], headingEnd: number): Found<string> | undefined {
  const label = labelled(paragraphs, LABEL.number);
  if (label) {
    const m = new RegExp(DOC_NUMBER_ZH.source).exec(label.text) ?? new RegExp(DOC_NUMBER_EN.source).exec(label.text);
    const s = m ? label.start + m.index : label.start;
    const v = m ? m[0] : label.text;
    return { value: v.trim(), evidence: spanOf(text, s, s + v.trim().length), confidence: 0.95 };
  }
  const early = paragraphs.slice(0, 20);
  for (const p of early) {
    if (!isDocNumberLine(p.text)) continue;
    const m = new RegExp(DOC_NUMBER_ZH.source).exec(p.text) ?? new RegExp(DOC_NUMBER_EN.source).exec(p.text);
    if (m) return { value: m[0], evidence: spanOf(text, p.start + m.index, p.start + m.index + m[0].length), confidence: 0.9 };
  }
  // Inside the header (before the heading ends), not a number cited in brackets after a 《title》.
  for (const p of early.filter((x) => x.start < headingEnd)) {
    for (const re of [DOC_NUMBER_ZH, DOC_NUMBER_EN]) {
      for (const m of p.text.matchAll(re)) {
        if (/》\s*[（(]?\s*$/.test(p.text.slice(0, m.index!))) continue;
        return { value: m[0], evidence: spanOf(text, p.start + m.index!, p.start + m.index! + m[0].length), confidence: 0.6 };
      }
    }
  }
  return undefined;
}

export interface Signature {
  bodies: Array<{ name: string; evidence: TextSpan }>;
  date?: Found<string>;
}

/** Splits "某省发展和改革委员会  某省生态环境厅" (joint signatures on one line) into names. */
function bodyNames(p: Paragraph): Array<{ name: string; start: number }> {
  const parts = [...p.text.matchAll(/\S+(?: (?!\s)[a-z'’A-Z][^\s]*)*/g)];
  if (/[\u4e00-\u9fff]/.test(p.text) && parts.length > 1 && parts.every((m) => BODY_LINE_ZH.test(m[0])))
    return parts.map((m) => ({ name: m[0], start: p.start + m.index! }));
  return [{ name: p.text, start: p.start }];
}

/**
 * The 落款: the first standalone date preceded by lines that are bodies' names (the cover letter's or
 * the document's signature). Else the bodies of a labelled "发文机关" and the date of "成文日期", else the
 * 印发 line ("某省人民政府办公厅 2022年12月6日印发"), else a labelled publication date.
 */
export function findSignature(text: string, paragraphs: Paragraph[]): Signature {
  const out: Signature = { bodies: [] };
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!isDateLine(p.text) || /印发|Printed/.test(p.text)) continue;
    const names: Array<{ name: string; evidence: TextSpan }> = [];
    for (let j = i - 1; j >= 0 && j >= i - 4 && isBodyLine(paragraphs[j].text.split(/\s{1,}(?=[\u4e00-\u9fff])/)[0]); j--) {
      for (const b of bodyNames(paragraphs[j]).reverse()) names.unshift({ name: b.name, evidence: spanOf(text, b.start, b.start + b.name.length) });
    }
    if (!names.length) continue;
    const d = findDates(p.text)[0];
    out.bodies = names;
    out.date = { value: d.iso, evidence: spanOf(text, p.start + d.start, p.start + d.end), confidence: 0.9 };
    break;
  }
  const body = labelled(paragraphs, LABEL.body);
  if (!out.bodies.length && body) {
    for (const m of body.text.matchAll(/[^、，,;；\s]+(?:\s+(?=[a-z'A-Z])[^、，,;；]+)?/g))
      out.bodies.push({ name: m[0].trim(), evidence: spanOf(text, body.start + m.index!, body.start + m.index! + m[0].trim().length) });
  }
  const dated = (p: Paragraph | undefined, confidence: number): Found<string> | undefined => {
    const d = p && findDates(p.text)[0];
    return d ? { value: d.iso, evidence: spanOf(text, p!.start + d.start, p!.start + d.end), confidence } : undefined;
  };
  out.date ??= dated(labelled(paragraphs, LABEL.date), 0.85);
  if (!out.date) {
    const printed = [...paragraphs].reverse().find((p) => /印发$|Printed and (?:issued|distributed)/i.test(p.text) && findDates(p.text).length);
    if (printed) {
      out.date = dated(printed, 0.7);
      const name = printed.text.slice(0, findDates(printed.text)[0].start).trim();
      if (!out.bodies.length && isBodyLine(name)) out.bodies.push({ name, evidence: spanOf(text, printed.start, printed.start + name.length) });
    }
  }
  out.date ??= dated(labelled(paragraphs, LABEL.published), 0.5);
  return out;
}

/** The banner ("某省人民政府文件") and the heading's own issuer ("国务院关于…") name bodies too. */
export function headerBodies(text: string, paragraphs: Paragraph[], heading?: Found<string>): Array<{ name: string; evidence: TextSpan }> {
  const out: Array<{ name: string; evidence: TextSpan }> = [];
  for (const p of paragraphs.slice(0, 5)) {
    const m = /^(.{2,60}?)文件$/.exec(p.text);
    if (m && BODY_LINE_ZH.test(m[1])) out.push({ name: m[1], evidence: spanOf(text, p.start, p.start + m[1].length) });
  }
  if (heading) {
    const m = /^(.{2,80}?)关于/.exec(heading.value);
    if (m) {
      for (const part of m[1].split(/\s+|、/)) {
        const at = heading.value.indexOf(part);
        if (BODY_LINE_ZH.test(part)) out.push({ name: part, evidence: spanOf(text, heading.evidence.start + at, heading.evidence.start + at + part.length) });
      }
    }
    const en = /^(?:Notice|Circular|Opinions|Decision)\s+of\s+(?:the\s+)?(.+?)\s+on\s+/i.exec(heading.value);
    if (en) {
      const at = heading.value.indexOf(en[1]);
      for (const part of en[1].split(/\s*,\s*|\s+and\s+(?:the\s+)?/)) {
        const s = heading.value.indexOf(part, at);
        out.push({ name: part, evidence: spanOf(text, heading.evidence.start + s, heading.evidence.start + s + part.length) });
      }
    }
  }
  return out;
}
