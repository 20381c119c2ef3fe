import { FORM_OUTCOMES, formOutcomeId, type FormOutcome } from "@/lib/reports/form-outcome";
import { MAX_WAIT_MINUTES } from "@/lib/reports/options";
import { fill, type ReportTexts } from "./report-texts";

const tones: Record<FormOutcome, string> = {
  saved: "border-emerald-700 bg-emerald-50",
  invalid: "border-amber-600 bg-amber-50",
  limited: "border-amber-600 bg-amber-50",
  failed: "border-amber-600 bg-amber-50",
};

/**
 * What the server answered a form sent without scripts: it sends the browser back to this page with the
 * outcome's id as the fragment, and CSS (:target) shows that one message. The pages are static, so the
 * answer cannot be in their HTML; a fragment needs no script and survives a reload.
 */
export function FormOutcomeMessages({ texts }: { texts: ReportTexts["formOutcomes"] }) {
  return (
    <>
      {FORM_OUTCOMES.map((outcome) => (
        <p
          key={outcome}
          id={formOutcomeId(outcome)}
          className={`hidden scroll-mt-4 rounded-lg border p-2 font-semibold target:block ${tones[outcome]}`}
        >
          {fill(texts[outcome], { max: MAX_WAIT_MINUTES })}
        </p>
      ))}
    </>
  );
}
