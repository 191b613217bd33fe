import { ADOPTION_ENTITIES } from '@app/adoption';
import { AUDIT_ENTITIES } from '@app/audit';
import { CONSOLIDATION_ENTITIES } from '@app/consolidation';
import { CONSULTATION_ENTITIES } from '@app/consultation';
import { DRAFT_ENTITIES } from '@app/drafts';
import { FEEDBACK_ENTITIES } from '@app/feedback';
import { IDENTITY_ENTITIES } from '@app/identity';
import { ORGANIZATION_ENTITIES } from '@app/organization';

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
];
