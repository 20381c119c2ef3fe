import { z } from "zod";

/** A channel's last 30 days as reported by visitors, counted by lib/reports/rule.ts: what the API returns and the widget shows. */
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
