/** The job that runs what follows a new version (VersionFollowUpJob), off the upload request. */
export const VERSION_FOLLOW_UP_JOB = 'drafts.versionFollowUp';

/** The version whose follow-up runs (its id is also the job's subject). */
export interface VersionFollowUpPayload {
  versionId: string;
}
