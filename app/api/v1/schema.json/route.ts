import { directoryJsonSchema } from "@/lib/dataset/json-schema";

export const dynamic = "force-static";

export function GET() {
  return Response.json(directoryJsonSchema());
}
