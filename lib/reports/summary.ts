import { z } from "zod";

/** A channel's last 30 days as reported by visitors: what the API returns and the widget shows. */
export const reportSummary = z.strictObject({
  channel: z.string(),
  days: z.number().int(),
  reached: z.number().int().min(0),
  failed: z.number().int().min(0),
  medianWaitMinutes: z.number().int().min(0).nullable(),
  lastReportAt: z.iso.datetime().nullable(),
  failingTrend: z.boolean(),
});

export type ReportSummary = z.infer<typeof reportSummary>;
