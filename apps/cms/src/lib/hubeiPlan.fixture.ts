import type { EntryInput } from '@dualcarbon/domain';

/** A small provincial policy entry the editor's specs start from, fresh each call (each adds the fields it changes). */
export const hubeiPlan = (over: Partial<EntryInput> = {}): EntryInput => ({
  kind: 'policy',
  slug: 'hubei-plan',
  title: { en: 'Hubei plan' },
  jurisdiction: '420000',
  level: 'provincial',
  ...over,
});
