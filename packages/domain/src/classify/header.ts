/**
 * What a Chinese official document prints around its text, for the classifier and any caller that has the
 * text only: the heading ("广东省人民政府关于印发…的通知"), the document number (文号, "粤府〔2022〕56号"),
 * the issuing bodies of the signature block (落款) and of the header, and the issue date. Every value carries
 * where it was found (offsets into the text, end exclusive).
 *
 *   广东省人民政府关于印发广东省碳达峰实施方案的通知     ← title; issuers before 关于
 *   粤府〔2022〕56号                                      ← document number
 *   现将《广东省碳达峰实施方案》印发给你们，请认真贯彻执行。
 *   广东省人民政府                                        ← signature: issuers
 *   2022年6月23日                                         ← signature: issued on
 *
 * The reading itself is the document reader's (ingest/header.ts, ingest/issuers.ts): one rule, two callers.
 */
import { findDocumentNumber, findHeading, findSignature, headerBodies } from '../ingest/header';
import { issuerFor } from '../ingest/issuers';
import type { TextSpan } from '../ingest/suggestion';
import { paragraphsOf } from '../ingest/text';
import { regionIndex, type RegionIndex } from '../regions/lookup';
import { ISSUING_BODIES } from '../taxonomies/enums';
import type { Term } from '../taxonomies/types';

/** A stretch of the text: [start, end) and what is printed there. */
export type Evidence = TextSpan;

export interface HeaderIssuer extends Evidence {
  /** The body as printed: "广东省人民政府", "国家发展改革委". */
  name: string;
  /** Its ISSUING_BODIES code (or an admin's term) when one fits: provincial_government, ndrc, … */
  code?: string;
  /** The region a local body belongs to: 广东省人民政府 → 440000. */
  jurisdiction?: string;
  /** Where it was read: the signature block (落款), or the header (banner "…文件", the heading before 关于). */
  from: 'header' | 'signature';
}

export interface DocumentHeader {
  /** 文号 as printed, e.g. "粤府〔2022〕56号". */
  documentNumber?: Evidence & { value: string };
  /** The heading as printed: "广东省人民政府关于印发广东省碳达峰实施方案的通知". */
  title?: Evidence & { value: string };
  /** The document an entry is about: a cover notice's transmitted document ("广东省碳达峰实施方案"), else the heading. */
  entryTitle?: Evidence & { value: string };
  /** Issuing bodies, signature block first (it is the authority); one per name. */
  issuers: HeaderIssuer[];
  /** The signature date (or a labelled 成文日期, the 印发 line) as YYYY-MM-DD. */
  issuedOn?: Evidence & { value: string };
}

export interface ReadHeaderOptions {
  /** Regions to recognise local bodies by (defaults to the static list). */
  regions?: RegionIndex;
  /** Issuing-body vocabulary (defaults to ISSUING_BODIES; pass the DB's when admins added bodies). */
  bodies?: readonly Term[];
}

/** The title, document number, issuers and date a document prints around its text (see the file's comment). */
export function readDocumentHeader(text: string, opts: ReadHeaderOptions = {}): DocumentHeader {
  const source = text ?? '';
  const regions = opts.regions ?? regionIndex;
  const bodies = opts.bodies ?? ISSUING_BODIES;
  const paragraphs = paragraphsOf(source);
  const out: DocumentHeader = { issuers: [] };
  if (!paragraphs.length) return out;

  const head = findHeading(source, paragraphs);
  if (head) {
    out.title = { ...head.heading.evidence, value: head.heading.value };
    out.entryTitle = { ...head.title.evidence, value: head.title.value };
  }
  const number = findDocumentNumber(source, paragraphs, head?.heading.evidence.end ?? 0);
  if (number) out.documentNumber = { ...number.evidence, value: number.value.replace(/\s+/g, '') };
  const signature = findSignature(source, paragraphs);
  if (signature.date) out.issuedOn = { ...signature.date.evidence, value: signature.date.value };

  const add = (b: { name: string; evidence: TextSpan }, from: HeaderIssuer['from']) => {
    if (out.issuers.some((x) => x.name === b.name)) return;
    const match = issuerFor(b.name, regions, bodies);
    out.issuers.push({
      ...b.evidence,
      name: b.name,
      ...(match ? { code: match.code } : {}),
      ...(match?.region ? { jurisdiction: match.region.code } : {}),
      from,
    });
  };
  for (const b of signature.bodies) add(b, 'signature');
  for (const b of headerBodies(source, paragraphs, head?.heading)) add(b, 'header');
  return out;
}
