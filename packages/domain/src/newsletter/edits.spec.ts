import { describe, expect, it } from 'vitest';
import { smallIssue } from '../testing/newsletter';
import {
  addItem,
  applyEdit,
  applyEdits,
  editGroup,
  editItem,
  moveGroup,
  moveItem,
  NEWSLETTER_EDIT_ERRORS as E,
  NewsletterEditError,
  NewsletterEditSchema,
  NewsletterEditsSchema,
  patchText,
  removeItem,
  reorderGroups,
  reorderItems,
  type NewsletterIssue,
} from './index';

const it3 = (...slugs: string[]) => slugs.map((entry) => ({ entry, blurb: { en: `Blurb ${entry}` }, bullets: [{ en: `Point ${entry}` }] }));
const sample = (): NewsletterIssue =>
  smallIssue(
    1,
    { periodFrom: '2024-01-01', periodTo: '2024-02-29' },
    {
      top_news: [
        { heading: { en: 'One' }, items: it3('aaa-1') },
        { heading: { en: 'Two' }, items: it3('bbb-1', 'bbb-2') },
      ],
      subnational_updates: [{ heading: { en: 'Three' }, items: it3('ccc-1', 'ccc-2', 'ccc-3') }],
    },
  );
const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};
const layout = (i: NewsletterIssue) => i.sections.map((s) => `${s.code}: ${s.groups.map((g) => `[${g.items.map((x) => x.entry).join(' ')}]`).join(' ')}`);

describe('edits', () => {
  const base = deepFreeze(sample());

  it('never touch their input', () => {
    const out = applyEdits(base, [
      { op: 'moveItem', entry: 'aaa-1', to: { section: 'subnational_updates', group: 0 } },
      { op: 'editItem', entry: 'ccc-1', blurb: { en: 'New' } },
      { op: 'pruneEmpty' },
    ]);
    expect(out).not.toBe(base);
    expect(base).toEqual(sample());
  });

  it('move an item within a group and between groups and sections', () => {
    expect(layout(moveItem(base, 'ccc-3', { section: 'subnational_updates', group: 0, index: 0 }))[1]).toBe('subnational_updates: [ccc-3 ccc-1 ccc-2]');
    expect(layout(moveItem(base, 'ccc-1', { section: 'subnational_updates', group: 0, index: 2 }))[1]).toBe('subnational_updates: [ccc-2 ccc-3 ccc-1]');
    expect(layout(moveItem(base, 'bbb-2', { section: 'top_news', group: 0, index: 0 }))[0]).toBe('top_news: [bbb-2 aaa-1] [bbb-1]');
    const toNew = moveItem(base, 'bbb-1', { section: 'perspectives', group: 0 });
    expect(layout(toNew)[2]).toBe('perspectives: [bbb-1]');
    expect(toNew.sections[2].title).toEqual({ en: 'Perspectives', zh: '观点' });
  });

  it('add, remove and reorder items, refusing duplicates and bad orders', () => {
    const added = addItem(base, 'ddd-1', { section: 'top_news', group: 1, index: 1 }, { blurb: { en: ' Hi ', zh: '' }, bullets: [{ en: 'x' }, {}] });
    expect(added.sections[0].groups[1].items[1]).toEqual({ entry: 'ddd-1', blurb: { en: 'Hi' }, bullets: [{ en: 'x' }] });
    expect(() => addItem(base, 'ccc-2', { section: 'top_news', group: 0 })).toThrow(expect.objectContaining({ code: E.duplicateEntry }));
    expect(layout(removeItem(base, 'bbb-1'))[0]).toBe('top_news: [aaa-1] [bbb-2]');
    expect(() => removeItem(base, 'zzz-9')).toThrow(expect.objectContaining({ code: E.unknownEntry }));
    expect(layout(reorderItems(base, 'subnational_updates', 0, ['ccc-2', 'ccc-3', 'ccc-1']))[1]).toBe('subnational_updates: [ccc-2 ccc-3 ccc-1]');
    expect(() => reorderItems(base, 'subnational_updates', 0, ['ccc-2', 'ccc-2', 'ccc-1'])).toThrow(expect.objectContaining({ code: E.badOrder }));
    expect(() => reorderItems(base, 'subnational_updates', 0, ['ccc-2', 'ccc-3'])).toThrow(expect.objectContaining({ code: E.badOrder }));
  });

  it('add, remove, move, reorder and merge groups', () => {
    expect(layout(reorderGroups(base, 'top_news', [1, 0]))[0]).toBe('top_news: [bbb-1 bbb-2] [aaa-1]');
    expect(layout(moveGroup(base, 'top_news', 0, 1))[0]).toBe('top_news: [bbb-1 bbb-2] [aaa-1]');
    expect(() => reorderGroups(base, 'top_news', [0, 0])).toThrow(expect.objectContaining({ code: E.badOrder }));
    const merged = applyEdit(base, { op: 'mergeGroups', section: 'top_news', from: 1, into: 0 });
    expect(layout(merged)[0]).toBe('top_news: [aaa-1 bbb-1 bbb-2]');
    const grown = applyEdits(base, [
      { op: 'addGroup', section: 'top_news', index: 0, heading: { en: 'New' } },
      { op: 'moveItem', entry: 'bbb-2', to: { section: 'top_news', group: 0 } },
    ]);
    expect(layout(grown)[0]).toBe('top_news: [bbb-2] [aaa-1] [bbb-1]');
    expect(layout(applyEdit(base, { op: 'removeGroup', section: 'top_news', group: 1 }))[0]).toBe('top_news: [aaa-1]');
    expect(layout(applyEdits(base, [{ op: 'removeItem', entry: 'aaa-1' }, { op: 'pruneEmpty' }]))[0]).toBe('top_news: [bbb-1 bbb-2]');
  });

  it('edit text per language: set, keep, clear', () => {
    const bi = editItem(base, 'aaa-1', { blurb: { zh: '简介' }, lead: { en: 'Lead' } });
    expect(bi.sections[0].groups[0].items[0]).toMatchObject({ blurb: { en: 'Blurb aaa-1', zh: '简介' }, lead: { en: 'Lead' } });
    const cleared = editItem(bi, 'aaa-1', { blurb: { en: null }, bullets: [{ zh: '要点' }], lead: null });
    expect(cleared.sections[0].groups[0].items[0]).toEqual({ entry: 'aaa-1', blurb: { zh: '简介' }, bullets: [{ zh: '要点' }] });
    const g = editGroup(base, 'top_news', 1, { heading: { en: 'Renamed', zh: '改名' }, lead: { en: 'Intro' }, sharedBullets: [{ en: 'Shared' }] });
    expect(g.sections[0].groups[1]).toMatchObject({ heading: { en: 'Renamed', zh: '改名' }, lead: { en: 'Intro' }, sharedBullets: [{ en: 'Shared' }] });
    expect(editGroup(g, 'top_news', 1, { lead: null, sharedBullets: null }).sections[0].groups[1]).not.toHaveProperty('lead');
    const s = applyEdits(base, [
      { op: 'editSection', section: 'top_news', title: { zh: '要闻' } },
      { op: 'editIssue', title: { en: '', zh: '简报' }, periodTo: '2024-03-31' },
    ]);
    expect([s.sections[0].title, s.title, s.periodTo]).toEqual([{ en: 'Top News', zh: '要闻' }, { zh: '简报' }, '2024-03-31']);
    expect(patchText({ en: 'a', zh: 'b' }, { en: '  ', zh: undefined })).toEqual({ zh: 'b' });
  });

  it('report which edit failed and why, leaving nothing half-applied', () => {
    let err: unknown;
    try {
      applyEdits(base, [
        { op: 'removeItem', entry: 'aaa-1' },
        { op: 'moveItem', entry: 'bbb-1', to: { section: 'top_news', group: 7 } },
      ]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewsletterEditError);
    expect(err).toMatchObject({ code: E.noSuchGroup, editIndex: 1 });
    expect((err as Error).message).toMatch(/top_news has no group 8/);
    expect(() => moveItem(base, 'aaa-1', { section: 'top_news', group: 1, index: 5 })).toThrow(expect.objectContaining({ code: E.badIndex }));
    expect(() => applyEdit(base, { op: 'editSection', section: 'perspectives', title: { en: 'x' } })).toThrow(
      expect.objectContaining({ code: E.noSuchSection }),
    );
    expect(() => applyEdit(base, { op: 'explode' } as never)).toThrow(expect.objectContaining({ code: E.unknownOp }));
    expect(base).toEqual(sample());
  });
});

describe('NewsletterEditSchema (what the API accepts)', () => {
  it('accepts every edit the CMS sends and rejects malformed ones with a path', () => {
    const ok = NewsletterEditsSchema.safeParse([
      { op: 'moveItem', entry: 'aaa-1', to: { section: 'top_news', group: 0, index: 1 } },
      { op: 'editItem', entry: 'aaa-1', blurb: { en: 'x', zh: null }, lead: null },
      { op: 'editGroup', section: 'perspectives', group: 0, sharedBullets: null },
      { op: 'pruneEmpty' },
    ]);
    expect(ok.success).toBe(true);
    const bad = NewsletterEditSchema.safeParse({ op: 'moveItem', entry: 'aaa-1', to: { section: 'gossip', group: -1 } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['to.section', 'to.group']);
    expect(NewsletterEditSchema.safeParse({ op: 'explode' }).success).toBe(false);
  });
});
