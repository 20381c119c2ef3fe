import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import type { Locale } from "@/lib/i18n/locale";
import type { RU_MESSAGES } from "@/lib/i18n/messages";

type FooterLink = { href: string; key: keyof (typeof RU_MESSAGES)["footer"]["links"]; lang?: Locale };

/** English pages link to the Russian pages that have no English version yet, marked as Russian. */
const LINKS: Record<Locale, readonly FooterLink[]> = {
  ru: [
    { href: "/", key: "home" },
    { href: "/search", key: "search" },
    { href: "/check", key: "check" },
    { href: "/compose", key: "compose" },
    { href: "/sources", key: "sources" },
  ],
  en: [
    { href: "/en", key: "home" },
    { href: "/en/sellers", key: "sellers" },
    { href: "/en/crossborder", key: "crossborder" },
    { href: "/en/search", key: "search" },
    { href: "/en/check", key: "check" },
    { href: "/en/compose", key: "compose" },
    { href: "/", key: "russianSite", lang: "ru" },
    { href: "/sources", key: "sources", lang: "ru" },
  ],
};

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = useTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <nav
        aria-label={t("label")}
        className="mx-auto flex w-full max-w-3xl flex-wrap gap-x-5 gap-y-2 px-4 py-5 text-sm"
      >
        {LINKS[locale].map((l) => (
          <PageLink key={l.href} href={l.href} className="underline" {...(l.lang ? { hrefLang: l.lang } : {})}>
            {t(`links.${l.key}`)}
          </PageLink>
        ))}
        <a href="/api/v1/directory.json" className="underline">
          {t("links.json")}
        </a>
      </nav>
      <p className="mx-auto w-full max-w-3xl px-4 pb-6 text-sm text-slate-600">{t("disclaimer")}</p>
    </footer>
  );
}
