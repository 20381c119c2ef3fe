import { z } from "zod";
import { FAILURE_REASONS, MAX_COMMENT_LENGTH, MAX_WAIT_MINUTES, OUTCOMES } from "./options";

/** A browser's random id, kept in localStorage, so that sending again updates its report. */
const clientToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, { error: "must be 16–128 letters, digits, '-' or '_'" });

/**
 * The body of POST /api/v1/reports. Strict: an unknown field is an error, not silently dropped, so a
 * client that misspells a field learns it at once. `website` is a honeypot that people never see.
 */
export const reportInput = z
  .strictObject(
    {
      channel: z.string({ error: "must be a channel id (string)" }).min(1).max(100),
      outcome: z.enum(OUTCOMES, { error: `must be one of: ${OUTCOMES.join(", ")}` }),
      reason: z.enum(FAILURE_REASONS, { error: `must be one of: ${FAILURE_REASONS.join(", ")}` }).optional(),
      waitMinutes: z
        .number({ error: "must be a whole number of minutes" })
        .int({ error: "must be a whole number of minutes" })
        .min(0, { error: "must not be negative" })
        .max(MAX_WAIT_MINUTES, { error: `must be at most ${MAX_WAIT_MINUTES}` })
        .optional(),
      comment: z
        .string({ error: "must be a string" })
        .max(MAX_COMMENT_LENGTH, { error: `must be at most ${MAX_COMMENT_LENGTH} characters` })
        .optional(),
      token: clientToken
        .optional()
        .meta({ description: "A random id kept by the browser: a second report with it updates the first." }),
      website: z.string().max(500).optional().meta({ description: "Leave empty (a trap for bots)." }),
    },
    { error: "must be a JSON object" },
  )
  .refine((r) => r.reason === undefined || r.outcome === "failed", {
    path: ["reason"],
    error: 'only goes with outcome "failed"',
  });

export type ReportInput = z.infer<typeof reportInput>;

/** One line per problem, each naming its field: `waitMinutes: must be at most 600`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return `unexpected field(s): ${issue.keys.join(", ")}`;
      const field = issue.path.length > 0 ? issue.path.join(".") : "body";
      return `${field}: ${issue.message}`;
    })
    .join("; ");
}
