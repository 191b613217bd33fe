// Feedback's per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader } from '@app/common';
import type {
  AnnotationEntity,
  AnnotationRevisionEntity,
  OpinionEntity,
  OpinionRevisionEntity,
} from './feedback.entities.js';

export const OPINIONS_BY_ID = defineLoader<OpinionEntity | undefined>('feedback.opinionsById');
export const REVISIONS_OF_OPINION = defineLoader<OpinionRevisionEntity[]>('feedback.revisionsOfOpinion');
export const REVISIONS_OF_ANNOTATION = defineLoader<AnnotationRevisionEntity[]>(
  'feedback.revisionsOfAnnotation',
);
export const REPLIES_TO_ANNOTATION = defineLoader<AnnotationEntity[]>('feedback.repliesToAnnotation');
