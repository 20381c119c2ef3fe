import type { MetadataRoute } from "next";
import { sitePaths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().map((path) => ({ url: absoluteUrl(path) }));
}
