import { getDirectory } from "@/lib/data";
import { buildSearchDocs } from "@/lib/search/docs";
import type { SearchIndex } from "@/lib/search/wire";

/** Written once at build time; /search downloads it on first use, so no other page pays for it. */
export const dynamic = "force-static";

export function GET() {
  const body: SearchIndex = { docs: buildSearchDocs(getDirectory()) };
  return Response.json(body);
}
