import { z } from "zod";
import { startTags, textOf, type Tag } from "./html-tags";
import { runWhenMain, sitemapPaths, type Step } from "./pages";

const CYRILLIC = /[а-яё]/i;

/** What each language's pages must say in <html lang>, og:locale and their texts. */
const LANGUAGES = {
  ru: { ogLocale: "ru_RU", inLanguage: (text: string) => CYRILLIC.test(text), name: "Russian" },
  // An English text may quote a Russian on-screen label in «…»; nothing else in it is Cyrillic.
  en: {
    ogLocale: "en_GB",
    inLanguage: (text: string) => !CYRILLIC.test(text.replace(/«[^»]*»/g, "")),
    name: "English",
  },
} as const;

const languageOf = (path: string): keyof typeof LANGUAGES => (path === "/en" || path.startsWith("/en/") ? "en" : "ru");

const manifestSchema = z.object({
  name: z.string().min(1),
  short_name: z.string().min(1),
  lang: z.literal("ru"),
  start_url: z.string(),
  icons: z.array(z.object({ src: z.string(), sizes: z.string() })),
});

function attribute(tags: Tag[], match: (tag: Tag) => boolean, name: string): string | undefined {
  return tags.find(match)?.attributes.get(name);
}

function manifestHref(html: string): string | undefined {
  return attribute(startTags(html, ["link"]), (t) => t.attributes.get("rel") === "manifest", "href");
}

/** The page's hreflang alternates, as paths by language. */
function alternatesOf(html: string): Map<string, string> {
  const links = startTags(html, ["link"]).filter((t) => t.attributes.get("rel") === "alternate");
  return new Map(
    links.flatMap((t) => {
      const lang = t.attributes.get("hreflang");
      const href = t.attributes.get("href");
      return lang && href && lang !== "x-default" ? [[lang, new URL(href).pathname] as const] : [];
    }),
  );
}

/** What one page must carry for search engines and link previews; warnings are advice, not failures. */
function pageProblems(path: string, html: string, warnings: string[]): string[] {
  const language = languageOf(path);
  const expected = LANGUAGES[language];
  const tags = startTags(html, ["html", "meta", "link"]);
  const meta = (key: string) =>
    attribute(
      tags,
      (t) => t.name === "meta" && (t.attributes.get("name") ?? t.attributes.get("property")) === key,
      "content",
    );
  const link = (rel: string) => attribute(tags, (t) => t.name === "link" && t.attributes.get("rel") === rel, "href");
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  check(attribute(tags, (t) => t.name === "html", "lang") === language, `<html lang="${language}"> missing`);
  const title = textOf(html, "title");
  check(Boolean(title && expected.inLanguage(title)), `title not in ${expected.name}: ${title ?? "(none)"}`);
  const description = meta("description");
  check(
    Boolean(description && expected.inLanguage(description)),
    `meta description missing or not in ${expected.name}`,
  );
  if (description && description.length < 50)
    warnings.push(`${path}: description is short (${description.length} characters)`);
  const canonical = link("canonical");
  check(
    Boolean(canonical && /^https?:\/\//.test(canonical) && new URL(canonical).pathname === path),
    `canonical should be an absolute URL of ${path}: ${canonical ?? "(none)"}`,
  );
  check(Boolean(meta("og:title")), "og:title missing");
  check(Boolean(meta("og:description")), "og:description missing");
  check(Boolean(meta("og:image")), "og:image missing");
  if (meta("og:url") !== canonical)
    warnings.push(`${path}: og:url is not the canonical URL (${meta("og:url") ?? "none"})`);
  check(meta("og:locale") === expected.ogLocale, `og:locale ${expected.ogLocale} missing`);
  const alternates = alternatesOf(html);
  if (language === "en" || alternates.size > 0)
    check(alternates.get(language) === path, `hreflang ${language} should name this page: ${alternates.get(language)}`);
  check(Boolean(link("icon")), '<link rel="icon"> missing');
  check(Boolean(link("apple-touch-icon")), '<link rel="apple-touch-icon"> missing');
  check(Boolean(manifestHref(html)), '<link rel="manifest"> missing');
  return problems;
}

function duplicates(values: Map<string, string>, what: string): string[] {
  const byValue = new Map<string, string[]>();
  for (const [path, value] of values) byValue.set(value, [...(byValue.get(value) ?? []), path]);
  return [...byValue.values()]
    .filter((paths) => paths.length > 1)
    .map((paths) => `same ${what} on ${paths.join(", ")}`);
}

async function siteProblems(baseUrl: string, sampleHtml: string): Promise<string[]> {
  const problems: string[] = [];
  const robots = await fetch(`${baseUrl}/robots.txt`);
  const robotsText = robots.ok ? await robots.text() : "";
  if (!/^Sitemap: \S+\/sitemap\.xml$/m.test(robotsText)) problems.push("/robots.txt missing or without a Sitemap line");
  const href = manifestHref(sampleHtml) ?? "/manifest.webmanifest";
  const manifest = manifestSchema.safeParse(await (await fetch(`${baseUrl}${href}`)).json().catch(() => null));
  if (!manifest.success)
    return [
      ...problems,
      `web manifest invalid: ${manifest.error.issues.map((i) => i.path.join(".") + " " + i.message).join("; ")}`,
    ];
  const sizes = new Set(manifest.data.icons.map((i) => i.sizes));
  if (!sizes.has("192x192") || !sizes.has("512x512")) problems.push("web manifest needs 192×192 and 512×512 icons");
  const iconLinks = startTags(sampleHtml, ["link"]).filter((t) => /icon/.test(t.attributes.get("rel") ?? ""));
  const icons = [
    ...manifest.data.icons.map((i) => i.src),
    ...iconLinks.map((t) => t.attributes.get("href") ?? ""),
    "/favicon.ico",
  ];
  for (const src of new Set(icons)) {
    const response = await fetch(new URL(src, baseUrl));
    if (!response.ok || !/^image\//.test(response.headers.get("content-type") ?? ""))
      problems.push(`icon ${src} answered ${response.status}`);
  }
  return problems;
}

/** Titles, descriptions, canonical URLs, Open Graph and icons on every page; robots.txt and the manifest. */
export const seo: Step = async (baseUrl) => {
  const paths = await sitemapPaths(baseUrl);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  const warnings: string[] = [];
  let homeHtml = "";
  const alternates = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      problems.push(`${path}: answered ${response.status}`);
      continue;
    }
    const html = await response.text();
    if (path === "/") homeHtml = html;
    problems.push(...pageProblems(path, html, warnings).map((p) => `${path}: ${p}`));
    alternates.set(path, alternatesOf(html));
    titles.set(path, textOf(html, "title") ?? "");
    const tags = startTags(html, ["meta"]);
    descriptions.set(path, attribute(tags, (t) => t.attributes.get("name") === "description", "content") ?? "");
  }
  problems.push(...duplicates(titles, "title"), ...duplicates(descriptions, "description"));
  // hreflang only counts when it goes both ways: the twin must exist and name this page back.
  for (const [path, links] of alternates) {
    for (const [lang, twin] of links) {
      if (twin === path) continue;
      const back = alternates.get(twin)?.get(languageOf(path));
      if (back !== path) problems.push(`${path}: hreflang ${lang} ${twin} does not name this page back (${back})`);
    }
  }
  problems.push(...(await siteProblems(baseUrl, homeHtml)));
  for (const problem of problems) console.log(`  ${problem}`);
  const shown = warnings.slice(0, 5);
  for (const warning of shown) console.log(`  warning: ${warning}`);
  if (warnings.length > shown.length) console.log(`  warning: … and ${warnings.length - shown.length} more`);
  console.log(
    `seo: ${paths.length} pages, ${new Set(titles.values()).size} distinct titles, ${problems.length} problems, ${warnings.length} warnings`,
  );
  return problems.length === 0;
};

runWhenMain(import.meta.url, seo);
