/**
 * Entry source files: the document an entry was made from, kept in PostgreSQL. Document ingestion keeps
 * the file it read as an upload; the draft that names it in sources[].file attaches it; editors,
 * reviewers and admins list and download it byte for byte; uploads nobody attaches expire; the public
 * never sees the file, its id or a link to it.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryFilesService } from '../src/entry-files/entry-files.service';
import { binaryBody } from './helpers/binary-body';
import { anonymousAgent, type SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, publish, startEditorialApp, team, type Team } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

interface Upload {
  id: string;
  entryId: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function planPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    'Guangdong Province Carbon Peaking Implementation Plan',
    '',
    'By 2025, the share of non-fossil energy consumption will reach about 29%.',
    'Guangdong will strive to peak carbon emissions before 2030.',
  ];
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - i * 24, size: 12, font }));
  doc.setCreationDate(new Date('2024-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2024-01-01T00:00:00Z'));
  return Buffer.from(await doc.save());
}

const upload = async (agent: SignedInAgent, bytes: Buffer, name: string) => agent.post('/api/editor/uploads').attach('file', bytes, name);

describe('entry source files', () => {
  let t: TestApp;
  let team_: Team;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await startEditorialApp();
    team_ = await team(t);
    pdf = await planPdf();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('keeping the document ingestion read', () => {
    let kept: Upload;

    it('answers the suggestion with the file kept as an upload, checksum and all', async () => {
      const res = await team_.editor.post('/api/editor/ingest').attach('file', pdf, '广东省碳达峰实施方案.pdf');
      expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
      expect(res.body.format).toBe('pdf');
      kept = res.body.upload;
      expect(kept).toMatchObject({ entryId: null, name: '广东省碳达峰实施方案.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: sha256(pdf) });
      expect(kept.uploadedBy).toEqual({ id: team_.editor.user.id, name: 'Edna Editor' });
      expect(Date.parse(kept.expiresAt!) - Date.parse(kept.createdAt)).toBe(24 * 3_600_000);
    });

    it('keeps nothing for pasted text', async () => {
      const res = await team_.editor.post('/api/editor/ingest').send({ text: '广东省碳达峰实施方案\n\n到2025年，非化石能源消费比重达到29%左右。' });
      expect(res.status).toBe(200);
      expect(res.body.upload).toBeNull();
    });

    it('attaches the upload to the draft that names it, which lists and serves it to every editorial role', async () => {
      const draft = await createDraft(team_.editor, 'guangdong-peaking-from-pdf', {
        sources: [{ file: kept.id, title: '广东省碳达峰实施方案', language: 'zh' }],
      });
      expect(draft.data.sources).toEqual([{ file: kept.id, title: '广东省碳达峰实施方案', language: 'zh', official: true }]);
      for (const agent of [team_.editor, team_.reviewer, team_.admin, team_.editor2]) {
        const list = await agent.get(`/api/editor/entries/${draft.id}/files`).expect(200);
        expect(list.body.items).toEqual([{ ...kept, entryId: draft.id, expiresAt: null }]);
        const file = await agent.get(`/api/editor/entries/${draft.id}/files/${kept.id}`).buffer(true).parse(binaryBody).expect(200);
        expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
        expect(file.headers['content-type']).toBe('application/pdf');
        expect(file.headers['content-disposition']).toBe(
          `attachment; filename="${'?'.repeat(10)}.pdf"; filename*=UTF-8''${encodeURIComponent('广东省碳达峰实施方案.pdf')}`,
        );
        expect(file.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`);
        expect(file.headers.etag).toBe(`"${sha256(pdf)}"`);
        expect(file.headers['cache-control']).toContain('no-store');
        expect(file.headers['content-encoding']).toBeUndefined();
      }
    });
  });

  describe('guards', () => {
    let entryId: string;
    let fileId: string;

    beforeAll(async () => {
      const up = await upload(team_.editor, Buffer.from('某省碳达峰实施方案\n'), 'plan.txt');
      expect(up.status).toBe(201);
      fileId = up.body.id;
      entryId = (await createDraft(team_.editor, 'guarded-files', { sources: [{ file: fileId }] })).id;
    });

    it('answers 401 without a session and 403 without an editorial role', async () => {
      const anonymous = anonymousAgent(t.app);
      await anonymous.get(`/api/editor/entries/${entryId}/files`).expect(401);
      await anonymous.get(`/api/editor/entries/${entryId}/files/${fileId}`).expect(401);
      await team_.nobody.get(`/api/editor/entries/${entryId}/files`).expect(403);
      await team_.nobody.get(`/api/editor/entries/${entryId}/files/${fileId}`).expect(403);
    });

    it('lets only editors and admins upload', async () => {
      await anonymousAgent(t.app).post('/api/editor/uploads').attach('file', Buffer.from('x'), 'a.txt').expect(401);
      expect((await upload(team_.reviewer, Buffer.from('text'), 'a.txt')).status).toBe(403);
      expect((await upload(team_.admin, Buffer.from('text'), 'a.txt')).status).toBe(201);
    });

    it('answers 404 for a file through another entry, or an unknown id', async () => {
      const other = await createDraft(team_.editor, 'no-files-here');
      expect((await team_.editor.get(`/api/editor/entries/${other.id}/files/${fileId}`)).body.code).toBe('file/not_found');
      await team_.editor.get(`/api/editor/entries/${entryId}/files/not-a-uuid`).expect(404);
      await team_.editor.get(`/api/editor/entries/00000000-0000-4000-8000-000000000000/files`).expect(404);
    });

    it('refuses a file that is another editor’s upload or another entry’s file', async () => {
      const mine = await upload(team_.editor, Buffer.from('my document'), 'mine.txt');
      const res = await team_.editor2.post('/api/editor/entries').send(entryInput('not-your-upload', { sources: [{ file: mine.body.id }] }));
      expect(res.status).toBe(422);
      expect(res.body.issues).toEqual([expect.objectContaining({ path: 'sources.0.file', code: 'entry/unknown_file' })]);
      const taken = await team_.editor.post('/api/editor/entries').send(entryInput('another-entrys-file', { sources: [{ file: fileId }] }));
      expect(taken.body.issues).toEqual([expect.objectContaining({ path: 'sources.0.file', code: 'entry/unknown_file' })]);
    });

    it('answers upload errors with their codes', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
      const bad = await upload(team_.editor, png, 'chart.png');
      expect([bad.status, bad.body.code]).toEqual([415, 'upload/unsupported_type']);
      const broken = await upload(team_.editor, Buffer.from('not really a pdf'), 'plan.pdf');
      expect([broken.status, broken.body.code]).toEqual([400, 'upload/corrupt_file']);
      const none = await team_.editor.post('/api/editor/uploads').field('x', '1');
      expect(none.status).toBe(400);
      const big = await upload(team_.editor, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20), 'big.txt');
      expect([big.status, big.body.code]).toEqual([413, 'upload/too_large']);
    });
  });

  describe('unattached uploads', () => {
    it('expire: a draft can no longer attach one, and the sweep deletes it', async () => {
      const old = (await upload(team_.editor, Buffer.from('an old upload'), 'old.txt')).body as Upload;
      const fresh = (await upload(team_.editor, Buffer.from('a fresh upload'), 'fresh.txt')).body as Upload;
      await t.db.query(`UPDATE entry_files SET created_at = now() - interval '25 hours' WHERE id = $1`, [old.id]);
      const res = await team_.editor.post('/api/editor/entries').send(entryInput('late-attach', { sources: [{ file: old.id }] }));
      expect(res.status).toBe(422);
      expect(res.body.issues).toEqual([expect.objectContaining({ path: 'sources.0.file', code: 'entry/expired_file' })]);
      expect(await t.app.get(EntryFilesService).sweep()).toBeGreaterThanOrEqual(1);
      const left = await t.db.query(`SELECT id FROM entry_files WHERE id = ANY($1::uuid[])`, [[old.id, fresh.id]]);
      expect(left).toEqual([{ id: fresh.id }]);
    });

    it('are kept at most ten per editor, the oldest going first', async () => {
      const agent = team_.editor2;
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await upload(agent, Buffer.from(`upload ${i}`), `u${i}.txt`)).body.id);
      const left = await t.db.query(`SELECT id FROM entry_files WHERE uploaded_by = $1 AND entry_id IS NULL`, [agent.user.id]);
      expect(left.map((r: { id: string }) => r.id).sort()).toEqual(ids.slice(2).sort());
    });
  });

  describe('the public', () => {
    it('sees a file source by its title only, never the file, its id or a link to it', async () => {
      const up = (await upload(team_.editor, pdf, 'plan.pdf')).body as Upload;
      const slug = 'public-file-source';
      const draft = await createDraft(team_.editor, slug, {
        sources: [
          { url: 'https://example.gov.cn/plan.html', title: 'Web page' },
          { file: up.id, title: '广东省碳达峰实施方案' },
        ],
      });
      await publish({ author: team_.editor, reviewer: team_.reviewer }, draft.id);
      const anonymous = anonymousAgent(t.app);
      const res = await anonymous.get(`/api/entries/${slug}`).expect(200);
      expect(res.body.sources).toEqual([
        { url: 'https://example.gov.cn/plan.html', title: 'Web page', language: 'zh', official: true },
        { title: '广东省碳达峰实施方案', language: 'zh', official: true },
      ]);
      expect(res.text).not.toContain(up.id);
      expect(res.text).not.toContain('/files');
      const search = await anonymous.get(`/api/search`).query({ q: '广东省碳达峰' });
      expect(search.text).not.toContain(up.id);
      await anonymous.get(`/api/entries/${slug}/files`).expect(404);
      await anonymous.get(`/api/editor/entries/${draft.id}/files/${up.id}`).expect(401);
    });
  });
});
