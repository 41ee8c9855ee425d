import type { WorkflowState } from '@dualcarbon/domain';
import type { EntityManager } from 'typeorm';
import { isoOrNull } from '../database/sql';
import { userRefs } from './users';

/** What an entry and a newsletter issue both record about their workflow. */
export interface WorkflowRecord {
  version: number;
  workflowStatus: WorkflowState;
  workingStatus: WorkflowState | null;
  authorId: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  updatedBy: string | null;
  publishedVersion: number | null;
  publishedAt: Date | null;
}

/** The part of an entry's and an issue's detail they share: version, states, the people (as references) and publication. */
export async function workflowDetail(m: EntityManager, r: WorkflowRecord) {
  const refs = await userRefs(m, [r.authorId, r.submittedBy, r.updatedBy]);
  const ref = (id: string | null) => (id ? (refs.get(id) ?? null) : null);
  return {
    version: r.version,
    workflowStatus: r.workingStatus ?? r.workflowStatus,
    workingStatus: r.workingStatus,
    hasWorkingRevision: r.workingStatus !== null,
    authorId: r.authorId,
    author: ref(r.authorId),
    submittedBy: ref(r.submittedBy),
    submittedAt: isoOrNull(r.submittedAt),
    updatedBy: ref(r.updatedBy),
    publishedVersion: r.publishedVersion,
    publishedAt: isoOrNull(r.publishedAt),
  };
}
