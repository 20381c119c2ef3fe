import { searchIndexResponse } from "@/lib/search/serve";

/** Written once at build time; /search downloads it on first use, so no other page pays for it. */
export const dynamic = "force-static";

export function GET() {
  return searchIndexResponse("ru");
}
