/** The tables of this lib: only for where the data source and migrations are assembled, this lib itself, tests and the demo. */
import { JobFileChunkEntity } from './job-file.entity.js';
import { JobEntity } from './job.entity.js';

export { JobEntity, JobFileChunkEntity };
export const JOB_ENTITIES = [JobEntity, JobFileChunkEntity];
