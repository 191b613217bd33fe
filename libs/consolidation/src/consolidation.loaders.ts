// Consolidation's per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader, type Connection } from '@app/common';
import type { SuggestionSourceEntity } from './consolidation.entities.js';
import type { ProvisionTallyModel } from './consolidation.models.js';
import type { OpinionTally, SuggestionCounts } from './opinion-facts.js';
import type { ItemsPerProvision } from './workbench.service.js';

export const COUNTS_OF_SUGGESTION = defineLoader<SuggestionCounts>('consolidation.countsOfSuggestion');
export const PROPOSERS_OF_SUGGESTION = defineLoader<string>('consolidation.proposersOfSuggestion');
export const SOURCE_PAGES_OF_SUGGESTION = defineLoader<Connection<SuggestionSourceEntity>>(
  'consolidation.sourcePagesOfSuggestion',
);
/** The opinion tally of one consolidation (keyed by its id; the batch is per consolidation). */
export const TALLY_OF_CONSOLIDATION = defineLoader<OpinionTally[]>('consolidation.tallyOfConsolidation');
/** The workbench's provision lines of one consolidation (keyed by its id): `provisions` and `generalOpinions` share them. */
export const PROVISION_LINES_OF_CONSOLIDATION = defineLoader<ProvisionTallyModel[]>(
  'consolidation.provisionLinesOfConsolidation',
);
/** A consolidation's suggestions and groups per provision (keyed by its id): `counts` and the provision lines share them. */
export const ITEMS_OF_CONSOLIDATION = defineLoader<ItemsPerProvision>('consolidation.itemsOfConsolidation');
