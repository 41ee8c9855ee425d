import { requestMeta } from '../audit/request-meta';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import type { Actor } from './users.service';

/** The signed-in user and where the request came from, for the audit log. */
export const actorOf = (req: AuthenticatedRequest): Actor => ({ actorId: req.user?.id ?? null, ...requestMeta(req) });
