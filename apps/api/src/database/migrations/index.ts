import { InitialSchema1795910400000 } from './1795910400000-initial-schema';
import { UsersSessionsAudit1795910410000 } from './1795910410000-users-sessions-audit';
import { EditorialWorkflow1795910420000 } from './1795910420000-editorial-workflow';
import { SearchFacets1795910425000 } from './1795910425000-search-facets';
import { PublicReadIndexes1795910433000 } from './1795910433000-public-read-indexes';
import { NewslettersSubscriptions1795910450000 } from './1795910450000-newsletters-subscriptions';
import { PublicChangeTriggers1795910460000 } from './1795910460000-public-change-triggers';
import { SearchChangeNotify1795910470000 } from './1795910470000-search-change-notify';
import { IngestTitleTrigrams1795910485000 } from './1795910485000-ingest-title-trigrams';
import { EditorialActivity1795910490000 } from './1795910490000-editorial-activity';

/** In order. Hand-written SQL only; `synchronize` is never used. */
export const MIGRATIONS = [InitialSchema1795910400000, UsersSessionsAudit1795910410000, EditorialWorkflow1795910420000, SearchFacets1795910425000, PublicReadIndexes1795910433000, NewslettersSubscriptions1795910450000, PublicChangeTriggers1795910460000, SearchChangeNotify1795910470000, IngestTitleTrigrams1795910485000, EditorialActivity1795910490000];
