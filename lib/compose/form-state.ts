import { z } from "zod/mini";
import { type EvidenceId, evidenceId } from "./attachments";

/**
 * The composer's form as the person types it, and how it is kept in the
 * browser. Storage is read defensively: a field of the wrong type falls back to
 * empty, unknown evidence is dropped, and anything that isn't an object is ignored.
 */

export const STORAGE_KEY = "compose-draft-v1";
/** The English composer keeps its own draft: its free text is English, and its request marks it so. */
export const ENGLISH_STORAGE_KEY = "compose-draft-en-v1";

const text = z.catch(z.string(), "");

function knownEvidence(items: unknown[]): EvidenceId[] {
  return [
    ...new Set(
      items.flatMap((item) => {
        const r = evidenceId.safeParse(item);
        return r.success ? [r.data] : [];
      }),
    ),
  ];
}

export const storedForm = z.object({
  audience: z.catch(z.enum(["buyers", "sellers", ""]), ""),
  topicId: text,
  channelId: text,
  orderNumber: text,
  productName: text,
  incidentDate: text,
  whatHappened: text,
  expectedOutcome: text,
  evidence: z.pipe(z.catch(z.array(z.unknown()), []), z.transform(knownEvidence)),
  name: text,
});

export type FormState = z.output<typeof storedForm>;
export type TextField = "orderNumber" | "productName" | "incidentDate" | "whatHappened" | "expectedOutcome" | "name";

export const emptyForm: FormState = {
  audience: "",
  topicId: "",
  channelId: "",
  orderNumber: "",
  productName: "",
  incidentDate: "",
  whatHappened: "",
  expectedOutcome: "",
  evidence: [],
  name: "",
};

/** A stored draft, or null when there is none or it can't be read. */
export function parseStoredForm(raw: string | null): FormState | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = storedForm.safeParse(data);
  return r.success ? r.data : null;
}

/** Something typed or ticked, beyond the audience, topic and channel (which a link can carry). */
export function hasTypedContent(form: FormState): boolean {
  return (
    form.evidence.length > 0 ||
    [form.orderNumber, form.productName, form.incidentDate, form.whatHappened, form.expectedOutcome, form.name].some(
      (v) => v.trim() !== "",
    )
  );
}

/** Nothing typed or chosen: such a draft isn't worth keeping. */
export function isBlankForm(form: FormState): boolean {
  return form.audience === "" && form.topicId === "" && form.channelId === "" && !hasTypedContent(form);
}
