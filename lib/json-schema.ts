import { z } from "zod";
import { directory } from "./schema";
import { reportInput } from "./reports/input";
import { reportSummary } from "./reports/summary";

/**
 * JSON Schema of /api/v1/directory.json, generated from the zod schema so the two cannot drift. The
 * reports API's request body and answers are in $defs: ReportRequest (POST /api/v1/reports),
 * ReportCreated (its 201 answer) and ReportSummary (GET /api/v1/channels/<id>/reports).
 */
export function directoryJsonSchema() {
  const schema = z.toJSONSchema(directory, { target: "draft-2020-12", io: "output" });
  const input = (type: z.ZodType) => z.toJSONSchema(type, { target: "draft-2020-12", io: "input" });
  return {
    ...schema,
    $defs: {
      ...schema.$defs,
      ReportRequest: input(reportInput),
      ReportCreated: input(z.strictObject({ id: z.uuid(), summary: reportSummary })),
      ReportSummary: input(reportSummary),
    },
  };
}
