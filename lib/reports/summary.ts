import { z } from "zod";

/**
 * The reports API's answers, for the server and the directory's JSON Schema. The browser reads them with
 * summary-reader.ts, held to these schemas field by field by tests/unit/reports-api.test.ts.
 */

/** A channel's last 30 days as reported by visitors, counted by lib/reports/rule.ts: GET /api/v1/channels/<id>/reports. */
export const reportSummary = z.strictObject({
  channel: z.string(),
  days: z.number().int(),
  /** Counted reports: distinct visitors per day, not rows. */
  reached: z.number().int().min(0),
  failed: z.number().int().min(0),
  medianWaitMinutes: z.number().int().min(0).nullable(),
  lastReportAt: z.iso.datetime().nullable(),
  failingTrend: z.boolean(),
  /** What the failing warning rests on; null without a warning. */
  failing: z.strictObject({ visitors: z.number().int().min(1), days: z.number().int().min(1) }).nullable(),
});

export type ReportSummary = z.infer<typeof reportSummary>;

/** The 201 answer to POST /api/v1/reports: the stored report's id and the channel's summary with it counted. */
export const reportCreated = z.strictObject({ id: z.uuid(), summary: reportSummary });
