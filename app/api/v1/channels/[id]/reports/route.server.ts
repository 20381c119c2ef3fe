import { getChannelReports } from "@/lib/reports/handlers";
import { serverDeps } from "@/lib/reports/server";

// Only with a server: next.config.ts leaves *.server.ts routes out of STATIC_EXPORT builds.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return getChannelReports(id, serverDeps);
}
