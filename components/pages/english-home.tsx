import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { audienceHref, getAudiences, getEnglishPages } from "@/lib/dataset/access";
import { audienceIn } from "@/lib/i18n/localize";

/** The English part's front page: who it is for, the one thing to know about language, and its audiences. */
export function EnglishHome() {
  const t = useTranslations("home");
  const english = getEnglishPages().audiences;
  const audiences = getAudiences()
    .filter((a) => english.has(a.id))
    .map((a) => audienceIn("en", a));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="rounded-xl border border-amber-300 bg-amber-50 p-4">
        <strong>{t("languageLead")}</strong> {t("language")}
      </p>
      <section aria-labelledby="who" className="space-y-2">
        <h2 id="who" className="text-lg font-bold">
          {t("who")}
        </h2>
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {audiences.map((a) => (
            <li key={a.id}>
              <PageLink {...audienceHref("en", a.id)} className="tile h-full">
                {a.label}
              </PageLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tools" className="space-y-2">
        <h2 id="tools" className="text-lg font-bold">
          {t("tools")}
        </h2>
        <ul className="ml-5 list-disc space-y-1">
          <li>
            <PageLink href="/en/search" className="underline">
              {t("search")}
            </PageLink>
          </li>
          <li>
            <PageLink href="/en/check" className="underline">
              {t("check")}
            </PageLink>
          </li>
          <li>
            <PageLink href="/en/compose" className="underline">
              {t("compose")}
            </PageLink>
          </li>
        </ul>
      </section>
      <p>
        <PageLink href="/" hrefLang="ru" className="underline">
          {t("russian")}
        </PageLink>
      </p>
    </div>
  );
}
