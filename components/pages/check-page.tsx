import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { ContactChecker } from "@/components/check/contact-checker";
import { checkEntriesIn, officialIn, senderNamesIn } from "@/lib/check/page-data";
import { contactSlug, type CheckEntry } from "@/lib/check/match";
import { displayValue } from "@/lib/text/channel";
import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import { twinOf, type Locale } from "@/lib/i18n/locale";

/**
 * A known contact in the list below the checker. The per-contact check pages are Russian only; an English
 * visitor is better served by the contact's channel page, which is in English where the channel has one.
 */
function knownLink(locale: Locale, e: CheckEntry) {
  return locale === "ru" ? { href: `/check/${contactSlug(e)}` } : e.link;
}

/** The number check in either language: the form, the live answer for ?q=, and every contact it knows. */
export function CheckPage({ locale }: { locale: Locale }) {
  const t = useTranslations("check");
  // The checker answers in the browser, so it gets its words as they are rather than through next-intl.
  const texts = (locale === "en" ? EN_MESSAGES : RU_MESSAGES).check.checker;
  const entries = checkEntriesIn(locale);
  return (
    <div className="space-y-5">
      <Breadcrumbs locale={locale} twin={twinOf(locale, "/check", true)} />
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ContactChecker
        entries={entries}
        senders={senderNamesIn(locale)}
        official={officialIn(locale)}
        texts={texts}
        locale={locale}
      />
      <section aria-labelledby="known" className="space-y-2">
        <h2 id="known" className="text-lg font-bold">
          {t("known")}
        </h2>
        <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {entries.map((e) => (
            <li key={e.id}>
              <PageLink {...knownLink(locale, e)} className="underline">
                {displayValue(e)}
              </PageLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
