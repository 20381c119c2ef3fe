/** What a form sent without scripts can come back with; shared by the API (server) and the widget's messages. */
export const FORM_OUTCOMES = ["saved", "invalid", "limited", "failed"] as const;
export type FormOutcome = (typeof FORM_OUTCOMES)[number];

/** The fragment the server sends the browser back to; the page shows that outcome's message under :target. */
export function formOutcomeId(outcome: FormOutcome): string {
  return `report-${outcome}`;
}
