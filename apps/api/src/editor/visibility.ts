import { canSeeInCms } from '@dualcarbon/domain';
import type { AuthUser } from '../auth/current-user.decorator';

/** The domain's rule (trashed items only for their author and admins), for a row the API has read. */
export const canSee = (item: { workflowStatus: string; authorId: string | null }, user: AuthUser) => canSeeInCms(item, user);

/**
 * The same rule in SQL, for list queries over a table aliased `alias` (entries or newsletters):
 * `userParam` and `adminParam` are the placeholders of the viewer's id and whether they are an admin.
 */
export const visibleInCmsSql = (alias: string, userParam: string, adminParam: string) =>
  `(${alias}.workflow_status <> 'trashed' OR ${alias}.author_id = ${userParam} OR ${adminParam}::boolean)`;
