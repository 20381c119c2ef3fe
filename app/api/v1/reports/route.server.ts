import { postReport } from "@/lib/reports/handlers";
import { serverDeps } from "@/lib/reports/server";

// Only with a server: next.config.ts leaves *.server.ts routes out of STATIC_EXPORT builds.
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return postReport(request, serverDeps);
}
