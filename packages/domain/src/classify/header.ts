/**
 * Reads what a Chinese official document prints around its text: the title line ("广东省人民政府关于印发…的通知"),
 * the document number (文号, "粤府〔2022〕56号"), and the signature block (落款) — issuing bodies on their own lines
 * followed by the date ("广东省人民政府\n2022年6月23日"). Every value carries where it was found (offsets into
 * the text, end exclusive), so an editor can see the evidence.
 *
 *   广东省人民政府关于印发广东省碳达峰实施方案的通知     ← title; issuers before 关于
 *   粤府〔2022〕56号                                      ← document number
 *   各地级以上市人民政府，省政府各部门、各直属机构：
 *   现将《广东省碳达峰实施方案》印发给你们，请认真贯彻执行。
 *   广东省人民政府                                        ← signature: issuers
 *   2022年6月23日                                         ← signature: issued on
 */
import { regionIndex, type RegionIndex } from '../regions/lookup';
import type { Region } from '../regions/types';
import { ISSUING_BODIES } from '../taxonomies/enums';
import type { Term } from '../taxonomies/types';

export interface Evidence {
  start: number;
  end: number;
  /** The text as printed at [start, end). */
  text: string;
}

export interface HeaderIssuer extends Evidence {
  /** The body as printed: "广东省人民政府", "国家发展改革委". */
  name: string;
  /** Its ISSUING_BODIES code (or an admin's term) when one fits: provincial_government, ndrc, … */
  code?: string;
  /** The region a local body belongs to: 广东省人民政府 → 440000. */
  jurisdiction?: string;
  /** Where it was read: the title line or the signature block. */
  from: 'header' | 'signature';
}

export interface DocumentHeader {
  /** 文号 as printed (spaces dropped), e.g. "粤府〔2022〕56号". */
  documentNumber?: Evidence & { value: string };
  /** The document's title line(s), joined: "广东省人民政府关于印发广东省碳达峰实施方案的通知". */
  title?: Evidence & { value: string };
  /** Issuing bodies, signature block first (it is the authority); one per name. */
  issuers: HeaderIssuer[];
  /** The signature date as YYYY-MM-DD. */
  issuedOn?: Evidence & { value: string };
}

export interface ReadHeaderOptions {
  /** Regions to recognise local bodies by (defaults to the static list). */
  regions?: RegionIndex;
  /** Issuing-body vocabulary (defaults to ISSUING_BODIES; pass the DB's when admins added bodies). */
  bodies?: readonly Term[];
}

const HAN = '\\u3400-\\u9fff';
/** 粤府〔2022〕56号, 国发〔2021〕23号, 发改能源〔2022〕206号, 京政发[2022]18号. */
const DOC_NUMBER = `[${HAN}]{1,12}\\s*[〔\\[［（(【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］）)】]\\s*\\d{1,4}\\s*号`;
const DOC_NUMBER_ALL = new RegExp(DOC_NUMBER, 'g');
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER}$`);
const TITLE_END = /(?:通知|意见|决定|批复|函|公告|通告|报告|方案|规划|办法|计划|纲要|条例|规定|细则)$/;
/** A title may hold 、《》“” but not a sentence's punctuation. */
const TITLE_STOP = /[，。；：,;:！？]/;
const ZH_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUM = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})';
const DATE_LINE = new RegExp(`^(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日$`);
const DATE_FIELD = /(?:发布日期|成文日期|印发日期|发文日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
/** A name that ends like a body; lines of such names (and nothing else) form a signature block. */
const BODY_END = /(?:人民政府|政府|委员会|办公厅|办公室|中央|国务院|部|厅|局|委|院|署|会|中心|银行|集团)$/;
const SENTENCE_MARK = /[，。；：、,.;:！？《》“”"]/;
/** Short forms documents sign with, beside the vocabulary's own labels. */
const ALIASES: Record<string, string> = {
  国家发展改革委: 'ndrc', 国家发改委: 'ndrc', 工信部: 'miit', 住房城乡建设部: 'mohurd', 人民银行: 'pboc',
  国务院办公厅: 'state_council', 中共中央办公厅: 'cpc_central_committee',
};

/** 2022 / 二〇二二 → 2022; 6 / 六 / 十二 / 二十三 → 6, 12, 23. */
function zhNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => ZH_NUM[c]).join(''));
  let total = 0;
  let cur = 0;
  for (const c of s) {
    if (c === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (c in ZH_NUM) cur = ZH_NUM[c];
    else return undefined;
  }
  return total + cur;
}

function isoDate(y?: number, m?: number, d?: number): string | undefined {
  if (!y || !m || !d || y < 1950 || y > 2100) return undefined;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

type Line = Evidence;

/** Non-empty lines, trimmed, with their offsets. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) lines.push({ start: m.index! + lead, end: m.index! + lead + trimmed.length, text: trimmed });
  }
  return lines;
}

/** Names in a line of bodies: "中共中央 国务院" → two. */
function namesIn(line: Line): Evidence[] {
  return [...line.text.matchAll(/[^\s\u3000、]+/g)].map((m) => ({ start: line.start + m.index!, end: line.start + m.index! + m[0].length, text: m[0] }));
}

/** The body's code and region: a central body by name, a local one by its region and kind (government or department). */
function identify(name: string, regions: RegionIndex, bodies: readonly Term[]): { code?: string; jurisdiction?: string } {
  const has = (code: string) => bodies.some((b) => b.code === code);
  const known = bodies.find((b) => b.zh === name || (b.keywords ?? []).includes(name))?.code ?? ALIASES[name];
  if (known && has(known)) return { code: known };
  const bare = name.replace(/^中共/, '');
  let region: Region | undefined;
  for (const r of regions.regions) {
    if (r.kind === 'country' || !bare.startsWith(r.zh)) continue;
    if (!region || r.zh.length > region.zh.length) region = r;
  }
  if (!region) return {};
  const rest = bare.slice(region.zh.length);
  const provincial = region.kind === 'province';
  let code: string | undefined;
  if (/^人民政府(?:办公厅|办公室)?$/.test(rest)) code = provincial ? 'provincial_government' : 'municipal_government';
  else if (/(?:厅|局|委员会|委|办公室|中心)$/.test(rest) && !/^[省市区]?委$/.test(rest)) code = provincial ? 'provincial_dept' : 'municipal_dept';
  return { ...(code && has(code) ? { code } : {}), jurisdiction: region.code };
}

function readDocumentNumber(text: string, head: Line[]): DocumentHeader['documentNumber'] {
  const line = head.find((l) => DOC_NUMBER_LINE.test(l.text));
  if (line) return { ...line, value: line.text.replace(/\s+/g, '') };
  // Else one printed beside the title in the first lines ("…的通知（粤府〔2022〕56号）"); a number right after a
  // 《title》 cites another document ("根据《…》（国发〔2021〕23号）").
  for (const l of head.slice(0, 3)) {
    const m = [...l.text.matchAll(DOC_NUMBER_ALL)].find((x) => !/》\s*[（(]?\s*$/.test(l.text.slice(0, x.index)));
    if (m) return { start: l.start + m.index!, end: l.start + m.index! + m[0].length, text: m[0], value: m[0].replace(/\s+/g, '') };
  }
  return undefined;
}

/** A "…关于…的通知" line (possibly wrapped over up to three lines), else the first line naming a document type. */
function readTitle(text: string, head: Line[]): { title?: DocumentHeader['title']; first?: Line } {
  for (let i = 0; i < Math.min(head.length, 12); i++) {
    if (!head[i].text.includes('关于') || TITLE_STOP.test(head[i].text)) continue;
    let value = head[i].text;
    let j = i;
    while (!TITLE_END.test(value) && j + 1 < Math.min(head.length, i + 3) && !DOC_NUMBER_LINE.test(head[j + 1].text) && !TITLE_STOP.test(head[j + 1].text)) value += head[++j].text;
    if (TITLE_END.test(value)) return { title: { start: head[i].start, end: head[j].end, text: text.slice(head[i].start, head[j].end), value }, first: head[i] };
  }
  const l = head.slice(0, 8).find((x) => TITLE_END.test(x.text) && !TITLE_STOP.test(x.text) && x.text.length <= 80);
  return l ? { title: { ...l, value: l.text } } : {};
}

/** Body lines right above a date line: the first such block (a cover notice's comes before its attachment's). */
function readSignature(lines: Line[]): { signers: Evidence[]; date: NonNullable<DocumentHeader['issuedOn']> } | undefined {
  for (let i = 1; i < lines.length; i++) {
    const dm = DATE_LINE.exec(lines[i].text);
    const iso = dm && isoDate(zhNumber(dm[1]), zhNumber(dm[2]), zhNumber(dm[3]));
    if (!iso) continue;
    const signers: Line[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const l = lines[j];
      if (l.text.length > 60 || SENTENCE_MARK.test(l.text) || !namesIn(l).every((n) => BODY_END.test(n.text))) break;
      signers.unshift(l);
    }
    if (signers.length) return { signers: signers.flatMap(namesIn), date: { ...lines[i], value: iso } };
  }
  return undefined;
}

/**
 * The title, document number, issuers and date a document prints around its text: the title and the number in
 * its first lines, the signature block (bodies on their own lines right above a date line) anywhere.
 */
export function readDocumentHeader(text: string, opts: ReadHeaderOptions = {}): DocumentHeader {
  const regions = opts.regions ?? regionIndex;
  const bodies = opts.bodies ?? ISSUING_BODIES;
  const source = text ?? '';
  const lines = linesOf(source);
  const head = lines.slice(0, 30);
  const out: DocumentHeader = { issuers: [] };

  const documentNumber = readDocumentNumber(source, head);
  if (documentNumber) out.documentNumber = documentNumber;
  const { title, first } = readTitle(source, head);
  if (title) out.title = title;

  const signature = readSignature(lines);
  for (const n of signature?.signers ?? []) out.issuers.push({ ...n, name: n.text, ...identify(n.text, regions, bodies), from: 'signature' });
  if (signature) out.issuedOn = signature.date;
  else {
    const m = DATE_FIELD.exec(source);
    const iso = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (m && iso) out.issuedOn = { start: m.index, end: m.index + m[0].length, text: m[0], value: iso };
  }

  // Issuers named in the title before 关于 ("中共中央 国务院关于…"), after the signature's.
  if (first) {
    const prefix = first.text.slice(0, first.text.indexOf('关于'));
    for (const n of namesIn({ start: first.start, end: first.start + prefix.length, text: prefix })) {
      if (!BODY_END.test(n.text) || out.issuers.some((x) => x.name === n.text)) continue;
      out.issuers.push({ ...n, name: n.text, ...identify(n.text, regions, bodies), from: 'header' });
    }
  }
  return out;
}
