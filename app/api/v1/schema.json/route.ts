import { directoryJsonSchema } from "@/lib/json-schema";

export const dynamic = "force-static";

export function GET() {
  return Response.json(directoryJsonSchema());
}
