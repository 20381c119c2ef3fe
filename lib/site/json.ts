/** A JSON object (not null, not a list): the first check when the browser reads one of the site's own answers. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
