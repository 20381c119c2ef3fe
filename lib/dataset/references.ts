import type { Channel, Organisation } from "./schema";
import type { SourceIndex } from "../trust/evidence";

/** The records the dataset has, by id: what the cross-file checks look references up in. */
export type Known = {
  audiences: ReadonlySet<string>;
  sources: SourceIndex;
  channels: ReadonlyMap<string, Channel>;
  organisations: ReadonlyMap<string, Organisation>;
};

/** A parsed record and the file it came from. */
export type Parsed<T> = { file: string; value: T };

/** What a record may refer to by id, as the validator's messages name it. */
const NOUN = { source: "источника", channel: "канала", audience: "аудитории", organisation: "организации" } as const;

export type Report = (field: string, message: string) => void;

/** The one wording of a reference to a record the dataset does not have: «нет источника «x»». */
export function missing(kind: keyof typeof NOUN, id: string): string {
  return `нет ${NOUN[kind]} «${id}»`;
}

/** Reports each of `ids` that `known` lacks, at `<field>.<index>`. */
export function checkRefs(
  kind: keyof typeof NOUN,
  known: { has(id: string): boolean },
  ids: readonly string[],
  field: string,
  report: Report,
): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) report(`${field}.${i}`, missing(kind, id));
  });
}
