import { readFileSync } from "node:fs";
import path from "node:path";
import { channel } from "../../lib/schema";

/** A channel as the dataset states it, for tests that check what a page does with it. */
export function readChannel(id: string) {
  const file = path.join(process.cwd(), "data", "channels", `${id}.json`);
  return channel.parse(JSON.parse(readFileSync(file, "utf8")));
}
