import { z } from "zod/mini";

/**
 * The reports API's answers, read by the widget in the browser and described in the directory's JSON Schema.
 * zod/mini: the widget checks every answer against these, and the full zod would weigh on every channel page.
 */

const count = z.int().check(z.minimum(0));

/** A channel's last 30 days as reported by visitors, counted by lib/reports/rule.ts: GET /api/v1/channels/<id>/reports. */
export const reportSummary = z.strictObject({
  channel: z.string(),
  days: z.int(),
  /** Counted reports: distinct visitors per day, not rows. */
  reached: count,
  failed: count,
  medianWaitMinutes: z.nullable(count),
  lastReportAt: z.nullable(z.iso.datetime()),
  failingTrend: z.boolean(),
  /** What the failing warning rests on; null without a warning. */
  failing: z.nullable(z.strictObject({ visitors: z.int().check(z.minimum(1)), days: z.int().check(z.minimum(1)) })),
});

export type ReportSummary = z.infer<typeof reportSummary>;

/** The 201 answer to POST /api/v1/reports: the stored report's id and the channel's summary with it counted. */
export const reportCreated = z.strictObject({ id: z.uuid(), summary: reportSummary });
