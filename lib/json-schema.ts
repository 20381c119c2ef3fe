import { z } from "zod";
import { channel, confidenceLevel, directory } from "./schema";

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

/** JSON Schema of /api/v1/directory.json, generated from the zod schema so the two cannot drift. */
export function directoryJsonSchema() {
  return z.toJSONSchema(apiDirectory, { target: "draft-2020-12", io: "output" });
}
