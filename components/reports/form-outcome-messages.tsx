import { FORM_OUTCOMES, formOutcomeId, type FormOutcome } from "@/lib/reports/form-outcome";

const messages: Record<FormOutcome, { text: string; tone: string }> = {
  saved: { text: "Спасибо, ответ сохранён.", tone: "border-emerald-700 bg-emerald-50" },
  invalid: {
    text: "Ответ не принят: проверьте подробности (минуты — целым числом до 600).",
    tone: "border-amber-600 bg-amber-50",
  },
  limited: {
    text: "С этого подключения уже отправлено много ответов. Попробуйте позже.",
    tone: "border-amber-600 bg-amber-50",
  },
  failed: { text: "Сайт не смог сохранить ответ. Попробуйте позже.", tone: "border-amber-600 bg-amber-50" },
};

/**
 * What the server answered a form sent without scripts: it sends the browser back to this page with the
 * outcome's id as the fragment, and CSS (:target) shows that one message. The pages are static, so the
 * answer cannot be in their HTML; a fragment needs no script and survives a reload.
 */
export function FormOutcomeMessages() {
  return (
    <>
      {FORM_OUTCOMES.map((outcome) => (
        <p
          key={outcome}
          id={formOutcomeId(outcome)}
          className={`hidden scroll-mt-4 rounded-lg border p-2 font-semibold target:block ${messages[outcome].tone}`}
        >
          {messages[outcome].text}
        </p>
      ))}
    </>
  );
}
