// Consultation's per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader } from '@app/common';
import type { ConsultationTaskEntity, PointTaskEntity } from './consultation.entities.js';

export const TASKS_BY_ID = defineLoader<ConsultationTaskEntity | undefined>('consultation.tasksById');
export const POINT_TASKS_BY_ID = defineLoader<PointTaskEntity | undefined>('consultation.pointTasksById');
