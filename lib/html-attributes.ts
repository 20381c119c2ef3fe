/** Attribute values as a browser reads them, for the checks and the paint-first rewrite. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The attributes written inside a start tag (`<link` and `>` left out), names lower-cased, values decoded. */
export function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, key = "", , value = ""] of source.matchAll(/([^\s=/]+)(\s*=\s*"([^"]*)")?/g)) {
    attributes.set(key.toLowerCase(), decodeEntities(value));
  }
  return attributes;
}
