/** The feedback domain's settings, provided app-wide under FEEDBACK_OPTIONS by the composition root. */
export interface FeedbackOptions {
  /** Base64 of the 32-byte key that seals contributors' personal data. */
  personalDataKey: string;
}

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');
