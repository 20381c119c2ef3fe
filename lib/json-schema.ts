import { z } from "zod";
import { directory } from "./schema";

/** JSON Schema of /api/v1/directory.json, generated from the zod schema so the two cannot drift. */
export function directoryJsonSchema() {
  return z.toJSONSchema(directory, { target: "draft-2020-12", io: "output" });
}
