/** Why a body was refused, as an HTTP status and a message for the client. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** How the body came: JSON from the API and the enhanced widget, a form from a browser without scripts. */
export type BodyKind = "json" | "form";

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/** The kind of body a Content-Type names, or null for one the API does not take. */
export function bodyKind(request: Request): BodyKind | null {
  const type = request.headers.get("content-type") ?? "";
  if (JSON_TYPE.test(type)) return "json";
  if (FORM_TYPE.test(type)) return "form";
  return null;
}

/** Reads the body as text, stopping as soon as it passes `maxBytes` so an oversized upload is never held whole. */
async function readText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new BodyError(413, `body must be at most ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new BodyError(413, `body must be at most ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** Whole numbers in a form arrive as text: "12" becomes 12, anything else stays text for the schema to refuse. */
function formValue(key: string, value: string): string | number {
  return key === "waitMinutes" && /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : value;
}

/**
 * Reads an urlencoded body into a plain object for the schema. Empty fields (the wait left blank, no
 * reason chosen) are left out, as a JSON client would leave them out. Throws BodyError for a wrong size.
 */
export async function readForm(request: Request, maxBytes: number): Promise<Record<string, string | number>> {
  // A Map, then fromEntries: a "__proto__" field becomes an own key the schema refuses, not a prototype.
  const fields = new Map<string, string | number>();
  for (const [key, value] of new URLSearchParams(await readText(request, maxBytes))) {
    if (value.trim() === "") continue;
    if (fields.has(key)) throw new BodyError(400, `${key}: given more than once`);
    fields.set(key, formValue(key, value));
  }
  return Object.fromEntries(fields);
}

/** Reads a JSON body; throws BodyError for a wrong size or syntax. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "body must be valid JSON");
  }
}
