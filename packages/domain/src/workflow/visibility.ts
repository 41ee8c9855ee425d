/**
 * Who sees an item (entry or newsletter issue) in the CMS: everyone who may use the CMS sees it,
 * except a trashed one, which only its author and admins see (others are told it does not exist).
 * The API's list queries apply the same rule in SQL (`apps/api/src/editor/visibility.ts`).
 */
export function canSeeInCms(item: { workflowStatus: string; authorId: string | null }, viewer: { id: string; roles: readonly string[] }): boolean {
  return item.workflowStatus !== 'trashed' || item.authorId === viewer.id || viewer.roles.includes('admin');
}
