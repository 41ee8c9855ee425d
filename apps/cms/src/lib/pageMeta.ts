import { createPageMeta } from '@dualcarbon/web';

export type { PageMeta } from '@dualcarbon/web';

export const { applyPageMeta, usePageMeta } = createPageMeta('dualcarbon CMS');
