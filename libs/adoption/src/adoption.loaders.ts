// Adoption's per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader } from '@app/common';
import type { AdoptionDecisionEntity, AdoptionEvidenceEntity } from './adoption.entities.js';
import type { OpinionOutcome } from './adoption.service.js';

export const DECISION_OF_SUGGESTION = defineLoader<AdoptionDecisionEntity | undefined>(
  'adoption.decisionOfSuggestion',
);
export const EVIDENCE_OF_SUGGESTION = defineLoader<AdoptionEvidenceEntity[]>('adoption.evidenceOfSuggestion');
export const OUTCOME_OF_OPINION = defineLoader<OpinionOutcome | null>('adoption.outcomeOfOpinion');
export const AWAITING_DECISIONS_OF_TASK = defineLoader<{ awaiting: number; underStudy: number }>(
  'adoption.awaitingDecisionsOfTask',
);
