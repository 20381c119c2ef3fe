import { getDirectory } from "@/lib/dataset/access";
import { buildSearchDocs } from "@/lib/search/docs";
import { SEARCH_INDEX_VERSION } from "@/lib/search/wire";
import type { SearchIndex } from "@/lib/search/types";

/** Written once at build time; /search downloads it on first use, so no other page pays for it. */
export const dynamic = "force-static";

export function GET() {
  const body: SearchIndex = { version: SEARCH_INDEX_VERSION, docs: buildSearchDocs(getDirectory()) };
  return Response.json(body);
}
