// The drafts' per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader, type Connection } from '@app/common';
import type { DraftVersionEntity, ProvisionEntity } from './draft.entities.js';

export const VERSIONS_BY_ID = defineLoader<DraftVersionEntity | undefined>('drafts.versionsById');
export const VERSIONS_OF_DRAFT = defineLoader<DraftVersionEntity[]>('drafts.versionsOfDraft');
/** A version's full text by provision address. */
export const FULL_TEXT_OF_VERSION =
  defineLoader<(address: string) => string | null>('drafts.fullTextOfVersion');
export const PROVISION_PAGES_OF_VERSION = defineLoader<Connection<ProvisionEntity>>(
  'drafts.provisionPagesOfVersion',
);
