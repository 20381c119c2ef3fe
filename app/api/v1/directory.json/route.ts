import { confidenceOf, getDirectory } from "@/lib/dataset/access";

export const dynamic = "force-static";

export function GET() {
  const dir = getDirectory();
  return Response.json({ ...dir, channels: dir.channels.map((c) => ({ ...c, confidence: confidenceOf(c) })) });
}
