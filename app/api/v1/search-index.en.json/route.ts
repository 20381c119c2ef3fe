import { searchIndexResponse } from "@/lib/search/serve";

/** The English pages' records only, written once at build time; /en/search downloads it on first use. */
export const dynamic = "force-static";

export function GET() {
  return searchIndexResponse("en");
}
