import type { Directory } from "./schema";
import type { DataError } from "./validate";
import { englishPages } from "../i18n/english-pages";
import { normalize } from "../search/normalize";

/** Where each kind of record lives, for the messages' file › record › field. */
export type RecordFiles = {
  channel: (id: string) => string;
  audiences: string;
  topics: string;
  guidance: string;
  organisations: string;
};

type Err = (field: string, message: string) => void;

const NEEDED = "нужен английский текст: запись показана на английской странице";

function sameLength(err: Err, field: string, russian: number, english: readonly unknown[] | undefined): void {
  const n = english?.length ?? 0;
  if (n !== russian) err(field, `${NEEDED}; по-русски пунктов ${russian}, по-английски ${n}`);
}

function phrasesNormal(err: Err, phrases: readonly string[]): void {
  phrases.forEach((p, i) => {
    if (normalize(p) !== p) err(`en.phrases.${i}`, "записано не так, как слова ищет поиск");
  });
}

/**
 * Every English text an English page needs, listed one by one: a whole missing `en`, a missing field, and
 * a list that does not run item for item with its Russian one. Texts the Russian lacks need no English.
 */
export function checkEnglish(d: Directory, files: RecordFiles): DataError[] {
  const errors: DataError[] = [];
  const pages = englishPages(d);
  const at =
    (file: string, id: string): Err =>
    (field, message) =>
      errors.push({ file, id, field, message });

  for (const a of d.audiences.filter((x) => pages.audiences.has(x.id))) {
    const err = at(files.audiences, a.id);
    if (a.noPhone !== undefined && a.en?.noPhone === undefined) err("en.noPhone", NEEDED);
    phrasesNormal(err, a.en?.phrases ?? []);
  }

  for (const t of d.topics.filter((x) => pages.topics.has(x.id))) {
    const err = at(files.topics, t.id);
    if (!t.en) {
      err("en", NEEDED);
      continue;
    }
    sameLength(err, "en.reasons", t.channels.length, t.en.reasons);
    sameLength(err, "en.prepare", t.prepare.length, t.en.prepare);
    phrasesNormal(err, t.en.phrases);
  }

  for (const c of d.channels.filter((x) => pages.channels.has(x.id))) {
    const err = at(files.channel(c.id), c.id);
    const en = c.en;
    if (!en) {
      err("en", NEEDED);
      continue;
    }
    sameLength(err, "en.handles", c.handles.length, en.handles);
    sameLength(err, "en.cannotHelp", c.cannotHelp.length, en.cannotHelp);
    sameLength(err, "en.prepare", c.prepare.length, en.prepare);
    sameLength(err, "en.claims", c.claims.length, en.claims);
    sameLength(err, "en.steps", c.steps.length, en.steps);
    c.steps.forEach((s, i) => {
      if (en.steps[i]) sameLength(err, `en.steps.${i}`, s.items.length, en.steps[i]);
    });
    if (c.location !== undefined && en.location === undefined) err("en.location", NEEDED);
    if (c.hours?.note !== undefined && en.hoursNote === undefined) err("en.hoursNote", NEEDED);
    c.hours?.staffing.forEach((s, i) => {
      if (s.note !== undefined && !en.staffingNotes?.[i]) err(`en.staffingNotes.${i}`, NEEDED);
    });
    c.responseTimes.forEach((r, i) => {
      if (r.context !== undefined && !en.responseContexts?.[i]) err(`en.responseContexts.${i}`, NEEDED);
    });
  }

  // The English composer shows the advice lists; it exists whenever English pages do.
  if (pages.audiences.size > 0) {
    const err = at(files.guidance, "guidance");
    const en = d.guidance.en;
    if (!en) err("en", NEEDED);
    else {
      sameLength(err, "en.writing", d.guidance.writing.length, en.writing);
      sameLength(err, "en.mistakes", d.guidance.mistakes.length, en.mistakes);
      sameLength(err, "en.noAnswer", d.guidance.noAnswer.length, en.noAnswer);
    }
  }

  d.guidance.facts.forEach((f) => {
    if (f.audiences.some((a) => pages.audiences.has(a)) && !f.en) at(files.guidance, f.id)("en", NEEDED);
  });

  const categories = new Set(
    d.topics.filter((t) => pages.topics.has(t.id)).flatMap((t) => t.channels.flatMap((tc) => tc.category ?? [])),
  );
  d.guidance.sellerForm.categories.forEach((c, i) => {
    const err = at(files.guidance, `sellerForm.categories.${i}`);
    if (!categories.has(c.id)) return;
    if (!c.en) err("en", NEEDED);
    else sameLength(err, "en.examples", c.examples.length, c.en.examples);
  });

  for (const o of d.organisations.filter((x) => pages.organisations.has(x.id))) {
    if (!o.en) at(files.organisations, o.id)("en", NEEDED);
  }
  return errors;
}
