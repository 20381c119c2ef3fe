import type { MetadataRoute } from "next";
import { englishSitePaths, sitePaths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const english = englishSitePaths();
  const enOf = new Map(english.map((e) => [e.twin, e.path]));
  const languages = (ru: string, en: string) => ({ languages: { ru: absoluteUrl(ru), en: absoluteUrl(en) } });
  return [
    ...sitePaths().map((path) => {
      const en = enOf.get(path);
      return en ? { url: absoluteUrl(path), alternates: languages(path, en) } : { url: absoluteUrl(path) };
    }),
    ...english.map((e) => ({ url: absoluteUrl(e.path), alternates: languages(e.twin, e.path) })),
  ];
}
