import { Breadcrumbs } from "@/components/breadcrumbs";
import { Composer } from "@/components/compose/composer";
import { getComposeCatalogIn, getGuidance } from "@/lib/dataset/access";
import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import { guidanceIn } from "@/lib/i18n/localize";
import { twinOf, type Locale } from "@/lib/i18n/locale";
import type { ComposeWords } from "@/components/compose/words";
import englishCompose from "@/lib/i18n/messages/en/compose.json";
import { messages } from "@/lib/compose/schema";
import { hintTexts } from "@/lib/compose/hints";
import { evidenceLabels } from "@/lib/compose/attachments";

/**
 * The form's words. The Russian errors, hints and attachment labels are the ones lib/compose writes the
 * request and its checks with, so they have one home there; every other word comes from the messages.
 */
function wordsIn(locale: Locale): ComposeWords {
  if (locale === "en") return englishCompose.form;
  const form = RU_MESSAGES.compose.form;
  return {
    ...form,
    errors: messages,
    hints: { ...form.hints, texts: hintTexts },
    evidence: { ...form.evidence, labels: evidenceLabels },
  };
}

function AdviceList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <ul className="mt-2 ml-5 list-disc space-y-1">
        {items.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The composer in either language. The English one is for sellers abroad: they fill it in English and get
 * the request in Russian, which is what support answers in. The form answers in the browser, so it gets its
 * words as they are rather than through next-intl.
 */
export function ComposePage({ locale }: { locale: Locale }) {
  const messages = (locale === "en" ? EN_MESSAGES : RU_MESSAGES).compose;
  const catalog = getComposeCatalogIn(locale);
  const t = messages.page;
  return (
    <div className="space-y-6">
      <Breadcrumbs locale={locale} twin={twinOf(locale, "/compose", true)} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        {t.intro.map((p) => (
          <p key={p} className="text-slate-700">
            {p}
          </p>
        ))}
        {/* Someone writing from abroad may never have written to Ozon's support: the English page adds how to. */}
        {locale === "en" ? <AdviceList title={t.writing} items={guidanceIn(locale, getGuidance()).writing} /> : null}
        <AdviceList title={t.mistakes} items={catalog.mistakes} />
      </header>
      <noscript>
        <p className="rounded-lg border border-amber-600 bg-amber-50 p-3">{t.noscript}</p>
      </noscript>
      <Composer catalog={catalog} words={wordsIn(locale)} locale={locale} />
    </div>
  );
}
