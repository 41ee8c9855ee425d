import { InitialSchema1795910400000 } from './1795910400000-initial-schema';
import { UsersSessionsAudit1795910410000 } from './1795910410000-users-sessions-audit';
import { EditorialWorkflow1795910420000 } from './1795910420000-editorial-workflow';
import { SearchFacets1795910425000 } from './1795910425000-search-facets';
import { PublicReadIndexes1795910433000 } from './1795910433000-public-read-indexes';
import { NewslettersSubscriptions1795910450000 } from './1795910450000-newsletters-subscriptions';
import { PublicChangeTriggers1795910460000 } from './1795910460000-public-change-triggers';
import { SearchChangeNotify1795910470000 } from './1795910470000-search-change-notify';
import { TargetModel1795910480000 } from './1795910480000-target-model';
import { IngestTitleTrigrams1795910485000 } from './1795910485000-ingest-title-trigrams';
import { LoginDevices1795910491000 } from './1795910491000-login-devices';
import { PasswordLinks1795910492000 } from './1795910492000-password-links';
import { RelationChangeTriggers1795910493000 } from './1795910493000-relation-change-triggers';
import { EditorialActivity1795910494000 } from './1795910494000-editorial-activity';
import { EntryFiles1795910495000 } from './1795910495000-entry-files';

/** In order. Hand-written SQL only; `synchronize` is never used. */
export const MIGRATIONS = [InitialSchema1795910400000, UsersSessionsAudit1795910410000, EditorialWorkflow1795910420000, SearchFacets1795910425000, PublicReadIndexes1795910433000, NewslettersSubscriptions1795910450000, PublicChangeTriggers1795910460000, SearchChangeNotify1795910470000, TargetModel1795910480000, IngestTitleTrigrams1795910485000, LoginDevices1795910491000, PasswordLinks1795910492000, RelationChangeTriggers1795910493000, EditorialActivity1795910494000, EntryFiles1795910495000];
