/**
 * The rows TaskService hands to other libs (a task, a point's task, an assignment), as types only. The classes — the
 * tables — stay in `@app/consultation/entities`: a type cannot be queried with, so another lib reads these rows through
 * the service, never from the table.
 */
import type { AssignmentEntity, ConsultationTaskEntity, PointTaskEntity } from './consultation.entities.js';

export type TaskRow = ConsultationTaskEntity;
export type PointTaskRow = PointTaskEntity;
export type AssignmentRow = AssignmentEntity;
