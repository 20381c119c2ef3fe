import { DomUtils, parseDocument } from "htmlparser2";

/** The checks read pages with a kept HTML parser, so entities, quoting and case are read as a browser reads them. */

export type Tag = { name: string; attributes: Map<string, string> };

type Node = ReturnType<typeof parseDocument>["children"][number];

function elements(html: string, names: readonly string[], within?: string): Tag[] {
  const document = parseDocument(html);
  const root = within ? DomUtils.findOne((e) => e.name === within, document.children) : document;
  if (!root) return [];
  const roots: Node[] = root.children;
  return DomUtils.findAll((e) => names.includes(e.name), roots).map((e) => ({
    name: e.name,
    attributes: new Map(Object.entries(e.attribs)),
  }));
}

/** Elements with the given names (`meta`, `link`, `script`…), attributes lower-cased and decoded. */
export function startTags(html: string, names: readonly string[]): Tag[] {
  return elements(html, names);
}

/** The same, inside the document's <head> only. */
export function headTags(html: string, names: readonly string[]): Tag[] {
  return elements(html, names, "head");
}

export function textOf(html: string, element: string): string | undefined {
  const found = DomUtils.findOne((e) => e.name === element, parseDocument(html).children);
  return found ? DomUtils.textContent(found).trim() : undefined;
}
