import type { EntryInput } from '@dualcarbon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInAgent } from './helpers/auth';
import { createDraft, entryInput, move, publish, team, type Team, startEditorialApp } from './helpers/editorial';
import type { TestApp } from './helpers/test-app';

type Targets = NonNullable<EntryInput['targets']>;
const intensity = { metric: 'carbon_intensity', targetYear: 2025, value: 18, unit: '%', comparison: 'reduction', baseYear: 2020 } as const;
const peak = { metric: 'co2_emissions', targetYear: 2030, comparison: 'peak', qualifier: 'before' } as const;
const energy = { metric: 'energy_intensity', targetYear: 2025, value: 14, unit: '%', comparison: 'reduction', baseYear: 2020 } as const;

/** Review comments on one target are stored by position ("targets.2.value"); they must follow the target when a save moves it. */
describe('comments on targets follow their target (real PostgreSQL)', () => {
  let t: TestApp;
  let u: Team;

  beforeAll(async () => {
    t = await startEditorialApp();
    u = await team(t);
  });
  afterAll(() => t?.close());

  const comment = async (id: string, field: string, body: string) =>
    (await u.reviewer.post(`/api/editor/entries/${id}/comments`).send({ body, field }).expect(201)).body.id as string;
  const fields = async (id: string) => {
    const items: Array<{ id: string; field: string | null }> = (await u.editor.get(`/api/editor/entries/${id}/comments`).expect(200)).body.items;
    return Object.fromEntries(items.map((c) => [c.id, c.field]));
  };
  const save = async (agent: SignedInAgent, id: string, slug: string, version: number, targets: Targets) => {
    const res = await agent.put(`/api/editor/entries/${id}`).send({ version, data: entryInput(slug, { targets }) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.version as number;
  };

  it('moves open comments with a reordered target, sends a removed target’s to the targets section, leaves the rest alone', async () => {
    const d = await createDraft(u.editor, 'moving-targets', { targets: [intensity, peak, energy] });
    const onEnergyValue = await comment(d.id, 'targets.2.value', 'Is 14% right?');
    const onIntensity = await comment(d.id, 'targets.0', 'Cite the 18%');
    const onPeak = await comment(d.id, 'targets.1.targetYear', 'Before 2030?');
    const onTitle = await comment(d.id, 'title.en', 'Shorter title');
    const onSection = await comment(d.id, 'targets', 'A target is missing');
    const resolved = await comment(d.id, 'targets.2', 'Resolved remark on the energy target');
    await u.editor.post(`/api/editor/entries/${d.id}/comments/${resolved}/resolve`).expect(200);

    // The energy target moved to the top: its comments follow it, the others shift down with theirs.
    let v = await save(u.editor, d.id, 'moving-targets', d.version, [energy, intensity, peak]);
    expect(await fields(d.id)).toEqual({
      [onEnergyValue]: 'targets.0.value',
      [onIntensity]: 'targets.1',
      [onPeak]: 'targets.2.targetYear',
      [onTitle]: 'title.en',
      [onSection]: 'targets',
      // A resolved comment keeps the field it was written on.
      [resolved]: 'targets.2',
    });

    // An edited value keeps its comments; the removed peak target's comment goes to the section.
    v = await save(u.editor, d.id, 'moving-targets', v, [{ ...energy, value: 15 }, intensity]);
    expect(await fields(d.id)).toMatchObject({ [onEnergyValue]: 'targets.0.value', [onIntensity]: 'targets.1', [onPeak]: 'targets', [onTitle]: 'title.en' });

    // A save that moves nothing changes no comment.
    const before = await t.db.query(`SELECT id::text, field FROM entry_comments WHERE entry_id = $1 ORDER BY id`, [d.id]);
    await u.editor
      .put(`/api/editor/entries/${d.id}`)
      .send({ version: v, data: entryInput('moving-targets', { summary: { en: 'Changed.' }, targets: [{ ...energy, value: 15 }, intensity] }) })
      .expect(200);
    expect(await t.db.query(`SELECT id::text, field FROM entry_comments WHERE entry_id = $1 ORDER BY id`, [d.id])).toEqual(before);
  });

  it('moves comments back with the targets when a working revision is discarded', async () => {
    const d = await createDraft(u.editor, 'discarded-order', { targets: [intensity, peak] });
    await publish({ author: u.editor, reviewer: u.reviewer }, d.id);
    await save(u.editor, d.id, 'discarded-order', d.version, [peak, intensity]);
    const onPeak = await comment(d.id, 'targets.0.targetYear', 'Before 2030?');
    const discarded = await move(u.editor, d.id, 'discard');
    expect(discarded.data.targets.map((x: { metric: string }) => x.metric)).toEqual(['carbon_intensity', 'co2_emissions']);
    expect(await fields(d.id)).toEqual({ [onPeak]: 'targets.1.targetYear' });
  });
});
