/**
 * A message template with each `{name}` replaced by its value; a place with no value is left as it is.
 * For client components that get their messages as they are, where next-intl's formatter does not run.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = values[name];
    return value === undefined ? place : String(value);
  });
}
