import { Foundation1764140000000 } from './1764140000000-foundation.js';
import { DraftsAndTasks1764150000000 } from './1764150000000-drafts-and-tasks.js';
import { Opinions1764160000000 } from './1764160000000-opinions.js';
import { Search1764170000000 } from './1764170000000-search.js';
import { Consolidation1764180000000 } from './1764180000000-consolidation.js';
import { Adoption1764190000000 } from './1764190000000-adoption.js';
import { OpinionIndexes1764200000000 } from './1764200000000-opinion-indexes.js';
import { Sessions1764210000000 } from './1764210000000-sessions.js';
import { AnnotationRevisions1764220000000 } from './1764220000000-annotation-revisions.js';
import { AssignmentOpened1764250000000 } from './1764250000000-assignment-opened.js';
import { OpinionCreatedMillis1764380000000 } from './1764380000000-opinion-created-millis.js';
import { NewestFirstIndexes1764400000000 } from './1764400000000-newest-first-indexes.js';
import { Jobs1764500000000 } from './1764500000000-jobs.js';
import { MaintainedTallies1764600000000 } from './1764600000000-maintained-tallies.js';
import { JobFiles1764710000000 } from './1764710000000-job-files.js';
import { DeferrableOpinionTally1764740000000 } from './1764740000000-deferrable-opinion-tally.js';
import { DuplicateGroupGenerations1764800000000 } from './1764800000000-duplicate-group-generations.js';
import { DropOpinionAuthorIndex1764840000000 } from './1764840000000-drop-opinion-author-index.js';
import { AnnotationAnchorVersion1764920000000 } from './1764920000000-annotation-anchor-version.js';
import { SuggestionProvisionOrder1764940000000 } from './1764940000000-suggestion-provision-order.js';
import { DropOpinionSingleIndexes1764960000000 } from './1764960000000-drop-opinion-single-indexes.js';
import { RefreshTokenRevokedIndex1764980000000 } from './1764980000000-refresh-token-revoked-index.js';
import { RefreshTokenPurgeIndexes1765000000000 } from './1765000000000-refresh-token-purge-indexes.js';
import { ContributorErasure1765000100000 } from './1765000100000-contributor-erasure.js';
import { AccountMustChangePassword1765250000000 } from './1765250000000-account-must-change-password.js';
import { OnlineCollection1765300000000 } from './1765300000000-online-collection.js';
import { PublicOriginTally1765400000000 } from './1765400000000-public-origin-tally.js';
import { ExpertOrigin1765520000000 } from './1765520000000-expert-origin.js';

/** The one migration history, in order; it runs on SQLite and MySQL/MariaDB alike. */
export const MIGRATIONS = [
  Foundation1764140000000,
  DraftsAndTasks1764150000000,
  Opinions1764160000000,
  Search1764170000000,
  Consolidation1764180000000,
  Adoption1764190000000,
  OpinionIndexes1764200000000,
  Sessions1764210000000,
  AnnotationRevisions1764220000000,
  AssignmentOpened1764250000000,
  OpinionCreatedMillis1764380000000,
  NewestFirstIndexes1764400000000,
  Jobs1764500000000,
  MaintainedTallies1764600000000,
  JobFiles1764710000000,
  DeferrableOpinionTally1764740000000,
  DuplicateGroupGenerations1764800000000,
  DropOpinionAuthorIndex1764840000000,
  AnnotationAnchorVersion1764920000000,
  SuggestionProvisionOrder1764940000000,
  DropOpinionSingleIndexes1764960000000,
  RefreshTokenRevokedIndex1764980000000,
  RefreshTokenPurgeIndexes1765000000000,
  ContributorErasure1765000100000,
  AccountMustChangePassword1765250000000,
  OnlineCollection1765300000000,
  PublicOriginTally1765400000000,
  ExpertOrigin1765520000000,
];
