/** The feedback domain's settings, provided app-wide under FEEDBACK_OPTIONS by the composition root. */
export interface FeedbackOptions {
  /** Base64 of the 32-byte key that seals contributors' personal data. */
  personalDataKey: string;
  /**
   * How long a contributor's personal data is kept once its purpose is nearly done (个人信息保护法 art. 19): days after
   * the outcome of the opinion was published, or after the point archived the task (opinions that never get an
   * outcome). Erased sooner on withdrawal, on request, and once the person was told the outcome.
   */
  personalDataRetentionDays: number;
  /** How often the retention job looks for personal data due for erasure (seconds; 0: never by itself). */
  personalDataErasureIntervalSeconds: number;
}

/** The defaults of the settings above (PERSONAL_DATA_RETENTION_DAYS, PERSONAL_DATA_ERASURE_INTERVAL_SECONDS). */
export const PERSONAL_DATA_RETENTION_DEFAULTS = { retentionDays: 180, erasureIntervalSeconds: 3600 } as const;

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');
