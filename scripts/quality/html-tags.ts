import { attributesOf, decodeEntities } from "../../lib/html-attributes";

/** Just enough HTML reading for the checks: the <head> tags Next's metadata API writes, one per line. */

export type Tag = { name: string; attributes: Map<string, string> };

/** Start tags with the given names (`meta`, `link`, `script`…), attributes lower-cased and decoded. */
export function startTags(html: string, names: readonly string[]): Tag[] {
  const pattern = new RegExp(`<(${names.join("|")})\\b([^>]*)>`, "gi");
  return [...html.matchAll(pattern)].map(([, name = "", rest = ""]) => ({
    name: name.toLowerCase(),
    attributes: attributesOf(rest),
  }));
}

export function textOf(html: string, element: string): string | undefined {
  const match = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, "i").exec(html);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).trim();
}
