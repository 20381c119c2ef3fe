/** Just enough HTML reading for the checks: the <head> tags Next's metadata API writes, one per line. */

export type Tag = { name: string; attributes: Map<string, string> };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Start tags with the given names (`meta`, `link`, `script`…), attributes lower-cased and decoded. */
export function startTags(html: string, names: readonly string[]): Tag[] {
  const pattern = new RegExp(`<(${names.join("|")})\\b([^>]*)>`, "gi");
  return [...html.matchAll(pattern)].map(([, name = "", rest = ""]) => {
    const attributes = new Map<string, string>();
    for (const [, key = "", , value = ""] of rest.matchAll(/([^\s=/]+)(\s*=\s*"([^"]*)")?/g)) {
      attributes.set(key.toLowerCase(), decodeEntities(value));
    }
    return { name: name.toLowerCase(), attributes };
  });
}

export function textOf(html: string, element: string): string | undefined {
  const match = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, "i").exec(html);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).trim();
}
