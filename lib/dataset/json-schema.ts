import { z } from "zod";
import { channel, confidenceLevel, directory } from "./schema";
import { reportInput } from "../reports/input";
import { reportCreated, reportSummary } from "../reports/summary";

/** What /api/v1/directory.json serves: the dataset, each channel with its derived confidence. */
export const apiDirectory = directory.extend({
  channels: z.array(
    channel.extend({
      confidence: confidenceLevel.describe(
        "Derived from the claims by the rules on /sources, not stored: conflict (sources disagree), official " +
          "(an official Ozon page confirms the status), several (two or more independent publications agree), " +
          "single (one publication), advertiser (only an advertiser says so), none (no source confirms it).",
      ),
    }),
  ),
});

/**
 * JSON Schema of /api/v1/directory.json, generated from the zod schema so the two cannot drift. The
 * reports API's request body and answers are in $defs: ReportRequest (POST /api/v1/reports),
 * ReportCreated (its 201 answer) and ReportSummary (GET /api/v1/channels/<id>/reports).
 */
export function directoryJsonSchema() {
  const schema = z.toJSONSchema(apiDirectory, { target: "draft-2020-12", io: "output" });
  const input = (type: z.core.$ZodType) => z.toJSONSchema(type, { target: "draft-2020-12", io: "input" });
  return {
    ...schema,
    $defs: {
      ...schema.$defs,
      ReportRequest: input(reportInput),
      ReportCreated: input(reportCreated),
      ReportSummary: input(reportSummary),
    },
  };
}
