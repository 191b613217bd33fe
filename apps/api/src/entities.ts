import { ADOPTION_ENTITIES } from '@app/adoption/entities';
import { AUDIT_ENTITIES } from '@app/audit/entities';
import { CONSOLIDATION_ENTITIES } from '@app/consolidation/entities';
import { CONSULTATION_ENTITIES } from '@app/consultation/entities';
import { DRAFT_ENTITIES } from '@app/drafts/entities';
import { FEEDBACK_ENTITIES } from '@app/feedback/entities';
import { IDENTITY_ENTITIES } from '@app/identity/entities';
import { JOB_ENTITIES } from '@app/jobs/entities';
import { ORGANIZATION_ENTITIES } from '@app/organization/entities';

/** Every entity of the application, for the one DataSource. */
export const ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...ORGANIZATION_ENTITIES,
  ...AUDIT_ENTITIES,
  ...DRAFT_ENTITIES,
  ...CONSULTATION_ENTITIES,
  ...FEEDBACK_ENTITIES,
  ...CONSOLIDATION_ENTITIES,
  ...ADOPTION_ENTITIES,
  ...JOB_ENTITIES,
];
