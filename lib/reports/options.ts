/** What a visitor can report; shared by the API schema (server) and the widget (client). */
export const OUTCOMES = ["reached", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FAILURE_REASONS = ["no-answer", "bot-only", "number-missing", "not-ozon", "closed"] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const MAX_WAIT_MINUTES = 600;
export const MAX_COMMENT_LENGTH = 500;
/** Requests larger than this are refused before parsing. */
export const MAX_BODY_BYTES = 4096;
export const SUMMARY_DAYS = 30;
